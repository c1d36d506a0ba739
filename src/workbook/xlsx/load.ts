import ExcelJS from 'exceljs';
import { signatureProblem } from './signature';
import { isCsvName, workbookFromCsv } from './csv';

/** A workbook file that cannot be read; the message is one line an officer can act on. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

function loadCsv(bytes: Uint8Array, name: string): ExcelJS.Workbook {
  try {
    return workbookFromCsv(bytes, name);
  } catch (error) {
    throw new WorkbookReadError(`${name} cannot be read as CSV: it ${(error as Error).message}`);
  }
}

/**
 * Opens a workbook's bytes (.xlsx, or .csv by its name) with exceljs, for
 * the command and the browser preview alike, turning every failure into a
 * one-line WorkbookReadError.
 */
export async function loadWorkbookBytes(bytes: Uint8Array | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (isCsvName(name)) return loadCsv(view, name);
  const problem = signatureProblem(view, name);
  if (problem) throw new WorkbookReadError(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(view as unknown as ArrayBuffer);
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    throw new WorkbookReadError(`${name} is damaged or truncated and cannot be opened (${reason})`);
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(`${name} has no worksheets`);
  return workbook;
}
