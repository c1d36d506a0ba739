import type { Cell, GridArea, OwnSheetKind, SheetGrid } from '../../plan';
import { RECORD_SHEET_KINDS, ownSheetKind, ownSheetKindByName, parseAddress } from '../../plan';
import { OfficeCell, cellFromOffice, usesDate1904 } from './cells';
import { isTooBig } from './limits';
import { readInPieces } from './readPieces';
import { readFills } from './readFills';

export const CELL_PROPS = ['values', 'text', 'valueTypes', 'numberFormat'];
export const DIMENSIONS = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

/** Cells loaded for a block of rows, at their place on the sheet. */
export interface CellBlock {
  top: number;
  left: number;
  values: unknown[][];
  text: string[][];
  valueTypes: string[][];
  numberFormat: string[][];
}

/** What is known of one sheet as the read goes on. */
export interface SheetRead {
  name: string;
  proxy: Excel.Worksheet;
  /** What its name suggests it is: one of the product's own sheets, until its mark says otherwise. */
  ownKind: OwnSheetKind | null;
  /** Hidden or very hidden: not part of the plan, so its cells are not read (unless it is one of the product's). */
  hidden?: 'hidden' | 'veryHidden';
  used?: { address: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  blocks: CellBlock[];
  merges: string[];
  tableProxies: Excel.Table[];
  /** The sheet's Excel tables, once their ranges are loaded. */
  tables: GridArea[] | null;
  /** Every cell and merge is in. */
  complete: boolean;
  unreadable?: string;
}

export interface WorkbookRead {
  grids: SheetGrid[];
  /** The workbook counts dates from 1904 (see usesDate1904). */
  date1904: boolean;
  /** Each sheet's id by name: a write that fails can tell an old sheet from a new one of the same name. */
  sheetIds: Map<string, string>;
}

/**
 * Reads every sheet into grids. Sync 1: sheet and table names. Sync 2:
 * every sheet's used range whole, with its merged areas and tables: a plan
 * whose cells fit Excel's 5 MB response (a few thousand actions of long
 * text, 10,000 short ones) is read in these two. When Excel refuses (too big a response, a sheet with more than
 * 512 merged areas, a range over its 5,000,000-cell read limit), the rest
 * is read in pieces sized to fit (./readPieces.ts) — never a sync per row.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const sheets = await listSheets(context);
  const whole = await readWhole(context, sheets);
  const rest = sheets.filter((sheet) => !sheet.complete);
  if (!whole || rest.length > 0) await readInPieces(context, whole ? rest : sheets);
  const date1904 = usesDate1904(officeCells(sheets.flatMap((sheet) => sheet.blocks)));
  const grids = sheets.map((sheet) => toGrid(sheet, date1904));
  await readFills(context, sheets, grids);
  return { grids, date1904, sheetIds: new Map(sheets.map((sheet) => [sheet.name, sheet.proxy.id])) };
}

async function listSheets(context: Excel.RequestContext): Promise<SheetRead[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await context.sync();
  return worksheets.items.map((proxy) => ({
    name: proxy.name,
    proxy,
    ownKind: ownSheetKindByName(proxy.name),
    blocks: [],
    merges: [],
    complete: false,
    tables: null,
    tableProxies: tables.items.filter((table) => table.worksheet.name === proxy.name),
    ...(proxy.visibility !== 'Visible' && { hidden: proxy.visibility === 'VeryHidden' ? ('veryHidden' as const) : ('hidden' as const) }),
  }));
}

/** A hidden sheet of the officer's is skipped by the engine whatever it holds: none of its cells are fetched. */
export function unreadHidden(sheet: SheetRead): boolean {
  return sheet.hidden !== undefined && sheet.ownKind === null;
}

/** Queues the ranges of the sheet's Excel tables for the next sync; the function returned takes them once it is done. */
export function queueTableRanges(sheet: SheetRead): () => void {
  const ranges = sheet.tableProxies.map((table) => {
    const range = table.getRange();
    range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return range;
  });
  return () => {
    sheet.tables = ranges.map(areaOfRange);
  };
}

/** A loaded used range's place on its sheet. */
export function dimensionsOf(range: Excel.Range): NonNullable<SheetRead['used']> {
  return {
    address: range.address,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/**
 * Whether a sheet named like one of the product's carries its mark, read
 * into its first block; if not, it is the officer's and is read like any.
 */
export function confirmOwnKind(sheet: SheetRead): boolean {
  if (sheet.ownKind && ownSheetKind(toGrid(sheet, false)) !== sheet.ownKind) sheet.ownKind = null;
  return sheet.ownKind !== null;
}

function areaOfRange(range: Excel.Range): GridArea {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

/**
 * The product's own sheets are skipped by the engine: of a Board Summary
 * or Plan Check only the mark in A1 is read, of RAG History and the Update
 * Log their cells but not their merged areas (it has none; the Board Summary has hundreds).
 */
async function readWhole(context: Excel.RequestContext, sheets: SheetRead[]): Promise<boolean> {
  const loads = sheets
    .filter((sheet) => !unreadHidden(sheet))
    .map((sheet) => {
      const used =
        sheet.ownKind === null || RECORD_SHEET_KINDS.includes(sheet.ownKind) ? sheet.proxy.getUsedRange(true) : sheet.proxy.getRange('A1');
      used.load([...DIMENSIONS, ...CELL_PROPS]);
      const merged = sheet.ownKind === null ? used.getMergedAreasOrNullObject() : null;
      merged?.load('areas/items/address');
      return { sheet, used, merged, takeTables: queueTableRanges(sheet) };
    });
  try {
    await context.sync();
  } catch (error) {
    if (isTooBig(error)) return false;
    throw error;
  }
  for (const sheet of sheets) if (unreadHidden(sheet)) sheet.complete = true;
  for (const { sheet, used, merged, takeTables } of loads) {
    takeTables();
    sheet.used = dimensionsOf(used);
    // Over Excel's read limit the cells come back null: the sheet is read in pieces.
    if (used.values === null || used.text === null) continue;
    sheet.blocks.push(blockOf(used, used.rowIndex, used.columnIndex));
    sheet.merges = merged && !merged.isNullObject ? merged.areas.items.map((area) => area.address) : [];
    // A sheet of the officer's that merely has the name is read whole, in pieces.
    sheet.complete = sheet.ownKind === null || confirmOwnKind(sheet);
  }
  return true;
}

export function blockOf(range: Excel.Range, top: number, left: number): CellBlock {
  return { top, left, values: range.values, text: range.text, valueTypes: range.valueTypes, numberFormat: range.numberFormat };
}

function* officeCells(blocks: CellBlock[]): Generator<OfficeCell> {
  for (const block of blocks) {
    for (let r = 0; r < block.values.length; r += 1) {
      for (let c = 0; c < block.values[r].length; c += 1) {
        yield {
          value: block.values[r][c],
          text: block.text[r][c],
          type: block.valueTypes[r][c],
          numberFormat: String(block.numberFormat[r][c]),
        };
      }
    }
  }
}

export function toGrid(sheet: SheetRead, date1904: boolean): SheetGrid {
  const grid: SheetGrid = { name: sheet.name, rows: [], tables: sheet.tables ?? [], ...(sheet.hidden && { hidden: sheet.hidden }) };
  if (sheet.unreadable) return { ...grid, unreadable: sheet.unreadable };
  for (const block of sheet.blocks) {
    block.values.forEach((row, r) => {
      const cells: (Cell | undefined)[] = grid.rows[block.top + r] ?? [];
      row.forEach((value, c) => {
        const cell = cellFromOffice(
          { value, text: block.text[r][c], type: block.valueTypes[r][c], numberFormat: String(block.numberFormat[r][c]) },
          date1904,
        );
        if (cell) cells[block.left + c] = cell;
      });
      if (cells.length > 0) grid.rows[block.top + r] = cells;
    });
  }
  for (const area of sheet.merges) applyMerge(grid, area);
  return grid;
}

/** Cells covered by a merge, other than its top-left cell, point at that cell. */
function applyMerge(grid: SheetGrid, address: string): void {
  const [from, to = from] = address.replace(/^.*!/, '').split(':');
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
