import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { signatureProblem } from './signature';
import { isCsvName, workbookFromCsv } from './csvFile';

/** A workbook file that cannot be read; the message is one line an officer can act on. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

async function readBytes(file: string): Promise<Buffer> {
  const name = path.basename(file);
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new WorkbookReadError(`${name} is a folder, not an .xlsx workbook`);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(`${file}: no such file`);
    if (code === 'EACCES') throw new WorkbookReadError(`${file}: permission denied`);
    throw new WorkbookReadError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
}

function loadCsv(bytes: Uint8Array, name: string): ExcelJS.Workbook {
  try {
    return workbookFromCsv(bytes, name);
  } catch (error) {
    throw new WorkbookReadError(`${name} cannot be read as CSV: it ${(error as Error).message}`);
  }
}

/** Opens an .xlsx file with exceljs, turning every failure into a one-line WorkbookReadError. */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(file);
  return loadWorkbookBytes(bytes, path.basename(file));
}

export async function loadWorkbookBytes(bytes: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  if (isCsvName(name)) return loadCsv(buffer, name);
  const problem = signatureProblem(buffer, name);
  if (problem) throw new WorkbookReadError(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    throw new WorkbookReadError(`${name} is damaged or truncated and cannot be opened (${reason})`);
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(`${name} has no worksheets`);
  return workbook;
}
