import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { RAGS, checkOptionsFor } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';
import { writeEverything } from '../../src/workbook/operations';
import { XlsxWorkbook, savedSettings, workbookBytes } from '../../src/workbook/xlsx';
import { openWithExceljs } from '../helpers/exceljsGrids';
import { ADDIN } from '../../src/workbook/xlsx/read/settings';
import { NS, elements, relsOf } from '../../src/workbook/xlsx/package';
import { sheetEntries } from '../../src/workbook/xlsx/patch/workbookPart';
import { FIXTURES, fixturePath } from '../helpers/fixtures';

const REVIEW = { asOf: '2021-10-15', amberDays: 45, policy: 'progress-against-time' };
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

async function written(fixture: string) {
  const xlsx = await openWorkbookFile(fixturePath(fixture));
  const done = await writeEverything(xlsx, checkOptionsFor(REVIEW), false);
  const bytes = await workbookBytes(xlsx, REVIEW);
  return { bytes, zip: await JSZip.loadAsync(bytes), done };
}

const text = (zip: JSZip, name: string) => zip.file(name)!.async('string');

/** The text of every <c:v> under each element of a name, in order. */
function cached(xml: string, local: string): string[][] {
  const found: string[][] = [];
  let inside = 0;
  let inValue = false;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (tag.uri !== C) return;
    if (tag.local === local) {
      inside += 1;
      found.push([]);
    }
    if (tag.local === 'v' && inside) inValue = true;
  });
  parser.on('text', (t) => {
    if (inValue) found[found.length - 1].push(t);
  });
  parser.on('closetag', (tag) => {
    if (tag.local === local && tag.uri === C) inside -= 1;
    if (tag.local === 'v') inValue = false;
  });
  parser.write(xml).close();
  return found;
}

describe('a workbook saved as .xlsx (the command and the preview)', () => {
  it('carries the RAG-by-priority chart as a real chart part over the cells the layout keeps for it', async () => {
    const { bytes, zip, done } = await written('llr-sab-2021-22.xlsx');
    const sheetPart = (await sheetEntries(zip)).find((s) => s.name === 'Board Summary')!.part;
    const drawingRel = elements(await text(zip, relsOf(sheetPart)), 'Relationship', NS.package).find((r) => r.Type.endsWith('/drawing'))!;
    const sheetXml = await text(zip, sheetPart);
    expect(elements(sheetXml, 'drawing', NS.spreadsheet).map((d) => d[`{${NS.relationships}}id`])).toEqual([drawingRel.Id]);
    const drawingPart = path.posix.join(path.posix.dirname(sheetPart), drawingRel.Target);
    const chartRel = elements(await text(zip, relsOf(drawingPart)), 'Relationship', NS.package)[0];
    const chartXml = await text(zip, path.posix.join(path.posix.dirname(drawingPart), chartRel.Target));
    // A stacked horizontal bar per priority, one series per RAG, over the priorities table's cells.
    expect(elements(chartXml, 'barDir', C)[0].val).toBe('bar');
    expect(elements(chartXml, 'grouping', C)[0].val).toBe('stacked');
    // The first <c:tx> is the chart's title (rich text); then each series' name.
    expect(cached(chartXml, 'tx').slice(1)).toEqual([['Red'], ['Amber'], ['Green'], ['Blue'], ['Not rated']]);
    const counts = done.summary.priorities.map((p) => p.counts);
    expect(cached(chartXml, 'val')).toEqual(RAGS.map((rag) => counts.map((c) => String(c[rag]))));
    expect(cached(chartXml, 'cat')[0]).toEqual(['1', '2']);
    // The references point at the cells holding those same numbers.
    const summarySheet = (await openWithExceljs(bytes)).getWorksheet('Board Summary')!;
    const [, column, first, last] = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(/<c:val><c:numRef><c:f>([^<]+)/.exec(chartXml)![1])!;
    const reds = [];
    for (let row = Number(first); row <= Number(last); row += 1) reds.push(summarySheet.getCell(`${column}${row}`).value);
    expect(reds).toEqual(counts.map((c) => c.red));
    const contentTypes = await text(zip, '[Content_Types].xml');
    expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.drawing+xml');
  });

  it('keeps the review settings where Excel keeps the add-in’s, and reads them back', async () => {
    const { bytes, zip } = await written('llr-sab-2021-22.xlsx');
    expect(savedSettings(bytes)).toEqual(REVIEW);
    const part = Object.keys(zip.files).find((name) => /^xl\/webextensions\/webextension\d+\.xml$/.test(name))!;
    const xml = await text(zip, part);
    const manifest = readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect([ADDIN.id, ADDIN.version]).toEqual([/<Id>([^<]+)<\/Id>/.exec(manifest)![1], /<Version>([^<]+)<\/Version>/.exec(manifest)![1]]);
    expect(elements(xml, 'reference', 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11')[0].id).toBe(ADDIN.id);
    expect(await text(zip, '_rels/.rels')).toContain('webextensiontaskpanes');
  });

  it('reads no settings from a file without them, a CSV or bytes that are not a zip', async () => {
    expect(savedSettings(readFileSync(fixturePath('llr-sab-2021-22.xlsx')))).toEqual({});
    expect(savedSettings(readFileSync(fixturePath('table-tracker.csv')))).toEqual({});
  });

  it.each(FIXTURES.map(([file]) => file).filter((f) => f.endsWith('.xlsx')))(
    'writes %s as well-formed parts that exceljs opens again with the same sheets',
    async (fixture) => {
      const { bytes, zip, done } = await written(fixture);
      for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
        const xml = await text(zip, name);
        expect(() => new SaxesParser({ xmlns: true }).write(xml).close()).not.toThrow();
      }
      const reopened = await openWithExceljs(bytes);
      expect(reopened.getWorksheet('Board Summary')).toBeTruthy();
      expect(done.sheets).toEqual(['Board Summary', 'Plan Check']);
    },
  );
});

describe('text Excel stores escaped', () => {
  it('keeps the officer’s _x0001_ and _xFFFE_ as Excel wrote them, in XML that reads back', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixturePath('llr-sab-2021-22.xlsx')));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file('xl/sharedStrings.xml', strings.replace('<t>Audit Group</t>', '<t>Audit_x0001_ Group_xFFFE_</t>'));
    const xlsx = await XlsxWorkbook.open(await zip.generateAsync({ type: 'uint8array' }), 'plan.xlsx');
    const held = async () =>
      (await xlsx.read()).flatMap((grid) => grid.rows.flatMap((row) => row ?? [])).find((cell) => cell?.text.startsWith('Audit\u0001'))
        ?.text;
    expect(await held()).toBe('Audit\u0001 Group\uFFFE');
    await writeEverything(xlsx, checkOptionsFor(REVIEW), false);
    const bytes = await workbookBytes(xlsx, REVIEW);
    const written = await (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('string');
    expect(written).toContain('Audit_x0001_ Group_xFFFE_');
    expect(() => new SaxesParser({ xmlns: true }).write(written).close()).not.toThrow();
    await expect(openWithExceljs(bytes)).resolves.toBeTruthy();
    expect(await held()).toBe('Audit\u0001 Group\uFFFE');
  });
});
