import { Cell, GridArea, SheetGrid, address, dateFromSerial } from '../../../plan';
import { displayNumber, isDateFormat } from '../../displayText';
import { MergedArea, clippedMerges } from './merges';
import { CellFormat } from './styles';
import { attributeOf, scan } from './scan';
import { excelUnescaped } from './text';

/** What a sheet's cells are read against: the workbook's shared strings, cell formats and date system. */
export interface SheetContext {
  strings: readonly string[];
  /**
   * The cell of each shared string, made once and shared by every cell
   * showing it, in any sheet: a plan repeats its leads, dates and RAG words
   * thousands of times, and the engine never changes a cell.
   */
  stringCells: Cell[];
  formats: readonly CellFormat[];
  /** The 1904 date system (Excel for Mac before 2011): serial 0 is 1 Jan 1904. */
  date1904: boolean;
}

/** Days between the 1900 and 1904 date systems' serial 0. */
const DAYS_1904 = 1462;

/** One <c> as parsed: its position, type, format and the texts of its value and inline string. */
interface ParsedCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | null;
  inline: string | null;
  formula: boolean;
}

const EMPTY: Cell = { value: null, text: '', kind: 'empty' };

/** A cell's value as a person sees it (a formula's result; a date-formatted number as a date), from its type and text. */
function cellOf(parsed: ParsedCell, format: CellFormat | undefined, context: SheetContext): Cell {
  const { type, value } = parsed;
  if (type === 'inlineStr') return text(parsed.inline ?? value ?? '');
  if (value === null) return EMPTY;
  switch (type) {
    case 's':
      return parsed.formula ? number(value, format, context) : sharedText(parseInt(value, 10), context);
    case 'str':
      return text(value);
    case 'b':
      return parseInt(value, 10) !== 0 ? { value: true, text: 'TRUE', kind: 'text' } : { value: false, text: 'FALSE', kind: 'text' };
    case 'e':
      return { value, text: value, kind: 'error' };
    default:
      return number(value, format, context);
  }
}

function sharedText(index: number, context: SheetContext): Cell {
  const string = context.strings[index];
  if (string === undefined) return EMPTY;
  return (context.stringCells[index] ??= text(string));
}

function text(value: string): Cell {
  return value === '' ? EMPTY : { value, text: value, kind: 'text' };
}

function number(value: string, format: CellFormat | undefined, context: SheetContext): Cell {
  const serial = parseFloat(value);
  const numFmt = format?.numFmt;
  if (isDateFormat(numFmt)) {
    const shifted = context.date1904 ? serial + DAYS_1904 : serial;
    return { value: dateFromSerial(shifted), text: displayNumber(shifted, numFmt), kind: 'date' };
  }
  return { value: serial, text: displayNumber(serial, numFmt), kind: 'number' };
}

/** Columns and rows a sheet can have (XFD1048576): a cell's position packs into one number as row × COLUMNS + column. */
const COLUMNS = 16384;
const ROWS = 1048576;

/**
 * 'AB12' (or '$AB$12'), the text from `from` to `to`, → 11 × COLUMNS + 27
 * (0-based row and column packed in one number, so that reading the
 * position of every cell of a sheet allocates nothing), or -1 where it is
 * not a cell of a sheet.
 */
function position(text: string, from = 0, to = text.length): number {
  let i = from;
  let col = 0;
  let row = 0;
  // Never a character past `to`: reading past a string's end makes V8 throw away the code it compiled for this.
  if (i < to && text.charCodeAt(i) === 36) i += 1;
  for (; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    col = col * 26 + ((c & 0xdf) - 64);
  }
  if (i < to && text.charCodeAt(i) === 36) i += 1;
  const digits = i;
  for (; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (col === 0 || col > COLUMNS || i === digits || i !== to || row === 0 || row > ROWS) return -1;
  return (row - 1) * COLUMNS + col - 1;
}

/** The whole number written from `from` to `to` (a style index), or 0. */
function indexAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return i === from ? 0 : value;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * A <c> tag's r, s and t read into the cell in one walk over its attributes
 * (a sheet has a tag like it for every cell). Without r the cell keeps the
 * position it was given: the one after the cell before it.
 */
function readCellTag(xml: string, from: number, to: number, cell: ParsedCell): void {
  let i = from;
  while (i < to) {
    while (i < to && xml.charCodeAt(i) <= 32) i += 1;
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 /* = */ && xml.charCodeAt(i) > 32) i += 1;
    const nameLength = i - nameStart;
    while (i < to && xml.charCodeAt(i) !== 61) i += 1;
    i += 1;
    while (i < to && xml.charCodeAt(i) <= 32) i += 1;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return;
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return;
    if (nameLength === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114 /* r */) {
        const at = position(xml, i + 1, close);
        if (at >= 0) {
          cell.row = Math.floor(at / COLUMNS);
          cell.col = at % COLUMNS;
        }
      } else if (name === 115 /* s */) cell.style = indexAt(xml, i + 1, close);
      else if (name === 116 /* t */) cell.type = xml.slice(i + 1, close);
    }
    i = close + 1;
  }
}

/** A sheet's cells as parsed, before merges: each cell with a value or a fill, the rows holding a value, the extent. */
interface ParsedSheet {
  rows: SheetGrid['rows'];
  withValues: Set<number>;
  /** The row last added to withValues. */
  lastValueRow: number;
  lastRow: number;
  lastCol: number;
  merges: string[];
  tableIds: string[];
}

