import ExcelJS from 'exceljs';
import { signatureProblem } from './signature';
import { isCsvName, workbookFromCsv } from './csv';
import { boundedBytes } from './bounds';
import { WorkbookReadError } from './readError';

export { WorkbookReadError } from './readError';

/**
 * Why a damaged file cannot be opened, in an officer's words, from what the
 * zip or XML reader (or exceljs's model) threw: never the internal error.
 */
export function damaged(name: string, error: unknown): WorkbookReadError {
  const message = String((error as Error)?.message ?? error);
  const reason = /central directory|end of data|corrupted zip|invalid (?:zip|signature)|crc32|compression|zip/i.test(message)
    ? 'the zip archive inside it is incomplete or broken (was the download or copy cut short?)'
    : /xml|tag|attribute|entity|char|parse|unexpected (?:end|close)/i.test(message) && !(error instanceof TypeError)
      ? 'one of its parts is not well-formed XML'
      : 'its contents are not laid out as Excel writes them';
  return new WorkbookReadError(`${name} is damaged and cannot be opened: ${reason}. Open it in Excel and save it again, or use a backup.`);
}

/**
 * Runs a library call with its console warnings held back: exceljs warns on
 * the console (a sheet name over 31 characters), which would reach the
 * officer's terminal as lines that are not the product's.
 */
export async function quietly<T>(call: () => Promise<T> | T): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await call();
  } finally {
    console.warn = warn;
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
 * The package the product works on for a file's bytes: an .xlsx as it is;
 * a CSV as the one-sheet workbook it reads as.
 */
export async function packageBytes(bytes: Uint8Array | ArrayBuffer, name: string): Promise<Uint8Array> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (!isCsvName(name)) return view;
  return new Uint8Array(await loadCsv(view, name).xlsx.writeBuffer());
}

/**
 * Opens a workbook's bytes (.xlsx, or .csv by its name) with exceljs, for
 * the command and the browser preview alike, turning every failure into a
 * one-line WorkbookReadError.
 */
export async function loadWorkbookBytes(bytes: Uint8Array | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (isCsvName(name)) return loadCsv(view, name);
  return loadPackage(view, name);
}

/** Opens .xlsx bytes with exceljs, whatever the file's name (a CSV's package reads as one). */
export async function loadPackage(view: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const problem = signatureProblem(view, name);
  if (problem) throw new WorkbookReadError(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    const bounded = await boundedBytes(view, name);
    await quietly(() => workbook.xlsx.load(bounded.bytes as unknown as ArrayBuffer));
    // exceljs decodes a sheet name's entities twice: a sheet called "Q&amp;A" would be read, and written back, as "Q&A".
    for (const sheet of workbook.worksheets) {
      const held = bounded.sheetNames.get(sheet.id);
      if (held !== undefined && held !== sheet.name) sheet.name = held;
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw damaged(name, error);
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(`${name} has no worksheets`);
  return workbook;
}
