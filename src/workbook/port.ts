import type { RagColumn, SheetGrid } from '../plan';

/**
 * What the task pane needs of a workbook. The Excel adapter (Office.js) and
 * the preview's adapter (exceljs) both implement it; components talk only to
 * this, never to Excel.run.
 */
export interface PlanWorkbookPort {
  /** Every sheet's cells, as the engine's grids. */
  read(): Promise<SheetGrid[]>;
  /** Writes planned Computed RAG columns (see planRagColumns), coloured by conditional formats. */
  writeRagColumns(columns: RagColumn[]): Promise<void>;
  /** Activates the sheet and selects the cell (A1 address). */
  select(sheet: string, cell: string): Promise<void>;
}
