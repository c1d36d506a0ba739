import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { readGrids } from '../../src/workbook/xlsx';
import { exceljsGrids } from '../helpers/exceljsGrids';
import { FIXTURES, fixturePath } from '../helpers/fixtures';

/**
 * The reader (src/workbook/xlsx/read) gives the engine the grids exceljs's
 * whole-workbook model gave: same cells, same text, same dates, fills,
 * merges, tables and hidden sheets, on every fixture and on the workbook
 * parts Excel writes that the fixtures do not.
 */
const same = async (bytes: Uint8Array) => {
  const ours = JSON.parse(JSON.stringify(await readGrids(bytes, 'plan.xlsx')));
  const theirs = JSON.parse(JSON.stringify(await exceljsGrids(bytes)));
  expect(ours).toEqual(theirs);
  return ours;
};

async function changed(file: string, change: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(fixturePath(file)));
  await change(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

const text = (zip: JSZip, name: string) => zip.file(name)!.async('string');

describe('reading a package as exceljs did', () => {
  // The plan formatted to the bottom is left out: exceljs takes seconds over its million formatted rows (the reader's bound is tested in xlsxBounds).
  const files = [...FIXTURES.map(([file]) => file).filter((f) => f !== 'formatted-to-bottom.xlsx'), 'rich-plan.xlsx', 'rich-plan.xlsm'];
  test.each(files)('reads %s to the same grids', async (file) => {
    await same(new Uint8Array(readFileSync(fixturePath(file))));
  });

  it('reads inline strings, phonetic guides, escaped characters, booleans, errors and formulas without results', async () => {
    const bytes = await changed('llr-sab-2021-22.xlsx', async (zip) => {
      const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
      const cells =
        '<c r="K1" t="inlineStr"><is><r><t>Inline </t></r><r><rPr><b/></rPr><t>rich</t></r></is></c>' +
        '<c r="L1" t="b"><v>1</v></c><c r="M1" t="e"><v>#N/A</v></c><c r="N1"><f>SUM(A1:A2)</f></c>' +
        '<c r="O1" t="str"><f>A1</f><v>Bell &amp; Co</v></c>';
      // And a merge down empty rows below the table: its rows but the first are rows of covered cells.
      const merged = sheet.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="Z20:Z22"/></mergeCells>');
      zip.file('xl/worksheets/sheet1.xml', merged.replace('</row>', `${cells.replace(/r="([K-O])1"/g, 'r="A$11"')}</row>`));
      const strings = await text(zip, 'xl/sharedStrings.xml');
      zip.file(
        'xl/sharedStrings.xml',
        strings.replace('<t>Audit Group</t>', '<t>Audit_x0001_Group</t><rPh sb="0" eb="1"><t>オーディット</t></rPh>'),
      );
    });
    const grids = await same(bytes);
    expect([19, 20, 21].map((r) => grids[0].rows[r]?.[25]?.master ?? null)).toEqual([null, 'Z20', 'Z20']);
    expect(grids[0].rows[0].slice(36, 41).map((c: { text: string } | null) => c?.text ?? null)).toEqual([
      'Inline rich',
      'TRUE',
      '#N/A',
      '',
      'Bell & Co',
    ]);
    // A formula with no result yet shows nothing, and is kept as a formula: a merge never writes over it.
    expect(grids[0].rows[0][39]).toEqual({ value: null, text: '', kind: 'empty', formula: true });
  });

  it('reads dates in the 1904 date system (Excel for Mac before 2011) four years and a day later', async () => {
    const firstDate = (grids: { rows: ({ kind: string; value: string } | null)[][] }[]) =>
      grids.flatMap((g) => g.rows.flat()).find((c) => c?.kind === 'date')!.value;
    const plain = await same(new Uint8Array(readFileSync(fixturePath('table-tracker.xlsx'))));
    const mac = await same(
      await changed('table-tracker.xlsx', async (zip) => {
        const workbook = await text(zip, 'xl/workbook.xml');
        zip.file('xl/workbook.xml', workbook.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>'));
      }),
    );
    expect((Date.parse(firstDate(mac)) - Date.parse(firstDate(plain))) / 86_400_000).toBe(1462);
  });

  it('reads fills given by theme colour and tint or by palette index', async () => {
    const bytes = await changed('luton-vision.xlsx', async (zip) => {
      // Cell formats 2 and 3 filled: one by a theme colour lightened by a tint, one by the legacy palette.
      const styles = await text(zip, 'xl/styles.xml');
      let xf = 0;
      zip.file(
        'xl/styles.xml',
        styles
          .replace(
            '<fills count="2">',
            '<fills count="4"><fill><patternFill patternType="solid"><fgColor theme="5" tint="0.39997558519241921"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor indexed="10"/></patternFill></fill>',
          )
          .replace(
            /<fills count="4">(<fill>.*?<\/fill>)(<fill>.*?<\/fill>)(<fill>.*?<\/fill>)(<fill>.*?<\/fill>)/,
            '<fills count="4">$3$4$1$2',
          )
          .replace(/<xf ([^>]*?)fillId="0"([^>]*?)xfId="0"/g, (whole, a: string, b: string) => {
            xf += 1;
            return xf === 3 ? `<xf ${a}fillId="3"${b}xfId="0"` : xf === 4 ? `<xf ${a}fillId="2"${b}xfId="0"` : whole;
          }),
      );
    });
    const grids = await same(bytes);
    const fills = new Set(
      grids[0].rows
        .flat()
        .map((c: { fill?: string } | null) => c?.fill)
        .filter(Boolean),
    );
    // The palette's red, and the file's theme's accent 2 (Office 2007's C0504D) lightened 40%.
    expect(fills).toEqual(new Set(['#FF0000', '#D99694']));
  });
});
