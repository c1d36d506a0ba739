import { RECORD_SHEET_KINDS } from '../../plan';
import { CELL_PROPS, DIMENSIONS, SheetRead, blockOf, confirmOwnKind, dimensionsOf, queueTableRanges, unreadHidden } from './readExcel';
import {
  GUESSED_BYTES_PER_CELL,
  MAX_MERGED_AREAS,
  MAX_SHEET_CELLS,
  MERGED_AREAS_CALL_BYTES,
  PAYLOAD_BUDGET_BYTES,
  isTooBig,
  utf8Bytes,
} from './limits';

/** Rows of a sheet still to read, relative to its used range: cells, or merged areas; of some columns only, for a band of a sparse sheet. */
interface Pending {
  sheet: SheetRead;
  kind: 'cells' | 'merges';
  from: number;
  to: number;
  columns?: Band['columns'];
}

/** A run of rows holding values on a sheet whose used range is mostly empty, with the columns they use (sheet indices). */
interface Band {
  rows: [number, number];
  columns: [number, number];
}

/** Empty rows within a band: rows of values closer than this are read as one band. */
const BAND_GAP = 50;

/**
 * Reads sheets Excel would not send whole: first every sheet's size (one
 * small sync), then its cells in blocks of rows sized to the response
 * budget from what the cells read so far cost, and its merged areas in
 * blocks too small to hold more than 512 (a merged area's top-left cell is
 * its own, and Excel returns each area from the block holding that cell,
 * office-js issue 3611). When Excel still refuses, the budget halves and
 * the same rows are read in smaller blocks; a single row it will not send
 * ends the read with a clear message.
 */
export async function readInPieces(context: Excel.RequestContext, sheets: SheetRead[]): Promise<void> {
  await readSizes(context, sheets);
  const bands = await readBands(
    context,
    sheets.filter((sheet) => !sheet.complete && !unreadHidden(sheet) && cellsOf(sheet) > MAX_SHEET_CELLS),
  );
  let queue: Pending[] = sheets
    .filter((sheet) => !sheet.unreadable && !sheet.complete && !unreadHidden(sheet))
    .flatMap((sheet) => piecesOf(sheet, bands.get(sheet)));
  let budget = PAYLOAD_BUDGET_BYTES;
  let measured = 0;
  while (queue.length > 0) {
    const { pieces, rest } = takeBatch(queue, budget, measured || GUESSED_BYTES_PER_CELL);
    const taken = pieces.map((piece) => queuePiece(piece));
    let refusal: unknown = null;
    try {
      await context.sync();
    } catch (error) {
      if (!isTooBig(error)) throw error;
      refusal = error;
    }
    // Cells over Excel's read limit come back null, as if refused: those pieces go back, smaller.
    const returned = refusal ? pieces : pieces.filter((_piece, i) => taken[i]() === null);
    if (returned.length > 0) {
      if (returned.length === 1 && returned[0].to - returned[0].from === 1)
        throw rowTooBig(returned[0], refusal ?? { code: 'null values' });
      budget = Math.max(1, Math.floor(budget / 2));
      queue = [...returned, ...rest];
      continue;
    }
    // The dearest cells so far size the blocks still to read.
    for (const take of taken) measured = Math.max(measured, take() ?? 0);
    queue = rest;
  }
  for (const sheet of sheets) sheet.complete = !sheet.unreadable;
}

/**
 * Every sheet's used range and table ranges, and the mark of what may be
 * the product's own sheets, in one sync. Of a marked Board Summary or Plan
 * Check nothing more is read; a sheet too large to be a plan is not read.
 */
