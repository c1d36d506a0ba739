import {
  BoardSummary,
  CheckOptions,
  PlanResult,
  RagColumn,
  RagColumnRefusal,
  changedSinceConfirmed,
  checkPlan,
  planRagColumns,
} from '../plan';
import type { PlanWorkbookPort } from './port';
import { boardPaperSheets, snapshotSheet } from './sheets';

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
