import type { RagColumn, SheetGrid } from '../../plan';
import type { PlanWorkbookPort } from '../port';
import { readWorkbook } from './readExcel';
import { selectCell, writeRagColumns } from './writeExcel';
import { writeSheets } from './writeSheets';
import type { SheetSpec } from '../sheets';

/** Runs a batch against the workbook: Excel.run in the add-in, a test double in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook open in Excel, through Office.js. */
export class ExcelWorkbook implements PlanWorkbookPort {
  constructor(private readonly run: ExcelRunner) {}

  read(): Promise<SheetGrid[]> {
    return this.run(readWorkbook);
  }

  writeRagColumns(columns: RagColumn[]): Promise<void> {
    return this.run((context) => writeRagColumns(context, columns));
  }

  writeSheets(sheets: SheetSpec[]): Promise<void> {
    return this.run((context) => writeSheets(context, sheets));
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run((context) => selectCell(context, sheet, cell));
  }
}
