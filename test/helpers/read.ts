import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/plan';
import { readGrids } from '../../src/workbook/xlsx';

/** A workbook a test built with exceljs, saved and read back by the product's reader, as the command reads a file. */
export async function gridsOf(workbook: ExcelJS.Workbook): Promise<SheetGrid[]> {
  return readGrids(new Uint8Array(await workbook.xlsx.writeBuffer()), 'plan.xlsx');
}
