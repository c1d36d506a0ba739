import {
  ADDED_COLUMN,
  CellUpdate,
  ChangeFlag,
  CheckOptions,
  LogEntry,
  MergeOptions,
  RefusedReturn,
  ReturnedChange,
  UpdateReturn,
  CameBack,
  withCameBack,
  withRequests,
  withUndone,
  checkPlan,
  lastMerge,
  mergeUpdates,
  ownSheetName,
  readUpdateLog,
  returnedChanges,
  undoUpdates,
} from '../plan';
import type { PlanWorkbookPort } from './port';
import { returnsRecordSheet, updateLogRows } from './sheets/records';

/*
 * The quarter's operations over the port — requests recorded, returns
 * merged, the merge undone — as the pane and the command do them. Kept
 * apart from operations.ts so the pane loads this only when the officer
 * opens one of the quarter's steps.
 */

/** Flags that keep a returned row out of a merge unless the officer includes flagged rows: the plan or the return may be wrong. */
const HOLDS_BACK: readonly ChangeFlag['flag'][] = ['planChanged', 'returnedTwice', 'revisedBeforeReview'];

/** Whether a change is held back from "merge all" until the officer has looked at it. */
export const heldBack = (change: ReturnedChange) => change.flags.some((f) => HOLDS_BACK.includes(f.flag));

/** What names one returned row among all the returns: its file and its action's key (two returns may name one action). */
export const changeId = (change: ReturnedChange) => `${change.file}\u0000${change.returned.key}`;

export interface MergeChoice {
  /** Write into the plan; else only say what the returns would change. */
  write: boolean;
  /** Merge flagged rows too (the command's --include-flagged). */
  includeFlagged: boolean;
  /** The rows the officer confirmed one by one (changeId), flagged or not; when given, no other row is merged. */
  only?: ReadonlySet<string>;
  progress: MergeOptions['progress'];
  /** Add revised-date and reason columns beside a table that has none, where a return gives them. */
  addColumns?: boolean;
  /** When it is logged (logTime). */
  when: string;
}

export interface MergeOutcome {
  changes: ReturnedChange[];
  refused: RefusedReturn[];
  written: CellUpdate[];
  notWritten: { change: ReturnedChange; reason: string }[];
  /** Where the Update Log went, when something was written. */
  log: string | null;
  notices: string[];
}

/**
 * "Merge returns": the changes the returns ask for, read against the plan as
 * it is now, and — only when `write` — written into the plan's cells, with
 * every written cell (and its old value) appended to the Update Log. Rows
 * with a flag that holds them back are left out unless `includeFlagged`,
 * or the officer chose rows one by one (`only`).
 */
export function mergeReturns(
  port: PlanWorkbookPort,
  options: CheckOptions,
  returns: readonly UpdateReturn[],
  choice: MergeChoice,
): Promise<MergeOutcome> {
  return port.update<MergeOutcome>((grids) => {
    const result = checkPlan(grids, options);
    const { changes, refused } = returnedChanges(result, grids, returns);
    const confirmed = changes.filter((c) => (choice.only ? choice.only.has(changeId(c)) : choice.includeFlagged || !heldBack(c)));
    const left = changes
      .filter((c) => !confirmed.includes(c))
      .map((change) => ({ change, reason: choice.only ? 'not chosen' : 'flagged: look at it, then merge with flagged rows included' }));
    const { updates, notWritten } = mergeUpdates(result, grids, confirmed, {
      asOf: options.asOf,
      progress: choice.progress,
      addColumns: choice.addColumns,
    });
    const outcome = { changes, refused, written: updates, notWritten: [...left, ...notWritten], log: null, notices: [] };
    if (!choice.write || updates.length === 0) return { result: outcome };
    const log = updateLogRows(grids, updates, choice.when);
    const record = returnsRecordSheet(grids, (records) => withCameBack(records, cameBack(returns, updates, choice.when)));
    return {
      cells: updates,
      sheets: [...log.sheets, ...record.sheets],
      result: { ...outcome, log: log.sheets[0].name, notices: [...log.notices, ...record.notices] },
    };
  });
}

export type UndoOutcome =
  | { undone: string; written: CellUpdate[]; refused: { entry: LogEntry; reason: string }[]; notices: string[] }
  /** No merge on the Update Log is left to undo. */
  | { nothing: string };

/**
 * "Undo last merge": every cell the latest merge not yet undone wrote gets
 * its old value back (values, not formats alone), refused cell by cell
 * where the officer has edited the cell since; the undo is logged too.
 */
export function undoLastMerge(port: PlanWorkbookPort, when: string): Promise<UndoOutcome> {
  return port.update<UndoOutcome>((grids) => {
    const place = ownSheetName(grids, 'Update Log');
    const merge = lastMerge(readUpdateLog(place.exists ? grids.find((g) => g.name === place.name) : undefined));
    if (!merge) return { result: { nothing: 'No merge on the Update Log is left to undo.' } };
    const { updates, refused } = undoUpdates(grids, merge);
    const outcome = { undone: merge.when, written: updates, refused, notices: [] as string[] };
    if (updates.length === 0) return { result: outcome };
    const log = updateLogRows(grids, updates, when);
    const record = returnsRecordSheet(grids, (records) => withUndone(records, merge.when));
    return {
      cells: updates,
      sheets: [...log.sheets, ...record.sheets],
      result: { ...outcome, notices: [...log.notices, ...record.notices] },
    };
  });
}

/** How many actions the cells were written for (a column's header, added by the merge, is none). */
export function actionsWritten(written: readonly CellUpdate[]): number {
  return new Set(written.filter((update) => update.key !== ADDED_COLUMN).map((update) => update.key)).size;
}

/** Per return with a row written into the plan: what came back, for the Returns sheet. */
function cameBack(returns: readonly UpdateReturn[], written: readonly CellUpdate[], when: string): CameBack[] {
  return returns.flatMap((ret) => {
    const merged = actionsWritten(written.filter((update) => update.file === ret.file));
    return merged > 0 ? [{ review: ret.asOf, lead: ret.lead, file: ret.file, when, merged }] : [];
  });
}

/** A lead's return as it was handed to the officer, for the Returns sheet. */
export interface RequestMade {
  lead: string;
  actions: number;
  file: string;
}

/** "Request updates": the returns just made recorded on the Returns sheet, each awaited until it comes back. */
export function recordRequests(
  port: PlanWorkbookPort,
  made: readonly RequestMade[],
  review: { asOf: string; returnBy: string },
  when: string,
): Promise<{ sheet: string; notices: string[] }> {
  return port.update((grids) => {
    const requests = made.map((request) => ({
      ...request,
      review: review.asOf,
      requested: when,
      returnBy: review.returnBy,
      cameBack: '',
      merged: 0,
    }));
    const record = returnsRecordSheet(grids, (records) => withRequests(records, requests));
    return { sheets: record.sheets, result: { sheet: record.sheets[0]?.name ?? 'Returns', notices: record.notices } };
  });
}
