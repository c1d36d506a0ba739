import { ExcelError } from '../protocol';
import { DATE_1904_OFFSET, serialOfDate } from '../../../src/plan';
import { ModelArea, ModelCell, ModelSheet, ModelWorkbook, key, textOf } from '../model';

/**
 * Writing cells as Excel does when an add-in sets Range.values: a string is
 * typed into the cell, so under any format but Text ("@") "=…" becomes a
 * formula and "Oct 2021", "15/10/2021", "12" or "50%" become numbers and
 * dates; null leaves a cell as it is and "" clears it. Values written
 * beside or below an Excel table (ListObject) extend the table.
 */
export function writeValues(model: ModelWorkbook, sheet: ModelSheet, area: ModelArea, input: unknown, formulas: boolean): void {
  const [top, left, bottom, right] = area;
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const grid = Array.isArray(input) ? (input as unknown[][]) : null;
  if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))) {
    throw new ExcelError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  const written: [number, number][] = [];
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const value = grid ? grid[r][c] : input;
      if (value === null || value === undefined) continue;
      const k = key(top + r, left + c);
      const format = sheet.numberFormats.get(k) ?? 'General';
      const cell = typedCell(value as string | number | boolean, format, model.date1904, formulas);
      if (cell) sheet.cells.set(k, cell);
      else sheet.cells.delete(k);
      if (cell) written.push([top + r, left + c]);
    }
  }
  extendTables(sheet, written);
}

/**
 * Number formats: a 2-D array the size of the range, or one format for
 * every cell — a single value or a 1×1 array (the API's documentation, and
 * office-js-docs-pr issue 5400); a cell's text follows its new format.
 */
export function writeNumberFormats(model: ModelWorkbook, sheet: ModelSheet, area: ModelArea, input: unknown): void {
  const [top, left, bottom, right] = area;
  const single = !Array.isArray(input) || (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1);
  const grid = single ? null : (input as unknown[][]);
  const format = single ? (Array.isArray(input) ? (input as unknown[][])[0][0] : input) : null;
  if (grid && (grid.length !== bottom - top + 1 || grid.some((row) => !Array.isArray(row) || row.length !== right - left + 1))) {
    throw new ExcelError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  for (let row = top; row <= bottom; row += 1) {
    for (let col = left; col <= right; col += 1) {
      const chosen = grid ? grid[row - top][col - left] : format;
      if (chosen === null || chosen === undefined) continue;
      const k = key(row, col);
      sheet.numberFormats.set(k, String(chosen));
      const cell = sheet.cells.get(k);
      if (cell) sheet.cells.set(k, reformat(cell, String(chosen), model.date1904));
    }
  }
}

function reformat(cell: ModelCell, format: string, date1904: boolean): ModelCell {
  if (cell.type === 'Double') return { ...cell, numberFormat: format, text: textOf(cell.value as number, format, date1904) };
  return { ...cell, numberFormat: format };
}

const HYPERLINK = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i;
const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/;
const PERCENT = /^[-+]?\d+(\.\d+)?%$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The cell Excel makes of a value typed under a format, or null for "" (cleared). */
export function typedCell(value: string | number | boolean, format: string, date1904: boolean, formula = false): ModelCell | null {
  if (typeof value === 'number') return { value, text: textOf(value, format, date1904), type: 'Double', numberFormat: format };
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE', type: 'Boolean', numberFormat: format };
  const text = String(value);
  if (text === '') return null;
  if (format === '@') return { value: text, text, type: 'String', numberFormat: format };
  if (text.startsWith('=') && text.length > 1) return formulaCell(text, format, date1904);
  if (formula) return { value: text, text, type: 'String', numberFormat: format };
  if (/^(TRUE|FALSE)$/i.test(text)) return typedCell(/^TRUE$/i.test(text), format, date1904);
  if (NUMBER.test(text)) return typedCell(Number(text.replace(/,/g, '')), format, date1904);
  if (PERCENT.test(text)) return typedCell(Number(text.slice(0, -1)) / 100, format === 'General' ? '0%' : format, date1904);
  const date = parseDate(text);
  if (date) {
    const serial = serialOf(date.year, date.month, date.day, date1904);
    const shown = format === 'General' ? date.format : format;
    return { value: serial, text: textOf(serial, shown, date1904), type: 'Double', numberFormat: shown };
  }
  return { value: text, text, type: 'String', numberFormat: format };
}

/** A day's serial number in the workbook's date system (month 0-based). */
function serialOf(year: number, month: number, day: number, date1904: boolean): number {
  return serialOfDate(new Date(Date.UTC(year, month, day))) - (date1904 ? DATE_1904_OFFSET : 0);
}

const DATE_FORMULA = /^=DATE\((\d{4}),(\d{1,2}),(\d{1,2})\)$/i;

/** The formulas the product writes (HYPERLINK to a cell, DATE); any other formula is shown as #NAME? here. */
function formulaCell(formula: string, format: string, date1904: boolean): ModelCell {
  const link = HYPERLINK.exec(formula);
  if (link) {
    const shown = link[2].replace(/""/g, '"');
    return { value: shown, text: shown, type: 'String', numberFormat: format, formula };
  }
  const date = DATE_FORMULA.exec(formula);
  if (date) {
    // Excel counts the serial in the workbook's own date system.
    const serial = serialOf(Number(date[1]), Number(date[2]) - 1, Number(date[3]), date1904);
    return { value: serial, text: textOf(serial, format, date1904), type: 'Double', numberFormat: format, formula };
  }
  return { value: '#NAME?', text: '#NAME?', type: 'Error', numberFormat: format, formula };
}

/** Dates Excel recognises as typed in a UK locale: 15/10/2021, 2021-10-15, 15 Oct 2021, Oct 2021, October 2021. */
function parseDate(text: string): { year: number; month: number; day: number; format: string } | null {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 'dd/mm/yyyy');
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 'yyyy-mm-dd');
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{4})$/.exec(text);
  if (m && monthOf(m[2]) >= 0) return valid(Number(m[3]), monthOf(m[2]), Number(m[1]), 'd-mmm-yy');
  m = /^([A-Za-z]{3,9})[ -](\d{4})$/.exec(text);
  if (m && monthOf(m[1]) >= 0) return valid(Number(m[2]), monthOf(m[1]), 1, 'mmm-yy');
  return null;
}

function monthOf(word: string): number {
  const lower = word.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  const full = new Date(Date.UTC(2000, index, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }).toLowerCase();
  return index >= 0 && (lower.length === 3 || lower === full) ? index : -1;
}

function valid(year: number, month: number, day: number, format: string) {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day ? { year, month, day, format } : null;
}

/** Excel's auto-expansion: a value written in the column just right of a table, or the row just below it, joins the table. */
function extendTables(sheet: ModelSheet, written: [number, number][]): void {
  for (const table of sheet.tables) {
    let grown = true;
    while (grown) {
      const [top, left, bottom, right] = table.area;
      grown = false;
      if (written.some(([r, c]) => c === right + 1 && r >= top && r <= bottom)) {
        table.area = [top, left, bottom, right + 1];
        if (!sheet.cells.has(key(top, right + 1)))
          sheet.cells.set(key(top, right + 1), {
            value: `Column${right - left + 2}`,
            text: `Column${right - left + 2}`,
            type: 'String',
            numberFormat: 'General',
          });
        grown = true;
      } else if (written.some(([r, c]) => r === bottom + 1 && c >= left && c <= right)) {
        table.area = [top, left, bottom + 1, right];
        grown = true;
      }
    }
  }
}
