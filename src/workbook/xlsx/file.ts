import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { WorkbookReadError, loadWorkbookBytes } from './load';

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
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await readBytes(file), path.basename(file));
}
