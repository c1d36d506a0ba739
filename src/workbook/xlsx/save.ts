import JSZip from 'jszip';
import type { ReviewSettings } from '../../plan';
import { addSettingsPart, readSettingsPart } from './addinPart';
import { addChartPart } from './chartPart';
import { sheetParts } from './package';
import { withXmlSafeText } from './xmlSafe';
import type { XlsxWorkbook } from '.';

/**
 * The workbook as .xlsx bytes: what exceljs writes, plus the parts it
 * cannot write — each chart the product laid out, and the review settings.
 */
export async function workbookBytes(workbook: XlsxWorkbook, settings: ReviewSettings): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await withXmlSafeText(workbook.workbook, () => workbook.workbook.xlsx.writeBuffer()));
  const parts = await sheetParts(zip);
  for (const [sheet, chart] of workbook.charts) {
    const part = parts.get(sheet);
    if (part) await addChartPart(zip, part, sheet, chart);
  }
  await addSettingsPart(zip, settings);
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
