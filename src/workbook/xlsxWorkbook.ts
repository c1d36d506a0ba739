import type { Workbook } from 'exceljs';
import { RAG_COLUMN_WIDTH, RagColumn, SheetGrid, columnLetter } from '../plan';
import type { PlanWorkbookPort, PlannedWrites } from './port';
import type { Area, SheetSpec } from './sheets';
import { gridsFromWorkbook } from './xlsxGrids';
import { addRagFormats } from './xlsxRag';
import { writeSheets } from './xlsxSheets';

/**
 * An .xlsx workbook held by exceljs, behind the same port as Excel: the
 * board-plan command and the browser preview read and write through it.
 */
export class XlsxWorkbook implements PlanWorkbookPort {
  /** Sheet → the cells this workbook coloured as RAG (the preview's grid shows them). */
  readonly ragAreas = new Map<string, Area[]>();

  constructor(readonly workbook: Workbook) {}

  async read(): Promise<SheetGrid[]> {
    return gridsFromWorkbook(this.workbook);
  }

  /** In memory: the read, the plan and the writes follow one another with nothing between. */
  async update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T> {
    const planned = plan(await this.read());
    if (planned.ragColumns) this.writeRagColumns(planned.ragColumns);
    if (planned.sheets) this.writeSheets(planned.sheets);
    return planned.result;
  }

  private writeRagColumns(columns: RagColumn[]): void {
    for (const column of columns) {
      const sheet = this.workbook.getWorksheet(column.sheet);
      if (!sheet) throw new Error(`no sheet named ${column.sheet}`);
      column.values.forEach(([value], i) => {
        const cell = sheet.getCell(column.headerRow + 1 + i, column.column + 1);
        cell.value = value === '' ? null : value;
        if (i === 0) {
          cell.font = { bold: true };
          cell.alignment = { wrapText: true, vertical: 'top' };
        }
      });
      sheet.getColumn(column.column + 1).width = RAG_COLUMN_WIDTH;
      if (column.values.length < 2) continue;
      const letter = columnLetter(column.column);
      addRagFormats(sheet, `${letter}${column.headerRow + 2}:${letter}${column.headerRow + column.values.length}`);
      this.addRagArea(column.sheet, [column.headerRow + 1, column.column, column.headerRow + column.values.length - 1, column.column]);
    }
  }

  private writeSheets(specs: SheetSpec[]): void {
    writeSheets(this.workbook, specs);
    for (const spec of specs) {
      if (spec.mode === 'replace') this.ragAreas.delete(spec.name);
      for (const area of spec.ragAreas) this.addRagArea(spec.name, area);
    }
  }

  async select(_sheet: string, _cell: string): Promise<void> {
    // A file has no selection; the preview overrides this to show the cell.
  }

  private addRagArea(sheet: string, area: Area): void {
    this.ragAreas.set(sheet, [...(this.ragAreas.get(sheet) ?? []), area]);
  }
}
