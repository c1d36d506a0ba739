import { SheetGrid, cellAt } from './grid';

/**
 * Sheets the product writes (docs/DESIGN.md "What the product may write"). Each
 * carries a mark in A1 naming its kind, so that regenerating finds and
 * replaces the product's own sheet, a sheet of the officer's that merely has
 * the same name is never touched, and the engine never reads the product's
 * tables as part of the plan.
 */
export const OWN_SHEET_KINDS = [
  'Board Summary',
  'Plan Check',
  'RAG History',
  'Update Return',
  'Update Log',
  'Returns',
  'Priority Assurance',
] as const;
export type OwnSheetKind = (typeof OWN_SHEET_KINDS)[number];

/** The product's sheets that keep records it reads back (snapshots, written cells): an adapter reads their cells, not only the mark. */
export const RECORD_SHEET_KINDS: readonly OwnSheetKind[] = ['RAG History', 'Update Log', 'Returns', 'Priority Assurance'];

const MARK_PREFIX = 'Written by Board Plan Tracker';
const MARK = new RegExp(`^${MARK_PREFIX} · (${OWN_SHEET_KINDS.join('|')})\\b`);
/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

/** The text of the mark cell; what follows the kind is a note for the officer. */
export function ownSheetMark(kind: OwnSheetKind, note: string): string {
  return `${MARK_PREFIX} · ${kind} · ${note}`;
}

/** The kind of product sheet this is, or null for a sheet of the officer's. */
export function ownSheetKind(grid: SheetGrid): OwnSheetKind | null {
  const cell = cellAt(grid, 0, 0);
  const match = cell.kind === 'text' ? MARK.exec(cell.text) : null;
  return match ? (match[1] as OwnSheetKind) : null;
}

/** The suffix of a sheet being written, before it takes its own name: "Board Summary (writing)". */
const WRITING = ' \\(writing( \\d+)?\\)';
const OWN_NAME = new RegExp(`^(${OWN_SHEET_KINDS.join('|')})( \\(\\d+\\))?(${WRITING})?$`);
const TEMPORARY_NAME = new RegExp(`${WRITING}$`);

/**
 * A free name to build a sheet under while it is written ("Board Summary
 * (writing)", then "(writing 2)"…), so the officer never sees half of it;
 * the name is added to `taken`.
 */
export function temporarySheetName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (writing)' : ` (writing ${n})`;
    const candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** A product sheet left under its temporary name by a write that was interrupted. */
export function isLeftOver(grid: SheetGrid): boolean {
  return ownSheetKind(grid) !== null && TEMPORARY_NAME.test(grid.name);
}

/**
 * The kind of product sheet a name suggests ("Board Summary (2)", "Plan
 * Check (writing)"), before its mark is read: an adapter need not read
 * what the engine will skip. Only the mark in A1 makes it the product's.
 */
export function ownSheetKindByName(name: string): OwnSheetKind | null {
  const match = OWN_NAME.exec(name);
  return match ? (match[1] as OwnSheetKind) : null;
}

export interface OwnSheetName {
  name: string;
  /** The product's sheet of this kind already exists under this name. */
  exists: boolean;
  /** Said when an officer's sheet has the kind's name and the product picked another. */
  notice: string | null;
}

/**
 * Where the product's sheet of a kind goes: its own sheet from an earlier
 * run ("Board Summary", or "Board Summary (2)" if that is where it went),
 * else the first of those names no sheet has.
 */
export function ownSheetName(grids: readonly SheetGrid[], kind: OwnSheetKind): OwnSheetName {
  const byName = new Map(grids.map((grid) => [grid.name.toLowerCase(), grid]));
  const candidates = Array.from({ length: 100 }, (_, i) => (i === 0 ? kind : `${kind} (${i + 1})`.slice(-MAX_SHEET_NAME)));
  const own = candidates.find((name) => {
    const grid = byName.get(name.toLowerCase());
    return grid !== undefined && ownSheetKind(grid) === kind;
  });
  if (own) return { name: own, exists: true, notice: noticeFor(kind, own) };
  const free = candidates.find((name) => !byName.has(name.toLowerCase())) ?? `${kind} ${Date.now()}`.slice(0, MAX_SHEET_NAME);
  return { name: free, exists: false, notice: noticeFor(kind, free) };
}

function noticeFor(kind: OwnSheetKind, name: string): string | null {
  return name === kind ? null : `A sheet of yours is already called "${kind}", so the product's is "${name}"; yours is unchanged.`;
}
