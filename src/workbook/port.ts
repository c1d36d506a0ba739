import type { CellUpdate, RagColumn, ReviewSettings, SheetGrid } from '../plan';
import type { SheetSpec } from './sheets';

/** What one operation writes, planned from the read made in the same operation, and what it reports. */
export interface PlannedWrites<T> {
  /** Computed RAG columns (see planRagColumns), coloured by conditional formats. */
  ragColumns?: RagColumn[];
  /** The product's own sheets (Board Summary, Plan Check, RAG History) as laid out in src/workbook/sheets. */
  sheets?: SheetSpec[];
  /** Cells of the officer's plan a confirmed update return writes (values only; each cell keeps its format). */
  cells?: CellUpdate[];
  result: T;
}

/**
 * What the task pane and the command need of a workbook. The Excel adapter
 * (Office.js) and the file adapter (xlsx/) both implement it; components talk
 * only to this, never to Excel.run.
 */
export interface PlanWorkbookPort {
  /** Every sheet's cells, as the engine's grids. */
  read(): Promise<SheetGrid[]>;
  /**
   * One operation: reads the workbook afresh and writes what `plan` makes of
   * that read, so nothing is written from a read the officer has since
   * changed. `plan` refuses by returning no writes. In Excel this is one
   * Excel.run; a write that fails part way throws a WriteFailure saying
   * exactly what is in the workbook.
   */
  update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T>;
  /** Activates the sheet and selects the cell (A1 address). */
  select(sheet: string, cell: string): Promise<void>;
  /** Calls back when the workbook's cells change; resolves to the way to stop. Where the host cannot tell, absent. */
  watch?(onChange: () => void): Promise<() => void>;
}

/** A write that could not be completed. Its message says what the workbook holds now, for the officer. */
export class WriteFailure extends Error {}

/** The review settings an officer chooses, kept with the workbook so the next officer to open it sees the same. */
export type { ReviewSettings } from '../plan';

/** The name the review settings are kept under in the workbook's settings (workbook.settings in Excel; the add-in's webextension part in a file). */
export const SETTINGS_KEY = 'boardPlanTracker.review';

export interface SettingsStore {
  load(): Promise<ReviewSettings>;
  /** Rejects with a message for the officer when the workbook cannot keep them (read-only, view only). */
  save(settings: ReviewSettings): Promise<void>;
}
