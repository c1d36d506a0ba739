import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { csvRows, csvText, sheetName } from './csv';
import { fontsInOrder } from './patch/cellFormat';
import { excelEscaped } from './xmlSafe';

/**
 * A CSV plan as an .xlsx package of one sheet, named after the file,
 * holding the CSV's cells as text: the command and the preview then read
 * and write it as any other plan. Loaded on demand: exceljs is only needed
 * for a CSV, or to lay out the product's sheets.
 */
export async function csvPackage(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(name));
  csvRows(csvText(bytes)).forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      // A control character cannot stand in XML: written as Excel writes it (_x0001_), read back as itself.
      if (value.trim() !== '') row.getCell(c + 1).value = excelEscaped(value);
    });
  });
  return fontsPutInOrder(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** exceljs writes its default font's children out of the order Office expects: put in order, the package validates. */
async function fontsPutInOrder(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = zip.file('xl/styles.xml');
  if (!styles) return bytes;
  zip.file('xl/styles.xml', fontsInOrder(await styles.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
