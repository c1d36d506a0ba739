import { isCsvName } from './csv';
import { WorkbookReadError } from './readError';

export { WorkbookReadError } from './readError';

/**
 * Why a damaged file cannot be opened, in an officer's words, from what the
 * zip or XML reader threw: never the internal error.
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
 * The package the product works on for a file's bytes: an .xlsx as it is;
 * a CSV as the one-sheet workbook it reads as (exceljs, loaded only then,
 * writes it).
 */
export async function packageBytes(bytes: Uint8Array | ArrayBuffer, name: string): Promise<Uint8Array> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (!isCsvName(name)) return view;
  const { csvPackage } = await import('./csvPackage');
  try {
    return await csvPackage(view, name);
  } catch (error) {
    throw new WorkbookReadError(`${name} cannot be read as CSV: it ${(error as Error).message}`);
  }
}
