import { CheckOptions, PlanResult, BoardSummary, checkPlan, planRagColumns } from '../plan';
import type { PlanWorkbookPort } from './port';
import { boardPaperSheets, snapshotSheet } from './sheets';

/**
 * The officer's actions that write the product's sheets, over the port, so
 * the task pane (in Excel and the preview) and the command do exactly the
 * same. Each reads the workbook afresh: the plan may have changed since it
 * was last validated.
 */
export interface BoardPapers {
  result: PlanResult;
  summary: BoardSummary;
  /** Names of the sheets written. */
  sheets: string[];
  notices: string[];
}

/** "Generate board summary": the Board Summary and Plan Check sheets, replacing the product's earlier ones. */
export async function generateBoardSummary(port: PlanWorkbookPort, options: CheckOptions): Promise<BoardPapers> {
  const grids = await port.read();
  const result = checkPlan(grids, options);
  const papers = boardPaperSheets(grids, result);
  await port.writeSheets(papers.sheets);
  return { result, summary: papers.summary, sheets: papers.sheets.map((s) => s.name), notices: papers.notices };
}

export type SnapshotOutcome = { sheet: string; actions: number; notices: string[] } | { refused: string };

/** "Save review snapshot": appends every action's computed RAG as of the review date to RAG History. */
export async function saveReviewSnapshot(port: PlanWorkbookPort, options: CheckOptions): Promise<SnapshotOutcome> {
  const grids = await port.read();
  const result = checkPlan(grids, options);
  const planned = snapshotSheet(grids, result);
  if ('refused' in planned) return planned;
  await port.writeSheets(planned.sheets);
  return { sheet: planned.sheets[0].name, actions: result.actions.length, notices: planned.notices };
}

/** The command's whole run on one workbook: Computed RAG columns, an optional snapshot, then the summary sheets. */
export async function writeEverything(port: PlanWorkbookPort, options: CheckOptions, snapshot: boolean): Promise<BoardPapers & { snapshot: SnapshotOutcome | null }> {
  const grids = await port.read();
  const ragPlan = planRagColumns(grids, checkPlan(grids, options));
  await port.writeRagColumns(ragPlan.columns);
  const refusals = ragPlan.refusals.map((r) => `Computed RAG column not written on ${r.sheet} (${r.cell}): ${r.reason}`);
  const taken = snapshot ? await saveReviewSnapshot(port, options) : null;
  const papers = await generateBoardSummary(port, options);
  return { ...papers, notices: [...refusals, ...(taken && 'notices' in taken ? taken.notices : []), ...papers.notices], snapshot: taken };
}
