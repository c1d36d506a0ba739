import JSZip from 'jszip';
import { CellUpdate, RAG_COLUMN_WIDTH, RagColumn, columnLetter } from '../../../plan';
import type { SheetSpec } from '../../sheets';
import { addChartParts } from '../chartPart';
import { NS, addContentType, addRelationship, partText, putPart, xmlText } from '../package';
import { ragFormatRules, ragDifferentialFormat } from '../ragFormats';
import { excelEscaped } from '../xmlSafe';
import { derivedFormat } from './cellFormat';
import { CellWrite, SheetEdits, highestPriority, patchSheet } from './sheet';
import { updateWrite } from './cellUpdates';
import { EMPTY_STYLES, StylesPart } from './styles';
import { renderSheet } from './render';
import { SheetEntry, addSheet, dropCalcChain, removePartTree, setPrintNames, sheetEntries } from './workbookPart';

const STYLES_PART = 'xl/styles.xml';

/** What the product writes into a package: Computed RAG columns, cells of the plan from confirmed returns, its own sheets. */
interface PackageWrites {
  ragColumns?: RagColumn[];
  cells?: CellUpdate[];
  sheets?: SheetSpec[];
}

/** The package's bytes with the writes made, in a copy: the bytes given are never changed, so a write that fails part way leaves nothing half done. */
export async function writtenInto(bytes: Uint8Array, writes: PackageWrites): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await writeIntoPackage(zip, writes);
  // The fastest deflate: the parts written are the product's large sheets, and a file a little larger saves seconds at 10,000 actions.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/**
 * Writes into an .xlsx package only what the product means to write, as
 * splices into the parts it touches: Computed RAG cells into the officer's
 * sheets, the product's own sheets as parts of their own, and the formats
 * both need added to the styles part. Every other part — images, charts,
 * pivots, macros, comments, the officer's shared strings and names — is not
 * rewritten, so it stays byte for byte as it was.
 */
async function writeIntoPackage(zip: JSZip, writes: PackageWrites): Promise<void> {
  const styles = await stylesOf(zip);
  let overwroteFormula = false;
  const entries = await sheetEntries(zip);
  for (const column of writes.ragColumns ?? []) overwroteFormula = (await writeRagColumn(zip, entries, styles, column)) || overwroteFormula;
  if (writes.cells?.length) overwroteFormula = (await writeCellUpdates(zip, entries, styles, writes.cells)) || overwroteFormula;
  if (writes.sheets?.length) overwroteFormula = (await writeProductSheets(zip, styles, writes.sheets)) || overwroteFormula;
  putPart(zip, STYLES_PART, styles.text());
  if (overwroteFormula) await dropCalcChain(zip);
}

