import { promises as fs } from 'node:fs';
import path from 'node:path';
import { WorkbookReadError } from './load';
import { XlsxWorkbook } from '.';

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

/** Opens a workbook file for the command (Node only: the preview hands over bytes). */
export async function openWorkbookFile(file: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await readBytes(file), path.basename(file));
}
