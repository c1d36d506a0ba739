import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** A workbook file that cannot be read; the message is one line an officer can act on. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

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

/** Says why bytes are not a workbook exceljs can open, before exceljs fails with a zip error. */
function checkSignature(bytes: Buffer, name: string): void {
  if (bytes.length === 0) throw new WorkbookReadError(`${name} is empty (0 bytes), not an .xlsx workbook`);
  if (bytes.subarray(0, 8).equals(OLE)) {
    throw new WorkbookReadError(bytes.includes(ENCRYPTION_STREAM)
      ? `${name} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx`
      : `${name} is an old-style .xls workbook: open it in Excel and save it as .xlsx`);
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new WorkbookReadError(`${name} is not an .xlsx workbook`);
}

/** Opens an .xlsx file with exceljs, turning every failure into a one-line WorkbookReadError. */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(file);
  return loadWorkbookBytes(bytes, path.basename(file));
}

export async function loadWorkbookBytes(bytes: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  checkSignature(buffer, name);
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
