import { Day, dayFromDate, displayDay } from './day';
import { PlanResult } from './check';
import { Cell, SheetGrid, address, cellAt } from './grid';
import { PlanTable } from './tables';
import { periodsUpTo } from './periodColumns';
import { RAG_TEXT } from './ragVocabulary';
import { ReturnedChange } from './returns';
import { actionKey } from './history';
import { AssuranceRole, ROLE_LABEL } from './columns';

/** The plan's columns a return is written into. */
export const MERGED_ROLES = ['progress', 'recordedRag', 'revisedDue', 'delayReason'] as const;
export type MergedRole = (typeof MERGED_ROLES)[number];
/** What a cell the product writes into the plan holds: a merged return's role, or a line of a priority's action log. */
export type WrittenRole = MergedRole | AssuranceRole | 'priority';

/** One cell of the officer's plan a confirmed return writes, with what it holds now: what the Update Log keeps, and undo restores. */
export interface CellUpdate {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  role: WrittenRole;
  /** The return and action it comes from (or the assurance entry recorded). */
  file: string;
  key: string;
  /** The cell's text as it is now ('' for an empty cell). */
  old: string;
  /** The cell's value as it is now, kept so that undo puts back the value itself (a date as a date). */
  oldValue: CellValueKept;
  value: CellValueKept;
}

/** A value the product writes into a plan cell and can put back: text, a number or a day. */
export type CellValueKept = string | number | { day: Day };

/** What a grid cell holds, as a value undo can write back. */
export function keptValue(cell: Cell): CellValueKept {
  if (cell.kind === 'date' && cell.value instanceof Date) return { day: dayFromDate(cell.value) };
  if (cell.kind === 'number' && typeof cell.value === 'number') return cell.value;
  return cell.kind === 'empty' ? '' : cell.text;
}

export interface MergeOptions {
  asOf: Day;
  /** The update replaces the progress cell, or goes above what it holds as a dated line. */
  progress: 'replace' | 'prepend';
  /** The officer asked for revised-date and reason columns beside a table that has none (header and cells written, and logged). */
  addColumns?: boolean;
}

/** The columns added beside a table on the officer's request, with the header each is given (one the reader knows, columns.ts). */
const ADDABLE: Partial<Record<MergedRole, string>> = { revisedDue: 'Revised date', delayReason: 'Reason for delay' };

/** What the Update Log's Action column says of a header the merge wrote. */
export const ADDED_COLUMN = '(column added)';

/**
 * The cells the confirmed changes write into the plan: the update into this
 * review's progress column (the current period's, where the plan keeps one
 * per quarter), the proposed RAG into the recorded RAG, the revised date and
 * the reason into their own columns (added beside the table when the
 * officer asks and it has none). Evidence of impact goes with the update,
 * on a line of its own. What cannot be written is said, never guessed: no
 * such column, a row holding several actions, a cell two returns would
 * both write.
 */
