/**
 * The grids exceljs's whole-workbook model gives, as the product read files
 * before it had a reader of its own (src/workbook/xlsx/read): kept as the
 * oracle the reader is compared with, fixture by fixture (read.test.ts).
 */
import ExcelJS from 'exceljs';
import type { Cell as XlsxCell, Row, Workbook, Worksheet } from 'exceljs';
import { Cell, GridArea, SheetGrid, dateFromSerial, parseAddress } from '../../src/plan';
import { displayDate, displayNumber, isDateFormat } from '../../src/workbook/displayText';
import { ThemeColours, solidFillColour, themeColoursOf } from '../../src/workbook/xlsx/colours';

function themeColours(workbook: Workbook): ThemeColours {
  return themeColoursOf((workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1 ?? '');
}

/** Bytes opened with exceljs, as a test looks at what the product wrote. */
export async function openWithExceljs(bytes: Uint8Array | Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** exceljs cell value shapes (formula, rich text, hyperlink, error) reduced to what a person sees. */
type RawValue = XlsxCell['value'] | { result?: unknown } | undefined;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function richText(value: unknown): string | null {
  if (isObject(value) && Array.isArray(value.richText)) {
    return (value.richText as { text: string }[]).map((run) => run.text).join('');
  }
  return null;
}

function fromValue(raw: RawValue): Cell {
  if (raw === null || raw === undefined || raw === '') return { value: null, text: '', kind: 'empty' };
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? { value: null, text: '', kind: 'empty' } : { value: raw, text: '', kind: 'date' };
  }
  if (typeof raw === 'number') return { value: raw, text: String(raw), kind: 'number' };
  if (typeof raw === 'string') return { value: raw, text: raw, kind: 'text' };
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE', kind: 'text' };
  if (isObject(raw)) return fromObject(raw);
  return { value: String(raw), text: String(raw), kind: 'text' };
}

function fromObject(raw: Record<string, unknown>): Cell {
  if (typeof raw.error === 'string') return { value: raw.error, text: raw.error, kind: 'error' };
  if ('formula' in raw || 'sharedFormula' in raw || 'result' in raw) return { ...fromValue(raw.result as RawValue), formula: true };
  const rich = richText(raw);
  if (rich !== null) return { value: rich, text: rich, kind: rich === '' ? 'empty' : 'text' };
  if ('hyperlink' in raw || 'text' in raw) {
    const text = richText(raw.text) ?? String(raw.text ?? raw.hyperlink ?? '');
    return { value: text, text, kind: text === '' ? 'empty' : 'text' };
  }
  return { value: null, text: '', kind: 'empty' };
}

/** Text as Excel would show it; a date-formatted number (a formula's result) is a date to a person. */
function withNumberFormat(cell: Cell, numFmt: string | undefined): Cell {
  if (cell.kind === 'date') return { ...cell, text: displayDate(cell.value as Date, numFmt) };
  if (cell.kind !== 'number') return cell;
  const serial = cell.value as number;
  if (isDateFormat(numFmt)) return { value: dateFromSerial(serial), text: displayNumber(serial, numFmt), kind: 'date' };
  return { ...cell, text: displayNumber(serial, numFmt) };
}

/** A cell as the engine sees it, with its solid fill (a RAG kept as a colour); undefined for a cell with neither value nor fill. */
function readCell(cell: XlsxCell, theme: ThemeColours): Cell | undefined {
  if (cell.isMerged && cell.master.address !== cell.address) {
    return { value: null, text: '', kind: 'empty', master: cell.master.address };
  }
  const read = withNumberFormat(fromValue(cell.value as RawValue), cell.numFmt);
  const fill = cell.style?.fill && solidFillColour(cell.style.fill, theme);
  if (fill) return { ...read, fill };
  return read.kind === 'empty' && !read.formula ? undefined : read;
}

/**
 * One worksheet as the engine's grid; hidden rows are read like any other
 * (they are still part of the plan). A hidden sheet says so: the engine
 * skips it.
 */
function gridFromWorksheet(sheet: Worksheet, theme: ThemeColours = themeColours(sheet.workbook)): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  for (const row of rowsWithValues(sheet)) {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const read = readCell(cell, theme);
      if (read) cells[colNumber - 1] = read;
    });
    rows[row.number - 1] = cells;
  }
  const hidden = sheet.state === 'hidden' || sheet.state === 'veryHidden' ? { hidden: sheet.state } : {};
  return { name: sheet.name, rows, tables: tablesOf(sheet), ...hidden };
}

/**
 * The rows that hold a value, in order. exceljs keeps a sheet's rows in a
 * sparse array, and its eachRow visits every index up to the last row: a
 * sheet formatted to the bottom costs 40 ms a sheet that way. Walking the
 * array's own keys costs only the rows there are.
 */
function* rowsWithValues(sheet: Worksheet): Generator<Row> {
  const rows = (sheet as unknown as { _rows?: (Row | undefined)[] })._rows;
  if (!Array.isArray(rows)) {
    const all: Row[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => all.push(row));
    yield* all;
    return;
  }
  for (const key in rows) {
    const row = rows[key];
    if (row?.hasValues) yield row;
  }
}

/** The sheet's Excel tables (ListObjects), as their ref ("B2:D40") says. */
function tablesOf(sheet: Worksheet): GridArea[] {
  return sheet.getTables().flatMap((table) => {
    const ref = (table as unknown as { table?: { tableRef?: string; ref?: string } }).table;
    const [from, to = from] = (ref?.tableRef ?? ref?.ref ?? '').split(':');
    if (!from) return [];
    const start = parseAddress(from);
    const end = parseAddress(to);
    return [{ top: start.row, left: start.col, bottom: end.row, right: end.col }];
  });
}

function gridsFromWorkbook(workbook: Workbook): SheetGrid[] {
  const theme = themeColours(workbook);
  return workbook.worksheets.map((sheet) => gridFromWorksheet(sheet, theme));
}

/** A package's grids as exceljs's model gives them. */
export async function exceljsGrids(bytes: Uint8Array | Buffer): Promise<SheetGrid[]> {
  return gridsFromWorkbook(await openWithExceljs(bytes));
}
