import type { Cell, SheetGrid } from '../../plan';
import { parseAddress } from '../../plan';
import { cellFromOffice } from './cells';
import { GUESSED_BYTES_PER_CELL, GUESSED_COLUMNS, PAYLOAD_BUDGET_BYTES, PAYLOAD_ERRORS } from './limits';

const CELL_PROPS = ['values', 'text', 'valueTypes', 'numberFormat'];

interface SheetRead {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  head: Excel.Range;
  merged: Excel.RangeAreas;
}

interface Chunk {
  read: SheetRead;
  range: Excel.Range;
  firstRow: number;
}

/**
 * Reads every sheet's used range into grids. Sync 1: sheet names. Sync 2:
 * every sheet's used range whole, with its merged areas: any plan whose
 * cells fit Excel's 5 MB response (about 10,000 actions) is read in these
 * two. When Excel refuses a bigger one, the read starts again from the first
 * rows of each sheet, as many as a guess says fit the budget, and takes the
 * rest in chunks sized from what those rows really cost — as few syncs as
 * the budget allows, never one per row.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheets = worksheets.items;
  const guess = Math.floor(PAYLOAD_BUDGET_BYTES / GUESSED_BYTES_PER_CELL / GUESSED_COLUMNS / Math.max(1, sheets.length));
  const reads = await readHeads(context, sheets, WHOLE, Math.max(1, guess));
  const grids = reads.map(toGrid);
  for (const batch of restInBatches(reads)) {
    await context.sync();
    for (const chunk of batch) addRows(grids[reads.indexOf(chunk.read)], chunk.read, chunk.range, chunk.firstRow);
  }
  reads.forEach((read, i) => applyMerges(grids[i], read.merged));
  return grids;
}

/** Head rows meaning "the whole used range". */
const WHOLE = Infinity;

/**
 * Sizes, merges and the first rows of every sheet in one sync. When Excel
 * says the response is too big: the guessed number of rows after a whole
 * read, a quarter as many after that.
 */
async function readHeads(context: Excel.RequestContext, sheets: Excel.Worksheet[], headRows: number, guess: number): Promise<SheetRead[]> {
  const reads: SheetRead[] = sheets.map((sheet) => {
    const used = sheet.getUsedRange(true);
    used.load(['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    const head = headRows === WHOLE ? used : used.getIntersection(used.getAbsoluteResizedRange(headRows, 16384));
    head.load([...CELL_PROPS, 'rowCount']);
    const merged = used.getMergedAreasOrNullObject();
    merged.load('areas/items/address');
    return { name: sheet.name, sheet, used, head, merged };
  });
  try {
    await context.sync();
    return reads;
  } catch (error) {
    if (headRows === 1 || !PAYLOAD_ERRORS.has((error as { code?: string }).code ?? '')) throw error;
    return readHeads(context, sheets, headRows === WHOLE ? guess : Math.ceil(headRows / 4), guess);
  }
}

function toGrid(read: SheetRead): SheetGrid {
  const grid: SheetGrid = { name: read.name, rows: [] };
  addRows(grid, read, read.head, 0);
  return grid;
}

/** Rows of a loaded range into the grid, at their sheet positions. */
function addRows(grid: SheetGrid, read: SheetRead, range: Excel.Range, firstRow: number): void {
  const { values, text, valueTypes, numberFormat } = range;
  const top = read.used.rowIndex + firstRow;
  const left = read.used.columnIndex;
  values.forEach((row, r) => {
    const cells: (Cell | undefined)[] = [];
    row.forEach((value, c) => {
      const cell = cellFromOffice({ value, text: text[r][c], type: valueTypes[r][c], numberFormat: String(numberFormat[r][c]) });
      if (cell) cells[left + c] = cell;
    });
    if (cells.length > 0) grid.rows[top + r] = cells;
  });
}

/** The rows the first read left out, in batches each under the budget; each batch is loaded as the generator yields it. */
function* restInBatches(reads: SheetRead[]): Generator<Chunk[]> {
  const bytesPerRow = Math.max(1, ...reads.map(measuredBytesPerRow));
  const rowsPerBatch = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / bytesPerRow));
  let batch: Chunk[] = [];
  let room = rowsPerBatch;
  for (const read of reads) {
    for (let first = read.head.rowCount; first < read.used.rowCount;) {
      const rows = Math.min(room, read.used.rowCount - first);
      const range = read.sheet.getRangeByIndexes(read.used.rowIndex + first, read.used.columnIndex, rows, read.used.columnCount);
      range.load(CELL_PROPS);
      batch.push({ read, range, firstRow: first });
      first += rows;
      room -= rows;
      if (room === 0) {
        yield batch;
        batch = [];
        room = rowsPerBatch;
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function measuredBytesPerRow(read: SheetRead): number {
  const { head } = read;
  if (head.rowCount === 0) return 1;
  const bytes = JSON.stringify([head.values, head.text, head.valueTypes, head.numberFormat]).length;
  return Math.ceil(bytes / head.rowCount);
}

/** Cells covered by a merge, other than its top-left cell, point at that cell. */
function applyMerges(grid: SheetGrid, merged: Excel.RangeAreas): void {
  if (merged.isNullObject) return;
  for (const area of merged.areas.items) {
    const [from, to = from] = area.address.replace(/^.*!/, '').split(':');
    const start = parseAddress(from);
    const end = parseAddress(to);
    for (let r = start.row; r <= end.row; r += 1) {
      for (let c = start.col; c <= end.col; c += 1) {
        if (r === start.row && c === start.col) continue;
        const row = (grid.rows[r] ??= []);
        row[c] = { value: null, text: '', kind: 'empty', master: from.replace(/\$/g, '') };
      }
    }
  }
}
