import ExcelJS from 'exceljs';
import { Day, displayDay } from '../plan';
import { signatureProblem } from '../workbook/signature';
import { isCsvName, workbookFromCsv } from '../workbook/csvFile';

/** Opens .xlsx bytes in the browser, with the same one-line reasons as the command when it cannot. */
export async function openWorkbook(bytes: ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  if (isCsvName(name)) {
    try {
      return workbookFromCsv(new Uint8Array(bytes), name);
    } catch (error) {
      throw new Error(`${name} cannot be read as CSV: it ${(error as Error).message}`);
    }
  }
  const problem = signatureProblem(new Uint8Array(bytes), name);
  if (problem) throw new Error(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new Error(`${name} is damaged or truncated and cannot be opened (${String((error as Error).message ?? error).split('\n')[0]})`);
  }
  if (workbook.worksheets.length === 0) throw new Error(`${name} has no worksheets`);
  return workbook;
}

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
