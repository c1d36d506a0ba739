import type JSZip from 'jszip';
import { NS, addContentType, addRelationship, elements, freePartName, partText, putPart, relsOf } from '../package';
import { targetOf } from '../partNames';
import { fragmentIn } from './namespace';
import { Span, intoElement, spansOf, spliced } from './spans';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
export const WORKSHEET = {
  relationship: `${NS.relationships}/worksheet`,
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
};
/** CT_Workbook's children after <definedNames>: a new <definedNames> goes before the first of them. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export interface SheetEntry {
  name: string;
  /** The sheet's part, e.g. xl/worksheets/sheet2.xml. */
  part: string;
  /** Its position among the sheets (definedName localSheetId counts this). */
  index: number;
}

/** The workbook's sheets in order, with their parts. */
export async function sheetEntries(zip: JSZip): Promise<SheetEntry[]> {
  const workbook = (await partText(zip, WORKBOOK))!;
  const rels = elements((await partText(zip, WORKBOOK_RELS)) ?? '<Relationships/>', 'Relationship', NS.package);
  const targets = new Map(rels.map((r) => [r.Id, targetOf(WORKBOOK, r.Target)]));
  return elements(workbook, 'sheet', NS.spreadsheet).map((sheet, index) => ({
    name: sheet.name,
    part: targets.get(sheet[`{${NS.relationships}}id`]) ?? '',
    index,
  }));
}

function relationshipPrefix(root: Span): string | null {
  const declared = Object.entries(root.attributes).find(([name, value]) => name.startsWith('xmlns:') && value === NS.relationships);
  return declared ? declared[0].slice('xmlns:'.length) : null;
}

/** Adds a new, empty-named sheet part at the end of the workbook's sheets; gives its part name. */
export async function addSheet(zip: JSZip, name: string, xml: string): Promise<string> {
  const part = freePartName(zip, 'xl/worksheets/sheet', '.xml');
  putPart(zip, part, xml);
  const id = await addRelationship(zip, WORKBOOK, WORKSHEET.relationship, part.slice('xl/'.length));
  await addContentType(zip, part, WORKSHEET.contentType);
  const workbook = (await partText(zip, WORKBOOK))!;
  const spans = spansOf(workbook, (local, depth) => depth <= 1 || (depth === 2 && local === 'sheet'));
  const sheets = spans.find((s) => s.depth === 1 && s.name === 'sheets')!;
  const sheetIds = spans.filter((s) => s.depth === 2 && s.name === 'sheet').map((s) => Number(s.attributes.sheetId) || 0);
  const prefix = relationshipPrefix(spans[0]);
  const reference = prefix ? `${prefix}:id="${id}"` : `xmlns:r="${NS.relationships}" r:id="${id}"`;
  const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const element = fragmentIn(spans[0], `<sheet name="${escaped}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${reference}/>`);
  putPart(zip, WORKBOOK, spliced(workbook, intoElement(workbook, sheets, [{ text: element }])));
  return part;
}

/**
 * The sheet's print names (_xlnm.Print_Titles, _xlnm.Print_Area) replaced by
 * the given <definedName> elements; every other name stays as written.
 */
export async function setPrintNames(zip: JSZip, index: number, names: string[]): Promise<void> {
  const workbook = (await partText(zip, WORKBOOK))!;
  const spans = spansOf(workbook, (local, depth) => depth <= 1 || (depth === 2 && local === 'definedName'));
  const own = spans.filter(
    (s) =>
      s.name === 'definedName' && s.attributes.localSheetId === String(index) && /^_xlnm\.Print_(Titles|Area)$/.test(s.attributes.name),
  );
  const splices = own.map((s) => ({ at: s.start, length: s.end - s.start, text: '' }));
  const added = names.map((n) => fragmentIn(spans[0], n)).join('');
  const block = spans.find((s) => s.depth === 1 && s.name === 'definedNames');
  if (added && block) splices.push(...intoElement(workbook, block, [{ text: added }]));
  else if (added) {
    const next = spans.find((s) => s.depth === 1 && AFTER_DEFINED_NAMES.includes(s.name));
    splices.push({
      at: next ? next.start : spans[0].closeStart,
      length: 0,
      text: fragmentIn(spans[0], `<definedNames>${names.join('')}</definedNames>`),
    });
  }
  if (splices.length > 0) putPart(zip, WORKBOOK, spliced(workbook, splices));
}

/**
 * Removes a part with its relationships part, and each part those
 * relationships reach that nothing else in the package refers to (a product
 * sheet's old drawing and chart), with their content types.
 */
export async function removePartTree(zip: JSZip, part: string, keep: ReadonlySet<string> = new Set()): Promise<void> {
  const rels = await partText(zip, relsOf(part));
  zip.remove(part);
  await removeContentType(zip, part);
  if (rels === null) return;
  zip.remove(relsOf(part));
  for (const r of elements(rels, 'Relationship', NS.package)) {
    if (r.TargetMode === 'External') continue;
    const target = targetOf(part, r.Target);
    if (keep.has(target) || !zip.file(target) || (await referencedElsewhere(zip, target))) continue;
    await removePartTree(zip, target, keep);
  }
}

async function referencedElsewhere(zip: JSZip, target: string): Promise<boolean> {
  const file = target.split('/').pop()!;
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    if ((await partText(zip, name))!.includes(file)) return true;
  }
  return false;
}

export async function removeContentType(zip: JSZip, part: string): Promise<void> {
  const name = '[Content_Types].xml';
  const xml = (await partText(zip, name))!;
  const spans = spansOf(xml, (local, depth) => depth === 1 && local === 'Override');
  const own = spans.filter((s) => s.attributes.PartName === `/${part}`);
  if (own.length > 0)
    putPart(
      zip,
      name,
      spliced(
        xml,
        own.map((s) => ({ at: s.start, length: s.end - s.start, text: '' })),
      ),
    );
}

/** Removes the calculation chain: Excel rebuilds it, and one naming a cell that no longer holds a formula makes Excel repair the file. */
export async function dropCalcChain(zip: JSZip): Promise<void> {
  const part = 'xl/calcChain.xml';
  if (!zip.file(part)) return;
  zip.remove(part);
  await removeContentType(zip, part);
  const rels = (await partText(zip, WORKBOOK_RELS))!;
  const spans = spansOf(rels, (local, depth) => depth === 1 && local === 'Relationship').filter((s) =>
    s.attributes.Target.endsWith('calcChain.xml'),
  );
  putPart(
    zip,
    WORKBOOK_RELS,
    spliced(
      rels,
      spans.map((s) => ({ at: s.start, length: s.end - s.start, text: '' })),
    ),
  );
}
