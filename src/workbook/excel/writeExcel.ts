import { RAG_TEXT, RagColumn } from '../../plan';
import { PAYLOAD_BUDGET_BYTES } from './limits';
import { RAG_COLOURS } from '../ragColours';

/** Bytes a column's values cost in a request; columns are batched so no request passes the budget. */
function bytesOf(column: RagColumn): number {
  return JSON.stringify(column.values).length + 2048;
}

function batches(columns: RagColumn[]): RagColumn[][] {
  const out: RagColumn[][] = [[]];
  let bytes = 0;
  for (const column of columns) {
    const size = bytesOf(column);
    if (bytes + size > PAYLOAD_BUDGET_BYTES && out[out.length - 1].length > 0) {
      out.push([]);
      bytes = 0;
    }
    out[out.length - 1].push(column);
    bytes += size;
  }
  return out;
}

/**
 * Writes each Computed RAG column as one 2-D array, coloured by conditional
 * formats (never per-cell fills), with calculation suspended until the sync.
 * One sync while under the payload budget.
 */
export async function writeRagColumns(context: Excel.RequestContext, columns: RagColumn[]): Promise<void> {
  for (const batch of batches(columns)) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const column of batch) queueColumn(context, column);
    await context.sync();
  }
}

function queueColumn(context: Excel.RequestContext, column: RagColumn): void {
  const sheet = context.workbook.worksheets.getItem(column.sheet);
  const range = sheet.getRangeByIndexes(column.headerRow, column.column, column.values.length, 1);
  range.values = column.values;
  range.getCell(0, 0).format.font.bold = true;
  if (column.values.length < 2) return;
  const data = sheet.getRangeByIndexes(column.headerRow + 1, column.column, column.values.length - 1, 1);
  data.conditionalFormats.clearAll();
  addRagFormats(data);
}

/** Colours RAG words by conditional formats, worst first, so a row of several actions ("Blue; Red") takes the colour of its worst. */
export function addRagFormats(range: Excel.Range): void {
  (Object.entries(RAG_TEXT) as [keyof typeof RAG_TEXT, string][]).forEach(([rag, text], priority) => {
    const format = range.conditionalFormats.add('ContainsText');
    format.priority = priority;
    format.stopIfTrue = true;
    format.textComparison.format.fill.color = RAG_COLOURS[rag].fill;
    format.textComparison.format.font.color = RAG_COLOURS[rag].font;
    format.textComparison.rule = { operator: 'Contains', text };
  });
}

/** Activates the sheet and selects the cell, in one sync. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