export function mergeUpdates(
  result: PlanResult,
  grids: readonly SheetGrid[],
  confirmed: readonly ReturnedChange[],
  options: MergeOptions,
): { updates: CellUpdate[]; notWritten: { change: ReturnedChange; reason: string }[] } {
  const updates: CellUpdate[] = [];
  const notWritten: { change: ReturnedChange; reason: string }[] = [];
  const taken = new Set<string>();
  const added = new AddedColumns(grids, options.addColumns ?? false);
  for (const change of confirmed) {
    const { action, returned } = change;
    if (!action) {
      notWritten.push({ change, reason: 'the action is no longer in the plan' });
      continue;
    }
    if (action.parts > 1) {
      notWritten.push({ change, reason: `row ${action.row} holds ${action.parts} actions: its cells are for the officer to write` });
      continue;
    }
    const grid = grids.find((g) => g.name === action.sheet)!;
    const columns = columnsFor(action.table, result, options.asOf);
    const revised = returned.revised?.date ?? null;
    const update = [returned.update, returned.evidence && `Evidence: ${returned.evidence}`].filter(Boolean).join('\n');
    // Each role's new value, given what its cell holds now; null where the return says nothing of it.
    const wanted: [MergedRole, (old: string) => CellValueKept | null][] = [
      ['progress', (old) => (update ? progressText(update, old, options) : null)],
      ['recordedRag', () => (returned.proposed ? RAG_TEXT[returned.proposed] : null)],
      ['revisedDue', () => (revised === null ? null : { day: revised })],
      ['delayReason', () => returned.reason || null],
    ];
    for (const [role, valueOf] of wanted) {
      const col = columns[role] ?? (valueOf('') === null ? undefined : added.column(action.table, role, change.file, updates));
      const current = col === undefined ? undefined : cellAt(grid, action.row - 1, col);
      const old = current?.text ?? '';
      const value = valueOf(old);
      if (value === null) continue;
      if (col === undefined) {
        notWritten.push({ change, reason: `the plan has no ${ROLE_LABEL[role]} column on ${action.sheet}` });
        continue;
      }
      if (current!.formula) {
        notWritten.push({ change, reason: `the ${ROLE_LABEL[role]} cell holds a formula: for the officer to write` });
        continue;
      }
      if (isMerged(grid, action.row - 1, col)) {
        notWritten.push({ change, reason: `the ${ROLE_LABEL[role]} cell is merged with others: for the officer to write` });
        continue;
      }
      const at = `${action.sheet}\u0000${action.row}\u0000${col}`;
      if (taken.has(at)) {
        notWritten.push({ change, reason: `another return writes the same ${ROLE_LABEL[role]} cell` });
        continue;
      }
      taken.add(at);
      updates.push({
        sheet: action.sheet,
        row: action.row - 1,
        col,
        role,
        file: change.file,
        key: actionKey(action),
        old,
        oldValue: keptValue(current!),
        value,
      });
    }
  }
  return { updates, notWritten };
}

/** A cell covered by a merge, or the top-left of one: writing it would write for every row the merge spans. */
function isMerged(grid: SheetGrid, row: number, col: number): boolean {
  const here = address(row, col);
  return (
    cellAt(grid, row, col).master !== undefined || cellAt(grid, row + 1, col).master === here || cellAt(grid, row, col + 1).master === here
  );
}

/** Where each role is written for this review: the current period's column for progress and RAG, where the plan keeps them per period. */
function columnsFor(table: PlanTable, result: PlanResult, asOf: Day): Partial<Record<MergedRole, number>> {
  const current = periodsUpTo(table.periods, result.period, asOf).at(-1)?.columns;
  return {
    progress: current?.progress ?? table.columnsOf.progress?.[0],
    recordedRag: current?.recordedRag ?? table.columnsOf.recordedRag?.[0],
    revisedDue: table.columns.revisedDue,
    delayReason: table.columns.delayReason,
  };
}

function progressText(update: string, old: string, options: MergeOptions): string {
  if (options.progress === 'replace') return update;
  const dated = `${displayDay(options.asOf)}: ${update}`;
  return old.trim() === '' ? dated : `${dated}\n${old}`;
}

/**
 * Columns added beside tables on the officer's request: for each table, the
 * first columns right of it that are empty from its header to its last
 * row; the header cell written (and logged, so undo takes it away again).
 */
class AddedColumns {
  private readonly placed = new Map<PlanTable, Partial<Record<MergedRole, number>>>();

  constructor(
    private readonly grids: readonly SheetGrid[],
    private readonly enabled: boolean,
  ) {}

  column(table: PlanTable, role: MergedRole, file: string, updates: CellUpdate[]): number | undefined {
    const header = ADDABLE[role];
    if (!this.enabled || header === undefined) return undefined;
    const placed = this.placed.get(table) ?? {};
    if (placed[role] !== undefined) return placed[role];
    const grid = this.grids.find((g) => g.name === table.sheet)!;
    let col = Math.max(table.lastCol, ...Object.values(placed)) + 1;
    while (!this.emptyColumn(grid, table, col)) col += 1;
    placed[role] = col;
    this.placed.set(table, placed);
    updates.push({ sheet: table.sheet, row: table.headerRow, col, role, file, key: ADDED_COLUMN, old: '', oldValue: '', value: header });
    return col;
  }

  private emptyColumn(grid: SheetGrid, table: PlanTable, col: number): boolean {
    for (let row = table.headerRow; row < table.endRow; row += 1) {
      const cell = cellAt(grid, row, col);
      if (cell.kind !== 'empty' || cell.master !== undefined) return false;
    }
    return true;
  }
}
