import { RAGS, RAG_COLUMN_WIDTH, RAG_TEXT, RagColumn, columnLetter } from '../../plan';
import { columnPoints } from '../sheets/page';
import { RAG_COLOURS } from '../ragColours';
import { WriteFailure } from '../port';
import { Batches, CALL_BYTES, bytesOf } from './batches';
import { excelErrorText } from './errors';

/** Five conditional formats and a clear: what colouring one column costs in a request. */
const COLOURING_BYTES = 6 * 6 * CALL_BYTES;

/**
 * Writes each Computed RAG column as one 2-D array, coloured by conditional
 * formats (never per-cell fills), with calculation suspended until the sync.
 * One sync while under the payload budget; should a later one fail, the
 * message names the columns written and those not.
 */
export async function writeRagColumns(context: Excel.RequestContext, columns: RagColumn[]): Promise<void> {
  const batches = new Batches();
  const synced: number[] = [];
  columns.forEach((column, i) =>
    batches.add({
      sheet: column.sheet,
      bytes: bytesOf(column.values) + COLOURING_BYTES,
      apply: (sheet) => {
        writeColumn(sheet, column);
        synced.push(i);
      },
    }),
  );
  let done = 0;
  try {
    await batches.run(context, () => {
      done = synced.length;
    });
  } catch (error) {
    const where = (list: RagColumn[]) => list.map((c) => `${c.sheet}!${columnLetter(c.column)}`).join(', ');
    const written = columns.slice(0, done);
    const prefix =
      written.length > 0 ? `Computed RAG written in ${where(written)}; not in ${where(columns.slice(done))}` : 'Nothing was written';
    throw new WriteFailure(`${prefix}: ${excelErrorText(error)}`);
  }
}

function writeColumn(sheet: Excel.Worksheet, column: RagColumn): void {
  const range = sheet.getRangeByIndexes(column.headerRow, column.column, column.values.length, 1);
  range.values = column.values;
  // Wrapped, so a cell naming several parts ("Amber; Blue; Red") stays in its narrow column on screen and on paper.
  range.format.wrapText = true;
  range.format.verticalAlignment = Excel.VerticalAlignment.top;
  range.getCell(0, 0).format.font.bold = true;
  range.format.columnWidth = columnPoints(RAG_COLUMN_WIDTH);
  if (column.values.length < 2) return;
  const data = sheet.getRangeByIndexes(column.headerRow + 1, column.column, column.values.length - 1, 1);
  data.conditionalFormats.clearAll();
  addRagFormats(data);
}

/**
 * Colours RAG words by conditional formats. add() puts each new format at
 * the top, so they are added best first and Red ends on top: a cell listing
 * several parts ("Blue; Red") takes the colour of its worst. No priority is
 * ever set: after a change of priority the API's object must be fetched
 * again before it can be changed further (its documentation).
 */
export function addRagFormats(range: Excel.Range): void {
  for (const rag of [...RAGS].reverse()) {
    const format = range.conditionalFormats.add('ContainsText');
    format.stopIfTrue = true;
    format.textComparison.format.fill.color = RAG_COLOURS[rag].fill;
    format.textComparison.format.font.color = RAG_COLOURS[rag].font;
    format.textComparison.rule = { operator: 'Contains', text: RAG_TEXT[rag] };
  }
}

/** Activates the sheet and selects the cell, in one sync. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
