import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { checkOptionsFor, checkPlan, columnLetter } from '../../src/plan';
import { writeEverything } from '../../src/workbook/operations';
import { XlsxWorkbook, workbookBytes } from '../../src/workbook/xlsx';
import { openWithExceljs } from '../helpers/exceljsGrids';
import { spansOf } from '../../src/workbook/xlsx/patch/spans';
import { sheetEntries } from '../../src/workbook/xlsx/patch/workbookPart';
import { FIXTURES, fixturePath } from '../helpers/fixtures';

/**
 * The product writes into a copy of the officer's workbook only what it
 * means to: every part it does not write comes out byte for byte as it went
 * in, and an officer's sheet it writes a Computed RAG column into differs
 * only by that column's cells (and the column's width and colours).
 */

/** Parts every write may change: the package's lists of parts and relationships, the workbook's list of sheets and names, the styles it adds to. */
const LISTS = new Set(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);
const FILES = [
  ...FIXTURES.map(([file, day]) => [file, day] as [string, string]),
  ['rich-plan.xlsx', '2021-10-15'],
  ['rich-plan.xlsm', '2021-10-15'],
];

async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

async function written(file: string, asOf: string) {
  const input = readFileSync(fixturePath(file));
  const xlsx = await XlsxWorkbook.open(input, file);
  const done = await writeEverything(xlsx, checkOptionsFor({ asOf }), true);
  const columns = await xlsx.update((grids) => ({ result: checkPlan(grids, checkOptionsFor({ asOf })) }));
  const output = await workbookBytes(xlsx, { asOf });
  return { input: new Uint8Array(input), output, done, actions: columns.actions.length, xlsx };
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Every cell element of a sheet part by reference, as its text; and the sheet's top-level elements but its cells, columns and extent. */
function sheetParts(xml: string): { cells: Map<string, string>; rest: string[] } {
  const cells = new Map<string, string>();
  const rest: string[] = [];
  for (const span of spansOf(xml, (name, depth) => depth === 1 || (depth === 3 && name === 'c'))) {
    if (span.depth === 3) cells.set(span.attributes.r, xml.slice(span.start, span.end));
    else if (!['sheetData', 'cols', 'dimension'].includes(span.name)) rest.push(xml.slice(span.start, span.end));
  }
  return { cells, rest };
}

describe('writing a copy of the officer’s workbook', () => {
  test.each(FILES.filter(([file]) => !file.endsWith('.csv')))('leaves every part of %s it does not write as it was', async (file, asOf) => {
    const { input, output, done } = await written(file, asOf);
    const before = await entries(input);
    const after = await entries(output);
    const sheets = new Map((await sheetEntries(await JSZip.loadAsync(input))).map((s) => [s.part, s.name]));
    const changed: string[] = [];
    for (const [name, bytes] of before) {
      expect(after.has(name)).toBe(true);
      if (Buffer.compare(Buffer.from(bytes), Buffer.from(after.get(name)!)) !== 0) changed.push(name);
    }
    // Only the lists, and the sheets the plan's tables are on, ever change.
    const planSheets = new Set(done.result.tables.map((t) => t.sheet));
    for (const name of changed) expect(LISTS.has(name) || planSheets.has(sheets.get(name) ?? '')).toBe(true);
    // Every part written parses as XML.
    for (const [name, bytes] of after)
      if (/\.(xml|rels)$/.test(name)) expect(() => new SaxesParser().write(decode(bytes)).close()).not.toThrow();
  });

  test.each(FILES.filter(([file]) => !file.endsWith('.csv')))(
    'changes the plan sheets of %s only by the Computed RAG cells',
    async (file, asOf) => {
      const { input, output, xlsx } = await written(file, asOf);
      const parts = await sheetEntries(await JSZip.loadAsync(input));
      const [before, after] = [await entries(input), await entries(output)];
      for (const { part, name } of parts) {
        const [old, now] = [decode(before.get(part)!), decode(after.get(part)!)];
        if (old === now) continue;
        const ragColumns = new Set((xlsx.ragAreas.get(name) ?? []).map(([, column]) => columnLetter(column)));
        const a = sheetParts(old);
        const b = sheetParts(now);
        const inRagColumn = (ref: string) => ragColumns.has(ref.replace(/\d+$/, ''));
        for (const [ref, cell] of a.cells) if (!inRagColumn(ref)) expect([ref, b.cells.get(ref)]).toEqual([ref, cell]);
        for (const ref of b.cells.keys()) if (!a.cells.has(ref)) expect([ref, inRagColumn(ref)]).toEqual([ref, true]);
        // Elements other than cells, columns and extent stay, word for word; the only ones added colour the RAG column.
        for (const element of a.rest) expect(b.rest).toContain(element);
        for (const element of b.rest.filter((e) => !a.rest.includes(e)))
          expect(element).toMatch(/^<conditionalFormatting sqref="[A-Z]+\d+:[A-Z]+\d+">/);
      }
    },
  );

  it('keeps the officer’s image, chart, pivot table, notes, drop-downs, colours, names, link, custom XML and macros', async () => {
    const { input, output } = await written('rich-plan.xlsm', '2021-10-15');
    const [before, after] = [await entries(input), await entries(output)];
    for (const part of [
      'xl/media/image1.png',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing9.xml',
      'xl/charts/chart1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/comments2.xml',
      'xl/drawings/vmlDrawing2.vml',
      'customXml/item1.xml',
      'xl/vbaProject.bin',
    ]) {
      expect([part, Buffer.compare(Buffer.from(before.get(part)!), Buffer.from(after.get(part)!))]).toEqual([part, 0]);
    }
    const types = decode(after.get('[Content_Types].xml')!);
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const workbook = decode(after.get('xl/workbook.xml')!);
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="7" r:id="rId90"/></pivotCaches>');
    expect(workbook).toMatch(/<definedName name="LeadCounts">/);
    const priorities = decode(after.get('xl/worksheets/sheet2.xml')!);
    expect(priorities).toContain('sqref="G1:G1048576"');
    // The copy opens, with the officer's sheets and the product's.
    const reopened = await openWithExceljs(output);
    expect(reopened.worksheets.map((s) => s.name)).toEqual([
      'Business as usual',
      'Priorities',
      'Leads',
      'Pivot',
      'RAG History',
      'Board Summary',
      'Plan Check',
    ]);
  });

  it('writes the same sheets again in place, with nothing of the earlier run left behind', async () => {
    const first = await written('rich-plan.xlsx', '2021-10-15');
    const again = await XlsxWorkbook.open(first.output, 'copy.xlsx');
    await writeEverything(again, checkOptionsFor({ asOf: '2021-11-15' }), true);
    const twice = await entries(await workbookBytes(again, { asOf: '2021-11-15' }));
    const once = await entries(first.output);
    // The officer's own chart and the Board Summary's, now with its trend chart too (a review is saved before this one); one settings part.
    const charts = [...twice.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(3);
    expect([...twice.keys()].filter((n) => /^xl\/webextensions\/webextension\d+\.xml$/.test(n))).toHaveLength(1);
    expect([...twice.keys()].filter((n) => n !== charts[2]).sort()).toEqual([...once.keys()].sort());
    const sheets = (await openWithExceljs(await workbookBytes(again, {}))).worksheets.map((s) => s.name);
    expect(sheets).toEqual(['Business as usual', 'Priorities', 'Leads', 'Pivot', 'RAG History', 'Board Summary', 'Plan Check']);
    // Each table's Computed RAG column is coloured once (two tables on Priorities), not once per run.
    const colours = (parts: Map<string, Uint8Array>) => decode(parts.get('xl/worksheets/sheet2.xml')!).match(/SEARCH\(&quot;Red&quot;/g);
    expect(colours(once)).toHaveLength(2);
    expect(colours(twice)).toHaveLength(2);
    // RAG History holds both reviews.
    const history = (await again.read()).find((g) => g.name === 'RAG History')!;
    expect(history.rows.length).toBe(2 + 2 * first.actions);
  });
});