/** The cell as the grid holds it: with its fill; nothing for a cell with neither value nor fill. */
function place(parsed: ParsedCell, context: SheetContext, sheet: ParsedSheet): void {
  const { row, col } = parsed;
  if (row < 0 || col < 0) return;
  if (row > sheet.lastRow) sheet.lastRow = row;
  if (col > sheet.lastCol) sheet.lastCol = col;
  // Once per row, not per cell: the set is asked for thousands of rows.
  if ((parsed.value !== null || parsed.inline !== null || parsed.formula) && sheet.lastValueRow !== row) {
    sheet.withValues.add(row);
    sheet.lastValueRow = row;
  }
  const format = context.formats[parsed.style];
  const value = cellOf(parsed, format, context);
  // A formula is kept even with no result yet: a merge must know not to write over it.
  const read: Cell = parsed.formula ? { ...value, formula: true } : value;
  const fill = format?.fill;
  const result = fill ? { ...read, fill } : read.kind === 'empty' && !read.formula ? undefined : read;
  if (result) (sheet.rows[row] ??= [])[col] = result;
}

/**
 * A row's cells in an array of their own length: filled cell by cell, it was
 * given room for twice as many. Every row is kept until the check is done,
 * and a plan of 10,000 actions holds a megabyte less.
 */
function compact(rows: SheetGrid['rows'], row: number): void {
  const cells = rows[row];
  if (cells) rows[row] = cells.slice();
}

/** The sheet's cells, merges and table parts, in one pass over its XML; one cell record is reused for every <c>. */
function parseSheet(xml: string, context: SheetContext): ParsedSheet {
  const sheet: ParsedSheet = { rows: [], withValues: new Set(), lastValueRow: -1, lastRow: 0, lastCol: 0, merges: [], tableIds: [] };
  const cell: ParsedCell = { row: -1, col: -1, type: 'n', style: 0, value: null, inline: null, formula: false };
  let inCell = false;
  // Text is gathered only inside <v> and inside an inline string's <t> (not its phonetic guide).
  let capture = false;
  let inInline = false;
  let phonetic = false;
  let captured = '';
  scan(xml, {
    open(name, from, to, selfClosing) {
      switch (name) {
        case 'row': {
          const r = attributeOf(xml, from, to, 'r');
          cell.row = r ? parseInt(r, 10) - 1 : cell.row + 1;
          cell.col = -1;
          return;
        }
        case 'c':
          inCell = true;
          cell.col += 1;
          cell.type = 'n';
          cell.style = 0;
          cell.value = null;
          cell.inline = null;
          cell.formula = false;
          readCellTag(xml, from, to, cell);
          return;
        case 'v':
          if (inCell) {
            capture = !selfClosing;
            captured = '';
          }
          return;
        case 'f':
          if (inCell) cell.formula = true;
          return;
        case 'is':
          if (inCell) {
            inInline = true;
            captured = '';
          }
          return;
        case 'rPh':
          phonetic = !selfClosing;
          return;
        case 't':
          if (inInline && !phonetic) capture = !selfClosing;
          return;
        case 'mergeCell': {
          const ref = attributeOf(xml, from, to, 'ref');
          if (ref) sheet.merges.push(ref);
          return;
        }
        case 'tablePart': {
          const id = attributeOf(xml, from, to, 'r:id');
          if (id) sheet.tableIds.push(id);
          return;
        }
      }
    },
    wantsText: () => capture,
    text(chunk) {
      captured += chunk;
    },
    close(name) {
      if (name === 'v' && inCell) {
        cell.value = captured;
        capture = false;
      } else if (name === 't') capture = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'is' && inCell) {
        cell.inline = excelUnescaped(captured);
        inInline = false;
      } else if (name === 'c' && inCell) {
        place(cell, context, sheet);
        inCell = false;
      } else if (name === 'row') compact(sheet.rows, cell.row);
    },
  });
  return sheet;
}

/**
 * One sheet part as the engine's grid: a row is there when a cell of it
 * holds a value (or is covered by a merge); in it, every cell with a value
 * or a solid fill. A cell covered by a merge, but its top-left one, is
 * empty and names the top-left cell.
 */
export function sheetGrid(
  name: string,
  xml: string,
  context: SheetContext,
  tablesOf: (relationshipIds: string[]) => GridArea[],
): SheetGrid {
  const { rows, withValues, lastRow, lastCol, merges, tableIds } = parseSheet(xml, context);
  // A cell a merge covers, but its top-left one, is empty whatever the file holds there, and names the top-left cell.
  for (const [top, left, bottom, right] of clippedMerges(merges.flatMap(areaOf), lastRow, lastCol)) {
    const master = address(top, left);
    for (let r = top; r <= bottom; r += 1) {
      const first = r === top ? left + 1 : left;
      // A row holding only the top-left cell, empty, is no row of the plan; one the merge covers cells of is.
      if (first > right) continue;
      withValues.add(r);
      const cells = (rows[r] ??= []);
      for (let c = first; c <= right; c += 1) cells[c] = { value: null, text: '', kind: 'empty', master };
    }
  }
  // A row whose cells are only formatted, none holding a value, is no row of the plan.
  let last = -1;
  for (const key in rows) if (!withValues.has(Number(key))) delete rows[key as unknown as number];
  for (const row of withValues) {
    rows[row] ??= [];
    last = Math.max(last, row);
  }
  rows.length = last + 1;
  return { name, rows, tables: tablesOf(tableIds) };
}

/** A merge's reference ("B2:D4") as an area, or nothing when it is not one. */
function areaOf(ref: string): MergedArea[] {
  const [from, to = from] = ref.split(':');
  const start = position(from);
  const end = position(to);
  return start >= 0 && end >= 0 ? [[Math.floor(start / COLUMNS), start % COLUMNS, Math.floor(end / COLUMNS), end % COLUMNS]] : [];
}
