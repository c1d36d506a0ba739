import type { Workbook } from 'exceljs';
import { RAG_TEXT, RagColumn, SheetGrid, columnLetter } from '../plan';
import type { PlanWorkbookPort } from '../workbook/port';
import { gridsFromWorkbook } from '../workbook/xlsxGrids';
import { RAG_COLOURS } from '../workbook/excel/writeExcel';

export interface Selection {
  sheet: string;
  cell: string;
}

/**
 * The preview's workbook: an .xlsx opened with exceljs in the browser. Same
 * port as Excel; writes go into the in-memory workbook (and into the file
 * "Download workbook" saves), selections into the grid beside the pane.
 */
export class PreviewWorkbook implements PlanWorkbookPort {
  private listeners = new Set<() => void>();
  selection: Selection | null = null;
  /** Sheet → columns this page wrote a Computed RAG column into, for the grid's colours. */
  readonly ragColumns = new Map<string, Set<number>>();

  constructor(readonly workbook: Workbook, readonly fileName: string) {}

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async read(): Promise<SheetGrid[]> {
    return gridsFromWorkbook(this.workbook);
  }

  async writeRagColumns(columns: RagColumn[]): Promise<void> {
    for (const column of columns) {
      const sheet = this.workbook.getWorksheet(column.sheet);
      if (!sheet) throw new Error(`no sheet named ${column.sheet}`);
      column.values.forEach(([value], i) => {
        const cell = sheet.getCell(column.headerRow + 1 + i, column.column + 1);
        cell.value = value === '' ? null : value;
        if (i === 0) cell.font = { bold: true };
      });
      if (column.values.length > 1) sheet.addConditionalFormatting({ ref: dataRef(column), rules: ragRules() });
      this.ragColumns.set(column.sheet, (this.ragColumns.get(column.sheet) ?? new Set()).add(column.column));
    }
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

function dataRef(column: RagColumn): string {
  const top = column.headerRow + 2;
  const letter = columnLetter(column.column);
  return `${letter}${top}:${letter}${column.headerRow + column.values.length}`;
}

/** Worst first: a cell listing several parts ("Blue; Red") takes the colour of its worst. */
function ragRules() {
  return (Object.entries(RAG_TEXT) as [keyof typeof RAG_TEXT, string][]).map(([rag, text], priority) => ({
    type: 'containsText' as const,
    operator: 'containsText' as const,
    text,
    priority: priority + 1,
    style: {
      fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: `FF${RAG_COLOURS[rag].fill.slice(1)}` } },
      font: { color: { argb: `FF${RAG_COLOURS[rag].font.slice(1)}` } },
    },
  }));
}
