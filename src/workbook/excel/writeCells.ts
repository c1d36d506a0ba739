import { CellUpdate, DATE_1904_OFFSET, SheetGrid, counted, columnLetter, dateOfDay, serialOfDate } from '../../plan';
import { isDateFormat } from '../displayText';
import { WriteFailure } from '../port';
import { DATE_FORMAT } from '../sheets';
import { Batches, CALL_BYTES, bytesOf, groupWithin } from './batches';
import { excelErrorText } from './errors';
import { PAYLOAD_BUDGET_BYTES, utf8Bytes } from './limits';

/** What Excel holds in a cell about to be written: whether it is a formula, and the number format the cell keeps. */
export interface TargetCell {
  formula: boolean;
  numberFormat: string;
}

/** A run of cells to write, one below the other in one column: read and written as one range. */
interface Run {
  sheet: string;
  col: number;
  top: number;
  cells: CellUpdate[];
}

const keyOf = (sheet: string, row: number, col: number) => `${sheet}\u0000${row},${col}`;

/** What reading or writing a cell's old text costs in a request or response, with room for its format. */
const cellBytes = (update: CellUpdate) => 2 * utf8Bytes(JSON.stringify(update.old)) + 64;

/**
 * Cells in runs down a column (a merge writes the same few columns of
 * consecutive rows), each run small enough for one call in a sync.
 */
function runsOf(cells: readonly CellUpdate[]): Run[] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: Run[] = [];
  let bytes = 0;
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    const next = last && last.sheet === cell.sheet && last.col === cell.col && last.top + last.cells.length === cell.row;
    if (next && bytes + cellBytes(cell) < PAYLOAD_BUDGET_BYTES / 4) {
      last.cells.push(cell);
      bytes += cellBytes(cell);
    } else {
      runs.push({ sheet: cell.sheet, col: cell.col, top: cell.row, cells: [cell] });
      bytes = cellBytes(cell);
    }
  }
  return runs;
}

const runBytes = (run: Run) => run.cells.reduce((sum, cell) => sum + cellBytes(cell), CALL_BYTES);

/**
 * Formulas and number formats of the cells a merge or undo is to write, a
 * run of cells per call: one sync for any usual plan. A formula is told
 * from text that merely starts with "=" by its value differing from it.
 */
export async function loadTargets(context: Excel.RequestContext, cells: readonly CellUpdate[]): Promise<Map<string, TargetCell>> {
  const found = new Map<string, TargetCell>();
  for (const group of groupWithin(runsOf(cells), runBytes)) {
    const ranges = group.map((run) => {
      const range = context.workbook.worksheets.getItem(run.sheet).getRangeByIndexes(run.top, run.col, run.cells.length, 1);
      range.load(['formulas', 'values', 'numberFormat']);
      return range;
    });
    await context.sync();
    group.forEach((run, i) =>
      run.cells.forEach((cell, r) => {
        const formula = ranges[i].formulas[r][0];
        found.set(keyOf(cell.sheet, cell.row, cell.col), {
          formula: typeof formula === 'string' && formula.startsWith('=') && formula !== String(ranges[i].values[r][0]),
          numberFormat: String(ranges[i].numberFormat[r][0]),
        });
      }),
    );
  }
  return found;
}

/** The cells of `cells` not yet in `known`. */
export function unknownTargets(cells: readonly CellUpdate[], known: ReadonlyMap<string, TargetCell>): CellUpdate[] {
  return cells.filter((cell) => !known.has(keyOf(cell.sheet, cell.row, cell.col)));
}

/** Marks the grid cells Excel says hold a formula, as the file reader does; true if any was not marked before. */
export function markFormulas(grids: SheetGrid[], targets: ReadonlyMap<string, TargetCell>): boolean {
  let marked = false;
  for (const grid of grids) {
    grid.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && !cell.formula && targets.get(keyOf(grid.name, r, c))?.formula) {
          row[c] = { ...cell, formula: true };
          marked = true;
        }
      }),
    );
  }
  return marked;
}

/**
 * Writes the cells of a confirmed merge (or its undo), values only, each
 * run of a column in three calls: text goes in under the Text format "@",
 * so Excel keeps "=…", "12" or "Oct 2021" as the text the lead wrote, then
 * the cell gets its own number format back; a date is its serial number in
 * the workbook's date system, given a date format where the cell shows
 * none; "" empties a cell. Fonts, fills and borders are never touched.
 */
export async function writeCells(
  context: Excel.RequestContext,
  cells: readonly CellUpdate[],
  targets: ReadonlyMap<string, TargetCell>,
  date1904: boolean,
): Promise<void> {
  const batches = new Batches();
  let queued = 0;
  const synced: number[] = [];
  for (const run of runsOf(cells)) {
    const formats = run.cells.map((cell) => formatAfter(cell, targets.get(keyOf(cell.sheet, cell.row, cell.col))!.numberFormat));
    const before = run.cells.map((cell, i) => [typeof cell.value === 'string' && cell.value !== '' ? '@' : formats[i]]);
    const values = run.cells.map((cell) => [excelValue(cell, date1904)]);
    const after = formats.map((format) => [format]);
    queued += run.cells.length;
    const upTo = queued;
    batches.add({
      sheet: run.sheet,
      bytes: bytesOf(values) + bytesOf(before) + bytesOf(after),
      apply: (sheet) => {
        const range = sheet.getRangeByIndexes(run.top, run.col, run.cells.length, 1);
        range.numberFormat = before;
        range.values = values;
        range.numberFormat = after;
        synced.push(upTo);
      },
    });
  }
  let done = 0;
  try {
    await batches.run(context, () => {
      done = synced[synced.length - 1] ?? 0;
    });
  } catch (error) {
    const first = cells.length > 0 ? `${cells[0].sheet}!${columnLetter(cells[0].col)}${cells[0].row + 1}` : '';
    throw new WriteFailure(
      `${done === 0 ? `Nothing was written into the plan (from ${first})` : `Only ${done} of ${counted(cells.length, 'cell')} were written`}; ` +
        `the Update Log lists every change asked for, and Undo last merge puts back those written: ${excelErrorText(error)}`,
    );
  }
}

/** The cell's number format after the write: its own, or a date's where a date goes into a cell that shows none. */
function formatAfter(cell: CellUpdate, own: string): string {
  return typeof cell.value === 'object' && !isDateFormat(own) ? DATE_FORMAT : own;
}

function excelValue(cell: CellUpdate, date1904: boolean): string | number {
  if (typeof cell.value !== 'object') return cell.value;
  return serialOfDate(dateOfDay(cell.value.day)) - (date1904 ? DATE_1904_OFFSET : 0);
}
