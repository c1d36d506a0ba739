import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { checkOptionsFor, checkPlan } from '../../src/plan';
import { writeEverything } from '../../src/workbook/operations';
import { XlsxWorkbook, readGrids, workbookBytes } from '../../src/workbook/xlsx';
import { fixturePath } from '../helpers/fixtures';

/**
 * A workbook as the Open XML SDK writes it (the template office-addin-dev-settings
 * ships): every element prefixed x:, byte-order marks, absolute relationship
 * targets, no styles or shared strings part, and another add-in's task pane.
 * The product reads it and writes into it without breaking any of that.
 */
const REVIEW = { asOf: '2021-10-15' };
const ROWS = [
  ['Ref', 'Action', 'Lead', 'Due', 'Progress', 'RAG'],
  ['1.1', 'Audit of hospital discharge', 'Audit Group', 'Jul 2021', 'Report received', 'Green'],
  ['1.2', 'Refresh the escalation policy', 'Procedures Group', 'Dec 2021', 'Drafting', 'Amber'],
  ['1.3', 'Launch the training offer', 'Training Group', 'Mar 2022', '', 'Green'],
];

async function sdkPlan(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(fixturePath('sdk-template.xlsx')));
  const sheet = await zip.file('xl/worksheets/sheet.xml')!.async('string');
  const letters = 'ABCDEF';
  const rows = ROWS.map(
    (cells, r) =>
      `<x:row r="${r + 1}">${cells.map((text, c) => `<x:c r="${letters[c]}${r + 1}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`).join('')}</x:row>`,
  ).join('');
  zip.file('xl/worksheets/sheet.xml', sheet.replace('<x:sheetData />', `<x:sheetData>${rows}</x:sheetData>`));
  return zip.generateAsync({ type: 'uint8array' });
}

/** Parsed with namespaces: a prefix the product used without declaring it fails here. */
function wellFormed(xml: string): void {
  new SaxesParser({ xmlns: true }).write(xml.replace(/^\uFEFF/, '')).close();
}

describe('a workbook written by the Open XML SDK', () => {
  it('reads its prefixed cells as any other plan', async () => {
    const grids = await readGrids(await sdkPlan(), 'sdk.xlsx');
    expect(grids.map((g) => g.name)).toEqual(['Sheet1']);
    const result = checkPlan(grids, checkOptionsFor(REVIEW));
    expect(result.actions.map((a) => [a.ref, a.owner, a.rag])).toEqual([
      ['1.1', 'Audit Group', 'red'],
      ['1.2', 'Procedures Group', 'green'],
      ['1.3', 'Training Group', 'green'],
    ]);
  });

  it('takes the Computed RAG column, the product’s sheets and the settings, keeping the other add-in’s task pane', async () => {
    const input = await sdkPlan();
    const xlsx = await XlsxWorkbook.open(input, 'sdk.xlsx');
    await writeEverything(xlsx, checkOptionsFor(REVIEW), true);
    const output = await workbookBytes(xlsx, REVIEW);
    const [before, after] = [await JSZip.loadAsync(input), await JSZip.loadAsync(output)];
    const text = (zip: JSZip, name: string) => zip.file(name)!.async('string');
    for (const name of Object.keys(after.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      await expect(text(after, name).then(wellFormed)).resolves.toBeUndefined();
    }
    expect(await text(after, 'xl/webextensions/webextension.xml')).toBe(await text(before, 'xl/webextensions/webextension.xml'));
    const panes = await text(after, 'xl/webextensions/taskpanes.xml');
    expect(panes.match(/webextensionref/g)).toHaveLength(2);
    expect((await text(after, '_rels/.rels')).match(/webextensiontaskpanes/g)).toHaveLength(1);
    const grids = await readGrids(output, 'copy.xlsx');
    expect(grids.map((g) => g.name)).toEqual(['Sheet1', 'RAG History', 'Board Summary', 'Plan Check']);
    const sheet = grids[0];
    expect(sheet.rows.map((row) => row?.[6]?.text ?? '')).toEqual(['Computed RAG', 'Red', 'Green', 'Green']);
    expect(sheet.rows.map((row) => Array.from({ length: 6 }, (_, c) => row?.[c]?.text ?? ''))).toEqual(ROWS);
  });
});
