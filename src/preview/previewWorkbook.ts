import { SheetGrid, columnLetter } from '../plan';
import type { PlannedWrites } from '../workbook/port';
import { XlsxWorkbook } from '../workbook/xlsx';

export interface Selection {
  sheet: string;
  cell: string;
}

/**
 * The preview's workbook: an .xlsx opened in the browser, behind
 * the same port as Excel. Writes go into the in-memory workbook (and into the
 * file "Download workbook" saves), selections into the grid beside the pane.
 */
export class PreviewWorkbook extends XlsxWorkbook {
  private listeners = new Set<() => void>();
  selection: Selection | null = null;
  /** Something has been written since the file was opened or last downloaded: leaving would lose it. */
  unsaved = false;

  /** The officer has downloaded the results: leaving no longer loses them. */
  markSaved(): void {
    this.unsaved = false;
  }

  /** The file's name as the officer opened it. */
  get fileName(): string {
    return this.name;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T> {
    let shown: Selection | null = null;
    const result = await super.update((grids) => {
      const planned = plan(grids);
      const [sheet] = planned.sheets ?? [];
      const [cell] = planned.cells ?? [];
      // The first plan cell a merge wrote, else the first sheet written: what the officer wants to see next.
      if (cell) shown = { sheet: cell.sheet, cell: `${columnLetter(cell.col)}${cell.row + 1}` };
      else if (sheet) shown = { sheet: sheet.name, cell: 'A1' };
      if (shown || (planned.ragColumns ?? []).length > 0) this.unsaved = true;
      return planned;
    });
    if (shown) this.selection = shown;
    this.emit();
    return result;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
