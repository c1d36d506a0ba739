import {
  BoardSummary,
  CellUpdate,
  ChangeFlag,
  CheckOptions,
  MergeOptions,
  RefusedReturn,
  ReturnedChange,
  UpdateReturn,
  PlanResult,
  RagColumn,
  RagColumnRefusal,
  changedSinceConfirmed,
  checkPlan,
  LogEntry,
  lastMerge,
  mergeUpdates,
  ownSheetName,
  planRagColumns,
  readUpdateLog,
  returnedChanges,
  undoUpdates,
} from '../plan';
import type { PlanWorkbookPort } from './port';
import { boardPaperSheets, snapshotSheet, updateLogRows } from './sheets';

/**
 * The officer's actions that write into the workbook, over the port, so the
 * task pane (in Excel and the preview) and the command do exactly the same.
 * Each is one operation of the port: it reads the workbook afresh and plans
 * its writes from that read, with the review settings given (the ones on
 * screen), never from an earlier validation.
 */
export interface BoardPapers {
  result: PlanResult;
  summary: BoardSummary;
  /** Names of the sheets written. */
  sheets: string[];
  notices: string[];
}

/** "Generate board summary": the Board Summary and Plan Check sheets, replacing the product's earlier ones. */
export function generateBoardSummary(port: PlanWorkbookPort, options: CheckOptions): Promise<BoardPapers> {
  return port.update((grids) => {
    const result = checkPlan(grids, options);
    const papers = boardPaperSheets(grids, result);
    return {
      sheets: papers.sheets,
      result: { result, summary: papers.summary, sheets: papers.sheets.map((s) => s.name), notices: papers.notices },
    };
  });
}

export type SnapshotOutcome = { sheet: string; actions: number; notices: string[] } | { refused: string };

/** "Save review snapshot": appends every action's computed RAG as of the review date to RAG History. */
export function saveReviewSnapshot(port: PlanWorkbookPort, options: CheckOptions): Promise<SnapshotOutcome> {
  return port.update<SnapshotOutcome>((grids) => {
    const result = checkPlan(grids, options);
    const planned = snapshotSheet(grids, result);
    if ('refused' in planned) return { result: planned };
    return { sheets: planned.sheets, result: { sheet: planned.sheets[0].name, actions: result.actions.length, notices: planned.notices } };
  });
}

export type RagColumnsOutcome =
  | { written: RagColumn[]; refusals: RagColumnRefusal[] }
  /** Nothing written: the workbook no longer matches what the officer confirmed. */
  | { changed: RagColumnRefusal[] };

/**
 * "Write RAG column": the Computed RAG columns as a fresh read places them.
 * Given the columns the officer confirmed, writes nothing if the fresh read
 * places any elsewhere or finds a target cell typed in since.
 */
export function writeRagColumns(
  port: PlanWorkbookPort,
  options: CheckOptions,
  confirmed: readonly RagColumn[] | null,
): Promise<RagColumnsOutcome> {
  return port.update<RagColumnsOutcome>((grids) => {
    const fresh = planRagColumns(grids, checkPlan(grids, options));
    const changed = confirmed ? changedSinceConfirmed(confirmed, grids, fresh) : [];
    if (changed.length > 0) return { result: { changed } };
    return { ragColumns: fresh.columns, result: { written: fresh.columns, refusals: fresh.refusals } };
  });
}

/** The command's whole run on one workbook: Computed RAG columns, an optional snapshot, then the summary sheets. */
export async function writeEverything(
  port: PlanWorkbookPort,
  options: CheckOptions,
  snapshot: boolean,
): Promise<BoardPapers & { snapshot: SnapshotOutcome | null }> {
  const columns = await writeRagColumns(port, options, null);
  const refusals =
    'refusals' in columns ? columns.refusals.map((r) => `Computed RAG column not written on ${r.sheet} (${r.cell}): ${r.reason}`) : [];
  const taken = snapshot ? await saveReviewSnapshot(port, options) : null;
  const papers = await generateBoardSummary(port, options);
  return { ...papers, notices: [...refusals, ...(taken && 'notices' in taken ? taken.notices : []), ...papers.notices], snapshot: taken };
}

/** Flags that keep a returned row out of a merge unless the officer includes flagged rows: the plan or the return may be wrong. */
const HOLDS_BACK: readonly ChangeFlag['flag'][] = ['planChanged', 'returnedTwice', 'revisedBeforeReview'];

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
 * with a flag that holds them back are left out unless `includeFlagged`.
 */
export function mergeReturns(
  port: PlanWorkbookPort,
  options: CheckOptions,
  returns: readonly UpdateReturn[],
  choice: { write: boolean; includeFlagged: boolean; progress: MergeOptions['progress']; when: string },
): Promise<MergeOutcome> {
  return port.update<MergeOutcome>((grids) => {
    const result = checkPlan(grids, options);
    const { changes, refused } = returnedChanges(result, grids, returns);
    const confirmed = changes.filter((c) => choice.includeFlagged || !c.flags.some((f) => HOLDS_BACK.includes(f.flag)));
    const heldBack = changes
      .filter((c) => !confirmed.includes(c))
      .map((change) => ({ change, reason: 'flagged: look at it, then merge with flagged rows included' }));
    const { updates, notWritten } = mergeUpdates(result, grids, confirmed, { asOf: options.asOf, progress: choice.progress });
    const outcome = { changes, refused, written: updates, notWritten: [...heldBack, ...notWritten], log: null, notices: [] };
    if (!choice.write || updates.length === 0) return { result: outcome };
    const log = updateLogRows(grids, updates, choice.when);
    return { cells: updates, sheets: log.sheets, result: { ...outcome, log: log.sheets[0].name, notices: log.notices } };
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
    return { cells: updates, sheets: log.sheets, result: { ...outcome, notices: log.notices } };
  });
}
