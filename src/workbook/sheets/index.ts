import {
  BoardSummary,
  CellUpdate,
  PlanResult,
  ReturnRecord,
  readReturnsRecord,
  SheetGrid,
  boardSummary,
  displayDay,
  ownSheetName,
  readHistory,
  snapshotDates,
} from '../../plan';
import { boardSummarySheet } from './boardSummarySheet';
import { planCheckSheet } from './planCheckSheet';
import { ragHistorySheet } from './ragHistorySheet';
import { updateLogSheet } from './updateLogSheet';
import { returnsSheet } from './returnsSheet';
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

/** The rows a merge appends to the Update Log (made on the first merge). */
export function updateLogRows(grids: readonly SheetGrid[], updates: readonly CellUpdate[], when: string): ProductSheets {
  const place = ownSheetName(grids, 'Update Log');
  const grid = place.exists ? grids.find((g) => g.name === place.name) : undefined;
  return { sheets: [updateLogSheet(updates, when, place.name, grid)], notices: place.notice ? [place.notice] : [] };
}

/** The Returns sheet rewritten with its records changed by `change` (requests made, returns come back, a merge undone). */
export function returnsRecordSheet(grids: readonly SheetGrid[], change: (records: ReturnRecord[]) => ReturnRecord[]): ProductSheets {
  const place = ownSheetName(grids, 'Returns');
  const records = change(readReturnsRecord(place.exists ? grids.find((g) => g.name === place.name) : undefined));
  // No sheet is made to say nothing.
  if (!place.exists && records.length === 0) return { sheets: [], notices: [] };
  return { sheets: [{ ...returnsSheet(records, place.name), replaces: place.exists }], notices: place.notice ? [place.notice] : [] };
}
