import JSZip from 'jszip';
import type { ReviewSettings } from '../../plan';
import { readSettingsPart, writeSettingsPart } from './addinPart';
import type { XlsxWorkbook } from '.';

/** The workbook as .xlsx bytes to save: its package with everything written, and the review settings for the add-in. */
export async function workbookBytes(workbook: XlsxWorkbook, settings: ReviewSettings): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(workbook.bytes);
  await writeSettingsPart(zip, settings);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The review settings kept in .xlsx bytes for the add-in (none for a CSV or a file without them). */
export async function savedSettings(bytes: Uint8Array | ArrayBuffer): Promise<ReviewSettings> {
  try {
    return await readSettingsPart(await JSZip.loadAsync(bytes));
  } catch {
    return {};
  }
}
