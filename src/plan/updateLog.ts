import { Cell, SheetGrid, cellAt, parseAddress } from './grid';
import { CellUpdate, CellValueKept, MERGED_ROLES, WrittenRole, keptValue } from './merge';
import { ASSURANCE_LABEL, ROLE_LABEL } from './columns';

/**
 * The Update Log: every cell a merge of update returns wrote into the plan,
 * with its old value, one row per cell on the product's own sheet — what
 * "Undo last merge" puts back. Office.js has no undo for an add-in's
 * edits: this is the product's.
 */
export const UPDATE_LOG_COLUMNS = ['When', 'Return', 'Action', 'Sheet', 'Cell', 'Column', 'Old value', 'New value'] as const;
export type UpdateLogColumn = (typeof UPDATE_LOG_COLUMNS)[number];
/** 0-based row of the column headers (row 0 holds the product's mark). */
export const UPDATE_LOG_HEADER_ROW = 1;

/** What the Column column says for each role written: the role's label (columns.ts), capitalised; an action log's line by its label. */
export const LOGGED_ROLE = {
  ...Object.fromEntries(
    [...MERGED_ROLES, 'priority' as const].map((role) => [role, ROLE_LABEL[role].charAt(0).toUpperCase() + ROLE_LABEL[role].slice(1)]),
  ),
  ...ASSURANCE_LABEL,
} as Record<WrittenRole, string>;

/** The Return column of the rows an undo adds: "Undo of 2021-10-15 09:30:12". */
const UNDO_OF = 'Undo of ';

export interface LogEntry {
  when: string;
  file: string;
  key: string;
  sheet: string;
  /** A1. */
  cell: string;
  role: WrittenRole;
  old: CellValueKept;
  new: CellValueKept;
}

/** The entries of an Update Log sheet; rows an officer has spoiled are passed over. */
export function readUpdateLog(grid: SheetGrid | undefined): LogEntry[] {
  if (!grid) return [];
  const col = (name: UpdateLogColumn) => UPDATE_LOG_COLUMNS.indexOf(name);
  const roles = new Map(Object.entries(LOGGED_ROLE).map(([role, name]) => [name, role as WrittenRole]));
  const entries: LogEntry[] = [];
  for (let row = UPDATE_LOG_HEADER_ROW + 1; row < grid.rows.length; row += 1) {
    const at = (name: UpdateLogColumn) => cellAt(grid, row, col(name));
    const role = roles.get(at('Column').text.trim());
    const cell = at('Cell').text.trim();
    if (!role || !/^[A-Z]+\d+$/.test(cell) || !at('When').text) continue;
    entries.push({
      when: at('When').text.trim(),
      file: at('Return').text,
      key: at('Action').text,
      sheet: at('Sheet').text,
      cell,
      role,
      old: keptValue(at('Old value')),
      new: keptValue(at('New value')),
    });
  }
  return entries;
}

/** The entries of the latest merge not undone yet, or null when every merge is. */
export function lastMerge(entries: readonly LogEntry[]): { when: string; entries: LogEntry[] } | null {
  const undone = new Set(entries.filter((e) => e.file.startsWith(UNDO_OF)).map((e) => e.file.slice(UNDO_OF.length)));
  const merges = entries.filter((e) => !e.file.startsWith(UNDO_OF) && !undone.has(e.when));
  if (merges.length === 0) return null;
  const when = merges.map((e) => e.when).reduce((a, b) => (b > a ? b : a));
  return { when, entries: merges.filter((e) => e.when === when) };
}

/**
 * The cells undo writes back: each cell the merge wrote gets its old value
 * again — refused, cell by cell, where the cell no longer holds what the
 * merge wrote (the officer has edited it since).
 */
export function undoUpdates(
  grids: readonly SheetGrid[],
  merge: { when: string; entries: readonly LogEntry[] },
): { updates: CellUpdate[]; refused: { entry: LogEntry; reason: string }[] } {
  const updates: CellUpdate[] = [];
  const refused: { entry: LogEntry; reason: string }[] = [];
  for (const entry of merge.entries) {
    const grid = grids.find((g) => g.name === entry.sheet);
    if (!grid) {
      refused.push({ entry, reason: `the sheet ${entry.sheet} is gone` });
      continue;
    }
    const { row, col } = parseAddress(entry.cell);
    const current: Cell = cellAt(grid, row, col);
    if (!sameValue(keptValue(current), entry.new)) {
      refused.push({ entry, reason: `${entry.sheet}!${entry.cell} was edited after the merge: left as it is` });
      continue;
    }
    updates.push({
      sheet: entry.sheet,
      row,
      col,
      role: entry.role,
      file: `${UNDO_OF}${merge.when}`,
      key: entry.key,
      old: current.text,
      oldValue: keptValue(current),
      value: entry.old,
    });
  }
  return { updates, refused };
}

function sameValue(a: CellValueKept, b: CellValueKept): boolean {
  if (typeof a === 'object' && typeof b === 'object') return a.day === b.day;
  return a === b;
}

/** When a merge or an undo is logged, in the officer's own time, to the second: two merges are never taken for one. */
export function logTime(at = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}
