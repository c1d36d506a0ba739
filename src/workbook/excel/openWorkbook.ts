/** Bytes as base64, in pieces: String.fromCharCode over a whole workbook would pass the engine's argument limit. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Opens a workbook's bytes as a new, unsaved workbook in Excel
 * (Excel.createWorkbook, ExcelApi 1.8: Excel on Windows, on the Mac and on
 * the web — where the browser may ask to allow a pop-up; not on the iPad).
 */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8'))
    throw new Error('this version of Excel cannot open a new workbook from an add-in: use the preview or the board-plan command');
  await Excel.createWorkbook(base64Of(bytes));
}
