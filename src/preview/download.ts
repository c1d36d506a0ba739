import type ExcelJS from 'exceljs';
import { Day, displayDay } from '../plan';

/** "sample-plan – checked 15 Oct 2021.xlsx": a new name, so the officer's original is never overwritten by the download. */
export function downloadName(fileName: string, asOf: Day): string {
  return `${fileName.replace(/\.(xlsx|csv)$/i, '')} – checked ${displayDay(asOf)}.xlsx`;
}

/** Saves the workbook as a download, as Excel's "Save a copy" would. */
export async function downloadWorkbook(workbook: ExcelJS.Workbook, name: string): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
