import { Day, ReviewSettings, displayDay } from '../plan';
import { WorkbookReadError, XlsxWorkbook, readGrids, workbookBytes } from '../workbook/xlsx';
import { damaged } from '../workbook/xlsx/load';

/**
 * "sample-plan – checked 15 Oct 2021.xlsx": a new name, so the officer's
 * original is never overwritten by the download; a macro-enabled workbook
 * stays .xlsm, the only name Excel opens it under.
 */
export function downloadName(fileName: string, asOf: Day): string {
  const extension = /\.xlsm$/i.test(fileName) ? '.xlsm' : '.xlsx';
  return `${fileName.replace(/\.(xlsx|xlsm|csv)$/i, '')} – checked ${displayDay(asOf)}${extension}`;
}

/**
 * Saves the workbook as a download, as Excel's "Save a copy" would, with its
 * chart and the review settings; the copy is opened again first, so the
 * preview never hands over a file it cannot read back.
 */
export async function downloadWorkbook(workbook: XlsxWorkbook, settings: ReviewSettings, name: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await workbookBytes(workbook, settings);
    await readGrids(bytes, name);
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? error.message : damaged(workbook.name, error).message;
    throw new Error(`The copy of ${workbook.name} could not be written and read back, so it was not downloaded: ${reason}`);
  }
  saveFile(bytes, name);
}

/** The media types of the files the preview hands over, by extension. */
const MEDIA_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  zip: 'application/zip',
};

/** Hands bytes to the browser as a download under `name`. */
export function saveFile(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MEDIA_TYPES[name.replace(/^.*\./, '')] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
