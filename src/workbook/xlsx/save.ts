import type { ReviewSettings } from '../../plan';
import { readSettings } from './read/settings';
import type { XlsxWorkbook } from '.';

/** The workbook as .xlsx bytes to save: its package with everything written, and the review settings for the add-in. */
export async function workbookBytes(workbook: XlsxWorkbook, settings: ReviewSettings): Promise<Uint8Array> {
  const [{ default: JSZip }, { writeSettingsPart }] = await Promise.all([import('jszip'), import('./addinPart')]);
  const zip = await JSZip.loadAsync(workbook.bytes);
  await writeSettingsPart(zip, settings);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The review settings kept in .xlsx bytes for the add-in (none for a CSV, a file without them, or bytes that are not a zip). */
export function savedSettings(bytes: Uint8Array | ArrayBuffer): ReviewSettings {
  try {
    return readSettings(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  } catch {
    return {};
  }
}