async function readSizes(context: Excel.RequestContext, sheets: SheetRead[]): Promise<void> {
  for (const sheet of sheets) if (unreadHidden(sheet)) sheet.complete = true;
  const loads = sheets
    .filter((sheet) => !unreadHidden(sheet))
    .map((sheet) => {
      const used = sheet.proxy.getUsedRange(true);
      used.load(DIMENSIONS);
      const mark = sheet.ownKind ? sheet.proxy.getRange('A1') : null;
      mark?.load(CELL_PROPS);
      return { sheet, used, mark, takeTables: queueTableRanges(sheet) };
    });
  await context.sync();
  for (const { sheet, used, mark, takeTables } of loads) {
    takeTables();
    sheet.used = dimensionsOf(used);
    sheet.blocks = mark ? [blockOf(mark, 0, 0)] : [];
    sheet.merges = [];
    // Of a marked Board Summary or Plan Check the mark is all; a record sheet's cells are read from the start.
    sheet.complete = confirmOwnKind(sheet) && !RECORD_SHEET_KINDS.includes(sheet.ownKind!);
    if (!sheet.complete) sheet.blocks = [];
    const cells = used.rowCount * used.columnCount;
    if (!sheet.complete && cells > MAX_SHEET_CELLS) {
      sheet.unreadable =
        `not read: its used range ${used.address.replace(/^.*!/, '')} covers ${cells.toLocaleString('en-GB')} cells, more than the ${MAX_SHEET_CELLS.toLocaleString('en-GB')} the add-in reads on one sheet. ` +
        'Delete what lies beyond the plan (Ctrl+End goes to the last used cell), then validate again.';
    }
  }
}

const cellsOf = (sheet: SheetRead) => sheet.used!.rowCount * sheet.used!.columnCount;

/** The whole used range, or on a sparse sheet each band of values; merged areas too on the officer's sheets (RAG History has none). */
function piecesOf(sheet: SheetRead, bands: Band[] | undefined): Pending[] {
  const used = sheet.used!;
  const spans: { from: number; to: number; columns?: Band['columns'] }[] = bands
    ? bands.map((band) => ({ from: band.rows[0] - used.rowIndex, to: band.rows[1] + 1 - used.rowIndex, columns: band.columns }))
    : [{ from: 0, to: used.rowCount }];
  return spans.flatMap((span) => [
    { sheet, kind: 'cells' as const, ...span },
    ...(sheet.ownKind === null ? [{ sheet, kind: 'merges' as const, ...span }] : []),
  ]);
}

/**
 * A used range too big to read whole is usually a plan and a stray value
 * far below or to the right. Excel lists where the values and formulas are
 * (getSpecialCells, one sync for every such sheet); the runs of rows that
 * hold them, with their columns, are read and the empty rest is not. A sheet
 * whose values themselves pass the limit is not read, and says why.
 */
async function readBands(context: Excel.RequestContext, sheets: SheetRead[]): Promise<Map<SheetRead, Band[]>> {
  const bands = new Map<SheetRead, Band[]>();
  if (sheets.length === 0) return bands;
  const asked = sheets.map((sheet) => {
    const used = sheet.proxy.getRangeByIndexes(
      sheet.used!.rowIndex,
      sheet.used!.columnIndex,
      sheet.used!.rowCount,
      sheet.used!.columnCount,
    );
    const kinds = [Excel.SpecialCellType.constants, Excel.SpecialCellType.formulas].map((kind) => {
      const areas = used.getSpecialCellsOrNullObject(kind);
      areas.load('areas/items/rowIndex,areas/items/rowCount,areas/items/columnIndex,areas/items/columnCount');
      return areas;
    });
    return { sheet, kinds };
  });
  try {
    await context.sync();
  } catch {
    // Excel would not say where the values are (too many separate areas, say): the sheets stay unread, with the reason already given.
    return bands;
  }
  for (const { sheet, kinds } of asked) {
    const found = bandsOf(kinds.flatMap((areas) => (areas.isNullObject ? [] : areas.areas.items)));
    const cells = found.reduce((sum, band) => sum + (band.rows[1] - band.rows[0] + 1) * (band.columns[1] - band.columns[0] + 1), 0);
    if (cells <= MAX_SHEET_CELLS) bands.set(sheet, found);
  }
  for (const sheet of bands.keys()) delete sheet.unreadable;
  return bands;
}

