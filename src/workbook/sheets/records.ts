import { CellUpdate, ReturnRecord, SheetGrid, ownSheetName, readReturnsRecord } from '../../plan';
import type { ProductSheets } from './index';
import { returnsSheet } from './returnsSheet';
import { updateLogSheet } from './updateLogSheet';

/*
 * The quarter's record sheets (Update Log, Returns), apart from index.ts so
 * that only the pane's quarter steps, loaded when opened, carry them.
 */

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
