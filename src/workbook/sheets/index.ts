import { BoardSummary, PlanResult, SheetGrid, boardSummary, displayDay, ownSheetName, readHistory, snapshotDates } from '../../plan';
import { boardSummarySheet } from './boardSummarySheet';
import { planCheckSheet } from './planCheckSheet';
import { ragHistorySheet } from './ragHistorySheet';
import { SheetSpec } from './spec';

export type { SheetSpec, SpecValue, CellStyle, ChartSpec, Area, Validation } from './spec';
export { DATE_FORMAT } from './spec';

export interface ProductSheets {
  sheets: SheetSpec[];
  /** For the officer: where a sheet went when an officer's sheet had its name. */
  notices: string[];
}

function historyOf(grids: readonly SheetGrid[]) {
  const place = ownSheetName(grids, 'RAG History');
  const grid = place.exists ? grids.find((g) => g.name === place.name) : undefined;
  return { place, grid, entries: readHistory(grid) };
}

/** The Board Summary and Plan Check sheets for a checked plan. */
export function boardPaperSheets(grids: readonly SheetGrid[], result: PlanResult): ProductSheets & { summary: BoardSummary } {
  const summary = boardSummary(result, grids, historyOf(grids).entries);
  const summaryPlace = ownSheetName(grids, 'Board Summary');
  const checkPlace = ownSheetName(grids, 'Plan Check');
  return {
    summary,
    sheets: [
      { ...boardSummarySheet(summary, summaryPlace.name), replaces: summaryPlace.exists },
      { ...planCheckSheet(result, summary.planName, checkPlace.name), replaces: checkPlace.exists },
    ],
    notices: [summaryPlace.notice, checkPlace.notice].filter((n): n is string => n !== null),
  };
}

/** The rows a review snapshot appends to RAG History; refused when that review date is saved already. */
export function snapshotSheet(grids: readonly SheetGrid[], result: PlanResult): ProductSheets | { refused: string } {
  const { place, grid, entries } = historyOf(grids);
  if (snapshotDates(entries).includes(result.asOf)) {
    return {
      refused: `A snapshot as of ${displayDay(result.asOf)} is already on "${place.name}": nothing was added. Change the review date to save another.`,
    };
  }
  return { sheets: [ragHistorySheet(result, place.name, grid)], notices: place.notice ? [place.notice] : [] };
}