/** Areas of values grouped into runs of rows no more than BAND_GAP apart, each with the columns its areas span. */
function bandsOf(areas: Excel.Range[]): Band[] {
  const sorted = areas
    .map((a) => ({ rows: [a.rowIndex, a.rowIndex + a.rowCount - 1], columns: [a.columnIndex, a.columnIndex + a.columnCount - 1] }) as Band)
    .sort((a, b) => a.rows[0] - b.rows[0]);
  const bands: Band[] = [];
  for (const area of sorted) {
    const last = bands[bands.length - 1];
    if (last && area.rows[0] <= last.rows[1] + BAND_GAP) {
      last.rows[1] = Math.max(last.rows[1], area.rows[1]);
      last.columns = [Math.min(last.columns[0], area.columns[0]), Math.max(last.columns[1], area.columns[1])];
    } else {
      bands.push({ rows: [...area.rows], columns: [...area.columns] });
    }
  }
  return bands;
}

/** Rows of merged areas per block: no more cells than getMergedAreasOrNullObject may return areas. */
const mergeRows = (sheet: SheetRead, width = sheet.used!.columnCount) => Math.max(1, Math.floor(MAX_MERGED_AREAS / width));

/** The first column and count of columns a piece reads. */
function columnsOf(piece: Pending): [number, number] {
  return piece.columns
    ? [piece.columns[0], piece.columns[1] - piece.columns[0] + 1]
    : [piece.sheet.used!.columnIndex, piece.sheet.used!.columnCount];
}

const widthOf = (piece: Pending) => columnsOf(piece)[1];

/** As many pieces as fit the budget (at least one), cut from the front of the queue. */
function takeBatch(queue: Pending[], budget: number, bytesPerCell: number): { pieces: Pending[]; rest: Pending[] } {
  const pieces: Pending[] = [];
  const rest = [...queue];
  let room = budget;
  while (rest.length > 0) {
    const next = rest[0];
    const width = widthOf(next);
    const perRow = next.kind === 'cells' ? width * bytesPerCell : MERGED_AREAS_CALL_BYTES / mergeRows(next.sheet, width);
    const rows = Math.min(next.to - next.from, Math.floor(room / perRow));
    if (rows < 1 && pieces.length > 0) break;
    const take = Math.max(1, rows);
    pieces.push({ ...next, to: next.from + take });
    room -= take * perRow;
    if (next.from + take >= next.to) rest.shift();
    else rest[0] = { ...next, from: next.from + take };
    if (room <= 0) break;
  }
  return { pieces, rest };
}

/**
 * Loads a piece in the next sync. The function returned stores it, once,
 * and gives what a cell cost in bytes (0 for merged areas), or null when
 * Excel sent null for cells over its read limit (nothing stored).
 */
function queuePiece(piece: Pending): () => number | null {
  const { sheet } = piece;
  const used = sheet.used!;
  const [left, width] = columnsOf(piece);
  if (piece.kind === 'cells') {
    const range = sheet.proxy.getRangeByIndexes(used.rowIndex + piece.from, left, piece.to - piece.from, width);
    range.load(CELL_PROPS);
    let cost: number | null | undefined;
    return () => {
      if (cost !== undefined) return cost;
      if (range.values === null || range.text === null) return (cost = null);
      const block = blockOf(range, used.rowIndex + piece.from, left);
      sheet.blocks.push(block);
      const cells = (piece.to - piece.from) * width;
      return (cost = Math.ceil(utf8Bytes(JSON.stringify([block.values, block.text, block.valueTypes, block.numberFormat])) / cells));
    };
  }
  const blocks: Excel.RangeAreas[] = [];
  const blockRows = mergeRows(sheet, width);
  for (let from = piece.from; from < piece.to; from += blockRows) {
    const rows = Math.min(blockRows, piece.to - from);
    const areas = sheet.proxy.getRangeByIndexes(used.rowIndex + from, left, rows, width).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    blocks.push(areas);
  }
  let stored = false;
  return () => {
    if (!stored) for (const areas of blocks) if (!areas.isNullObject) sheet.merges.push(...areas.areas.items.map((area) => area.address));
    stored = true;
    return 0;
  };
}

function rowTooBig(piece: Pending, error: unknown): Error {
  const row = piece.sheet.used!.rowIndex + piece.from + 1;
  return new Error(
    `Excel could not send row ${row} of "${piece.sheet.name}" even on its own (${(error as { code?: string }).code}): shorten the text in that row and validate again.`,
  );
}
