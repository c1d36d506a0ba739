import { Cell, SheetGrid } from './grid';
import { Due, readDue } from './timescale';
import { Rag, readRecordedRag } from './rag';
import { RAG_TEXT } from './ragVocabulary';
import { PlanResult } from './check';
import { RatedAction } from './rules';
import { actionKey } from './history';
import { PlanIdentity, fingerprint, planIdentity } from './requests';
import { RETURN_COLUMNS, ReturnColumnKey, identityOf } from './returnColumns';
import { isoDay } from './day';

/** A lead's return as read back: the plan and review it is for, and what the lead wrote per action. */
export interface UpdateReturn {
  /** The file, for messages. */
  file: string;
  plan: PlanIdentity;
  /** The review date it was asked for, YYYY-MM-DD. */
  asOf: string;
  lead: string;
  rows: ReturnedRow[];
}

export interface ReturnedRow {
  /** The return's own row (1-based), for messages. */
  row: number;
  key: string;
  fingerprint: string;
  ref: string;
  action: string;
  update: string;
  /** The RAG proposed: null when none, undefined when the cell holds something that is no RAG. */
  proposed: Rag | null | undefined;
  proposedText: string;
  revised: Due | null;
  reason: string;
  evidence: string;
}

/**
 * A returned workbook's return sheet read back, by the headers the product
 * wrote (returnColumns.ts), or why it is not one: a lead may reorder rows or
 * delete one, never the hidden key that matches each row to its action.
 */
export function readReturn(grids: readonly SheetGrid[], file: string): UpdateReturn | { problem: string } {
  for (const grid of grids) {
    const header = headerRow(grid);
    if (header === null) continue;
    const col = (key: ReturnColumnKey) => header.columns.get(key)!;
    const text = (row: number, key: ReturnColumnKey) => cellText(grid.rows[row]?.[col(key)]);
    const identity = identityOf(header.row > 0 ? [...Array(header.row).keys()].map((row) => cellText(grid.rows[row]?.[col('key')])) : []);
    if (!identity) continue;
    const rows: ReturnedRow[] = [];
    for (let row = header.row + 1; row < grid.rows.length; row += 1) {
      const key = text(row, 'key');
      if (!key) continue;
      const proposedText = text(row, 'proposed');
      const revisedCell = grid.rows[row]?.[col('revised')];
      const revised = revisedCell ? readDue(revisedCell, null) : null;
      rows.push({
        row: row + 1,
        key,
        fingerprint: text(row, 'fingerprint'),
        ref: text(row, 'ref'),
        action: text(row, 'action'),
        update: text(row, 'update'),
        proposed: proposedText ? readRecordedRag(proposedText) : null,
        proposedText,
        revised: revised && revised.kind !== 'missing' ? revised : null,
        reason: text(row, 'reason'),
        evidence: text(row, 'evidence'),
      });
    }
    return { file, ...identity, rows };
  }
  return { problem: `${file} is not an update return written by Board Plan Tracker (its hidden key column is missing)` };
}

function cellText(cell: Cell | undefined): string {
  return cell && !cell.master ? cell.text.trim() : '';
}

/** The row naming every column of a return, and where each is. */
function headerRow(grid: SheetGrid): { row: number; columns: Map<ReturnColumnKey, number> } | null {
  for (const [index, cells] of grid.rows.entries()) {
    if (!cells) continue;
    const columns = new Map<ReturnColumnKey, number>();
    cells.forEach((cell, col) => {
      const column = RETURN_COLUMNS.find((c) => c.header === cell?.text.trim());
      if (column) columns.set(column.key, col);
    });
    if (columns.size === RETURN_COLUMNS.length) return { row: index, columns };
  }
  return null;
}

/** What a returned row asks to change, and what the officer should look at before it is written. */
export interface ReturnedChange {
  file: string;
  lead: string;
  returned: ReturnedRow;
  /** The action the row's key names in the plan now; null when it is no longer in the plan. */
  action: RatedAction | null;
  flags: ChangeFlag[];
}

