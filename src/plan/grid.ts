/**
 * The workbook as the engine sees it: per sheet, the cells as read by an adapter
 * (exceljs or Office.js). Nothing here knows where the cells came from.
 */
export type CellKind = 'text' | 'number' | 'date' | 'error' | 'empty';

export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  /** The value as stored: a formula's result, a Date for date-formatted cells, the error text for errors. */
  value: CellValue;
  /** The text a person sees in the cell. */
  text: string;
  kind: CellKind;
  /** A1 address of the merged area's top-left cell, when this cell is covered by a merge and is not that cell. */
  master?: string;
  /**
   * The cell's solid fill colour, "#RRGGBB", where the adapter was asked
   * for it (the columns a RAG may be kept in as a colour only) and it has one.
   */
  fill?: string;
  /** The cell holds a formula (its value is the formula's result), where the adapter says so: never written over from a return. */
  formula?: true;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface GridArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c], 0-based; rows may be ragged and may be missing (undefined) where the sheet is empty. */
  rows: ((Cell | undefined)[] | undefined)[];
  /** The sheet's Excel tables (ListObjects), header row included: a value written beside or below one joins it. */
  tables?: GridArea[];
  /** Why the adapter could not read the sheet's cells (rows is then empty); the check lists it as skipped. */
  unreadable?: string;
  /** A hidden or very hidden sheet (last year's plan, lookups): not checked, listed as skipped. Its cells may be left unread. */
  hidden?: 'hidden' | 'veryHidden';
}

/**
 * The indices of the rows that hold anything, in order, skipping the gaps:
 * a sheet formatted to the bottom or with a stray space far below the plan
 * costs no more than the plan itself.
 */
export function rowIndices(grid: SheetGrid): number[] {
  const indices: number[] = [];
  for (const key in grid.rows) if (grid.rows[key as unknown as number] !== undefined) indices.push(Number(key));
  return indices;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: '', kind: 'empty' }) as Cell;

export function cellAt(grid: SheetGrid, row: number, col: number): Cell {
  return grid.rows[row]?.[col] ?? EMPTY_CELL;
}

/** Column index (0-based) to letters: 0 → A, 27 → AB. */
export function columnLetter(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column to an A1 address. */
export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * A cell's place as one number (row × 16384 + column, 0-based): what an
 * action keeps of the cells it was read from, written out as an address
 * (refAddress) only for the few a finding names — ten strings an action
 * would otherwise cost, for tens of thousands of actions.
 */
export type CellRef = number;
const REF_COLUMNS = 16384;

export function cellRef(row: number, col: number): CellRef {
  return row * REF_COLUMNS + col;
}

export function refAddress(ref: CellRef): string {
  return address(Math.floor(ref / REF_COLUMNS), ref % REF_COLUMNS);
}

/** A1 address to 0-based row and column. */
export function parseAddress(a1: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1.replace(/\$/g, '').toUpperCase());
  if (!match) throw new Error(`not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