async function stylesOf(zip: JSZip): Promise<StylesPart> {
  const xml = await partText(zip, STYLES_PART);
  if (xml !== null) return new StylesPart(xml);
  await addRelationship(zip, 'xl/workbook.xml', `${NS.relationships}/styles`, 'styles.xml');
  await addContentType(zip, STYLES_PART, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
  return new StylesPart(EMPTY_STYLES);
}

function partOf(entries: SheetEntry[], sheet: string): SheetEntry {
  const entry = entries.find((e) => e.name === sheet);
  if (!entry?.part) throw new Error(`no sheet named ${sheet}`);
  return entry;
}

const inline = (ref: string, style: number, text: string) =>
  text === ''
    ? `<c r="${ref}" s="${style}"/>`
    : `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(excelEscaped(text))}</t></is></c>`;

/** A Computed RAG column: the values in the cells (each keeping its own format, wrapped at the top; the header bold), its width, its colours. */
async function writeRagColumn(zip: JSZip, entries: SheetEntry[], styles: StylesPart, column: RagColumn): Promise<boolean> {
  const { part } = partOf(entries, column.sheet);
  const xml = (await partText(zip, part))!;
  const letter = columnLetter(column.column);
  const cells = new Map<number, Map<number, CellWrite>>();
  column.values.forEach(([value], i) => {
    const row = column.headerRow + 1 + i;
    const write: CellWrite = (old) => inline(`${letter}${row}`, derivedFormat(styles, old?.style ?? 0, { bold: i === 0 }), value);
    cells.set(row, new Map([[column.column + 1, write]]));
  });
  const edits: SheetEdits = { cells, width: { column: column.column + 1, width: RAG_COLUMN_WIDTH } };
  if (column.values.length >= 2) {
    const sqref = `${letter}${column.headerRow + 2}:${letter}${column.headerRow + column.values.length}`;
    // An earlier run coloured the same cells: its formats stay, not doubled.
    const coloured = new RegExp(
      `<(?:[\\w.-]+:)?conditionalFormatting\\b[^>]*\\ssqref="${sqref}"[^>]*>(?:(?!</(?:[\\w.-]+:)?conditionalFormatting>)[\\s\\S])*?SEARCH\\(`,
    );
    if (!coloured.test(xml)) edits.elements = [{ name: 'conditionalFormatting', xml: ragFormatting(styles, sqref, highestPriority(xml)) }];
  }
  const patched = patchSheet(xml, edits);
  putPart(zip, part, patched.xml);
  return patched.overwroteFormula;
}

/** Cells of the officer's sheets written from confirmed returns: spliced in, each keeping its own format. */
async function writeCellUpdates(zip: JSZip, entries: SheetEntry[], styles: StylesPart, updates: CellUpdate[]): Promise<boolean> {
  let overwroteFormula = false;
  for (const sheet of new Set(updates.map((u) => u.sheet))) {
    const { part } = partOf(entries, sheet);
    const cells = new Map<number, Map<number, CellWrite>>();
    for (const update of updates.filter((u) => u.sheet === sheet)) {
      const row = cells.get(update.row + 1) ?? new Map<number, CellWrite>();
      row.set(update.col + 1, updateWrite(update, styles));
      cells.set(update.row + 1, row);
    }
    const patched = patchSheet((await partText(zip, part))!, { cells });
    putPart(zip, part, patched.xml);
    overwroteFormula ||= patched.overwroteFormula;
  }
  return overwroteFormula;
}

function ragFormatting(styles: StylesPart, sqref: string, priorityBase: number): string {
  const topLeft = sqref.split(':')[0];
  const rules = ragFormatRules(topLeft).map(
    ({ rag, formula }, i) =>
      `<cfRule type="expression" dxfId="${styles.add('dxfs', ragDifferentialFormat(rag))}" priority="${priorityBase + i + 1}"><formula>${xmlText(formula)}</formula></cfRule>`,
  );
  return `<conditionalFormatting sqref="${sqref}">${rules.join('')}</conditionalFormatting>`;
}

/**
 * The product's sheets, rendered from their layout (render.ts) as parts of
 * their own, or as rows below their own sheet's for a snapshot.
 */
async function writeProductSheets(zip: JSZip, styles: StylesPart, specs: SheetSpec[]): Promise<boolean> {
  let overwroteFormula = false;
  for (const spec of specs) {
    const entries = await sheetEntries(zip);
    const existing = entries.find((e) => e.name === spec.name);
    if (spec.mode === 'append') {
      if (!existing) throw new Error(`no sheet named ${spec.name} to append to`);
      overwroteFormula = (await appendRows(zip, existing, styles, spec)) || overwroteFormula;
      continue;
    }
    const rendered = renderSheet(spec, styles);
    let target: SheetEntry;
    if (existing) {
      // The product's own sheet, written anew in its place: its old drawing and chart go with it.
      await removePartTree(zip, existing.part);
      putPart(zip, existing.part, rendered.xml);
      await addContentType(zip, existing.part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
      target = existing;
    } else {
      const part = await addSheet(zip, spec.name, rendered.xml);
      target = { name: spec.name, part, index: entries.length };
    }
    await setPrintNames(zip, target.index, rendered.printNames(target.index));
    if (spec.charts.length > 0) await addChartParts(zip, target.part, spec.name, spec.charts);
  }
  return overwroteFormula;
}

/** Rows below the product's sheet's own (a review snapshot), with their merges and colours, spliced into its part. */
async function appendRows(zip: JSZip, entry: SheetEntry, styles: StylesPart, spec: SheetSpec): Promise<boolean> {
  const xml = (await partText(zip, entry.part))!;
  const added = renderSheet(spec, styles, highestPriority(xml));
  const cells = new Map<number, Map<number, CellWrite>>();
  const rowTags = new Map<number, string>();
  for (const [row, { tag, cells: written }] of added.rows) {
    if (row <= spec.startRow) continue;
    rowTags.set(row, tag);
    cells.set(row, new Map([...written].map(([column, cell]) => [column, () => cell])));
  }
  const elements = added.conditionalFormats.map((xml) => ({ name: 'conditionalFormatting', xml }));
  const patched = patchSheet(xml, { cells, rowTags, merges: added.merges, elements });
  putPart(zip, entry.part, patched.xml);
  return patched.overwroteFormula;
}