export type ChangeFlag =
  | { flag: 'notInPlan' }
  | { flag: 'planChanged' }
  | { flag: 'returnedTwice'; otherFile: string }
  | { flag: 'ragDisagrees'; computed: Rag; why: string }
  | { flag: 'unreadableRag' }
  | { flag: 'revisedBeforeReview' }
  | { flag: 'looksLikeFormula'; column: 'update' | 'reason' | 'evidence' };

/** A return refused whole: for another plan or another review. */
export interface RefusedReturn {
  file: string;
  reason: string;
}

/** Text Excel would take for a formula if typed: written as text, never run, and flagged. */
const FORMULA_START = /^[=+\-@]/;

/**
 * The changes the returns ask for, each flagged where the officer should
 * look (docs: issue 12's list), matched to the plan by key, never by
 * position. Rows with nothing written are no change. Nothing is written:
 * the officer confirms first.
 */
export function returnedChanges(
  result: PlanResult,
  grids: readonly SheetGrid[],
  returns: readonly UpdateReturn[],
): { changes: ReturnedChange[]; refused: RefusedReturn[] } {
  const plan = planIdentity(result, grids);
  const asOf = isoDay(result.asOf);
  const byKey = new Map(result.actions.map((action) => [actionKey(action), action]));
  const firstFile = new Map<string, string>();
  const changes: ReturnedChange[] = [];
  const refused: RefusedReturn[] = [];
  for (const returned of returns) {
    if (returned.plan.name !== plan.name || returned.plan.period !== plan.period) {
      refused.push({
        file: returned.file,
        reason: `it is a return for another plan ("${returned.plan.name}", ${returned.plan.period || 'no period'})`,
      });
      continue;
    }
    if (returned.asOf !== asOf) {
      refused.push({ file: returned.file, reason: `it was asked for the review as of ${returned.asOf}, not ${asOf}` });
      continue;
    }
    for (const row of returned.rows.filter(hasAnything)) {
      const action = byKey.get(row.key) ?? null;
      const other = firstFile.get(row.key);
      if (other === undefined) firstFile.set(row.key, returned.file);
      changes.push({ file: returned.file, lead: returned.lead, returned: row, action, flags: flagsOf(row, action, other, result.asOf) });
    }
  }
  return { changes, refused };
}

function hasAnything(row: ReturnedRow): boolean {
  return [row.update, row.proposedText, row.reason, row.evidence].some((text) => text !== '') || row.revised !== null;
}

function flagsOf(row: ReturnedRow, action: RatedAction | null, otherFile: string | undefined, asOf: number): ChangeFlag[] {
  const flags: ChangeFlag[] = [];
  if (!action) flags.push({ flag: 'notInPlan' });
  else if (fingerprint(action) !== row.fingerprint) flags.push({ flag: 'planChanged' });
  if (otherFile !== undefined) flags.push({ flag: 'returnedTwice', otherFile });
  if (row.proposed === undefined) flags.push({ flag: 'unreadableRag' });
  else if (action && row.proposed !== null && row.proposed !== action.rag)
    flags.push({ flag: 'ragDisagrees', computed: action.rag, why: action.ragReason });
  const revised = row.revised?.date ?? null;
  if (revised !== null && revised < asOf) flags.push({ flag: 'revisedBeforeReview' });
  for (const column of ['update', 'reason', 'evidence'] as const)
    if (FORMULA_START.test(row[column])) flags.push({ flag: 'looksLikeFormula', column });
  return flags;
}

/** A flag, in the officer's words. */
export function flagText(flag: ChangeFlag): string {
  switch (flag.flag) {
    case 'notInPlan':
      return 'no longer in the plan';
    case 'planChanged':
      return 'the plan’s cells changed since the request';
    case 'returnedTwice':
      return `also returned in ${flag.otherFile}`;
    case 'ragDisagrees':
      return `computed ${RAG_TEXT[flag.computed]} (${flag.why})`;
    case 'unreadableRag':
      return 'the proposed RAG is no RAG';
    case 'revisedBeforeReview':
      return 'revised date before the review';
    case 'looksLikeFormula':
      return `${flag.column} looks like a formula (kept as text)`;
  }
}
