import type { Workbook } from 'exceljs';
import type { RagColumn, SheetGrid } from '../../plan';
import type { PlanWorkbookPort, PlannedWrites } from '../port';
import type { Area, ChartSpec, SheetSpec } from '../sheets';
import { gridsFromWorkbook } from './readXlsx';
import { damaged } from './load';
import { writeRagColumns } from './writeXlsx';
import { writeSheets } from './writeSheets';

export { gridFromWorksheet, gridsFromWorkbook } from './readXlsx';
export { WorkbookReadError, loadWorkbookBytes } from './load';
export { savedSettings, workbookBytes } from './save';

/**
 * An .xlsx workbook held by exceljs, behind the same port as Excel: the
 * board-plan command and the browser preview read and write through it.
 */
export class XlsxWorkbook implements PlanWorkbookPort {
  /** Sheet → the cells this workbook coloured as RAG (the preview's grid shows them). */
  readonly ragAreas = new Map<string, Area[]>();
  /** Sheet → the chart laid out on it, written as a chart part when the workbook is saved (save.ts). */
  readonly charts = new Map<string, ChartSpec>();

  /** `name` names the file in messages: "plan.xlsx is damaged…". */
  constructor(
    readonly workbook: Workbook,
    readonly name = 'The workbook',
  ) {}

  /** The grids; a model exceljs built but cannot be read (a damaged part it let through) is a WorkbookReadError in plain words. */
  async read(): Promise<SheetGrid[]> {
    try {
      return gridsFromWorkbook(this.workbook);
    } catch (error) {
      throw damaged(this.name, error);
    }
  }

  /** In memory: the read, the plan and the writes follow one another with nothing between. */
  async update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T> {
    const planned = plan(await this.read());
    if (planned.ragColumns) this.writeRagColumns(planned.ragColumns);
    if (planned.sheets) this.writeSheets(planned.sheets);
    return planned.result;
  }

  private writeRagColumns(columns: RagColumn[]): void {
    for (const { sheet, area } of writeRagColumns(this.workbook, columns)) this.addRagArea(sheet, area);
  }

  private writeSheets(specs: SheetSpec[]): void {
    writeSheets(this.workbook, specs);
    for (const spec of specs) {
      if (spec.mode === 'replace') {
        this.ragAreas.delete(spec.name);
        this.charts.delete(spec.name);
      }
      if (spec.chart) this.charts.set(spec.name, spec.chart);
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
