import type { RagColumn, SheetGrid } from '../plan';
import type { SheetSpec } from './sheets';

/**
 * What the task pane and the command need of a workbook. The Excel adapter
 * (Office.js) and the exceljs adapter both implement it; components talk
 * only to this, never to Excel.run.
 */
export interface PlanWorkbookPort {
  /** Every sheet's cells, as the engine's grids. */
  read(): Promise<SheetGrid[]>;
  /** Writes planned Computed RAG columns (see planRagColumns), coloured by conditional formats. */
  writeRagColumns(columns: RagColumn[]): Promise<void>;
  /** Writes the product's own sheets (Board Summary, Plan Check, RAG History) as laid out in src/workbook/sheets. */
  writeSheets(sheets: SheetSpec[]): Promise<void>;
  /** Activates the sheet and selects the cell (A1 address). */
  select(sheet: string, cell: string): Promise<void>;
}
