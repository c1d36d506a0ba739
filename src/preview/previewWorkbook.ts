import type { Workbook } from 'exceljs';
import type { RagColumn } from '../plan';
import type { SheetSpec } from '../workbook/sheets';
import { XlsxWorkbook } from '../workbook/xlsxWorkbook';

export interface Selection {
  sheet: string;
  cell: string;
}

/**
 * The preview's workbook: an .xlsx opened with exceljs in the browser, behind
 * the same port as Excel. Writes go into the in-memory workbook (and into the
 * file "Download workbook" saves), selections into the grid beside the pane.
 */
export class PreviewWorkbook extends XlsxWorkbook {
  private listeners = new Set<() => void>();
  selection: Selection | null = null;

  constructor(workbook: Workbook, readonly fileName: string) {
    super(workbook);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async writeRagColumns(columns: RagColumn[]): Promise<void> {
    await super.writeRagColumns(columns);
    this.emit();
  }

  async writeSheets(sheets: SheetSpec[]): Promise<void> {
    await super.writeSheets(sheets);
    this.selection = { sheet: sheets[0].name, cell: 'A1' };
    this.emit();
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
