import JSZip from 'jszip';
import type { SheetSpec } from '../../sheets';
import { NS } from '../package';
import { EMPTY_STYLES } from './styles';
import { writtenInto } from './index';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE = NS.relationships;

/** The least a package needs to be a workbook: its parts list, the workbook (no sheet yet) and its styles. */
const SKELETON: Record<string, string> = {
  '[Content_Types].xml': `${XML}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `${XML}<Relationships xmlns="${NS.package}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `${XML}<workbook xmlns="${NS.spreadsheet}" xmlns:r="${OFFICE}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${NS.package}"><Relationship Id="rId1" Type="${OFFICE}/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': EMPTY_STYLES,
};

/**
 * A workbook of the product's sheets alone (a lead's update return): made
 * from nothing, the sheets written into it as they are into an officer's
 * workbook, so it is the same SpreadsheetML and validates the same.
 */
export async function newWorkbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [part, text] of Object.entries(SKELETON)) zip.file(part, text);
  return writtenInto(await zip.generateAsync({ type: 'uint8array' }), { sheets });
}
