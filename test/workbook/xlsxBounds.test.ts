import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { checkPlan, parseIsoDay, toPlanJson } from '../../src/plan';
import { WorkbookReadError, XlsxWorkbook, readGrids, workbookBytes } from '../../src/workbook/xlsx';
import { writeEverything } from '../../src/workbook/operations';
import { LIMITS, setUnpacker } from '../../src/workbook/xlsx/bounds';
import { unpacker as fflateUnpacker } from '../../src/workbook/xlsx/fflateUnzip';
import { clippedMerges } from '../../src/workbook/xlsx/read/merges';
import { fixturePath } from '../helpers/fixtures';

const FIXTURE = 'llr-sab-2021-22.xlsx';
const AS_OF = parseIsoDay('2021-10-15')!;

/** The fixture with its Priorities sheet's XML (sheet2) or workbook part changed. */
async function hostile(change: { sheet?: (xml: string) => string; workbook?: (xml: string) => string }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(fixturePath(FIXTURE)));
  if (change.sheet) zip.file('xl/worksheets/sheet2.xml', change.sheet(await zip.file('xl/worksheets/sheet2.xml')!.async('string')));
  if (change.workbook) zip.file('xl/workbook.xml', change.workbook(await zip.file('xl/workbook.xml')!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function checked(bytes: Uint8Array) {
  const grids = await (await XlsxWorkbook.open(bytes, 'plan.xlsx')).read();
  return JSON.stringify(toPlanJson(checkPlan(grids, { asOf: AS_OF })));
}

const plain = async () => checked(readFileSync(fixturePath(FIXTURE)));
const beforeEnd = (tag: string, added: string) => (xml: string) => xml.replace(`</${tag}>`, `${added}</${tag}>`);

describe('reading a workbook whose ranges claim the whole sheet', () => {
  // Each of these ran the command out of memory or past two minutes before the ranges were clipped.
  it.each([
    ['one merge over A1:XFD1048576', { sheet: (x: string) => x.replace(/<mergeCells[^>]*>/, '$&<mergeCell ref="J30:XFD1048576"/>') }],
    [
      'a column range to 99,999,999',
      { sheet: (x: string) => x.replace(/<cols>/, '<cols><col min="20" max="99999999" width="9" customWidth="1"/>') },
    ],
    [
      'a data validation over the whole sheet',
      {
        sheet: (x: string) =>
          x.replace(
            /<\/sheetData>/,
            '</sheetData><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"Red,Amber,Green"</formula1></dataValidation></dataValidations>',
          ),
      },
    ],
    [
      'a defined name over the whole sheet',
      { workbook: beforeEnd('workbook', '<definedNames><definedName name="Everything">Priorities!$A:$XFD</definedName></definedNames>') },
    ],
  ])('%s: reads the same plan, within a second', async (_case, change) => {
    const bytes = await hostile(change);
    const started = Date.now();
    expect(await checked(bytes)).toBe(await plain());
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('keeps whole-column validations as Excel writes them cheap (G1:G1048576 on every column)', async () => {
    const validations = Array.from({ length: 8 }, (_, i) => {
      const col = String.fromCharCode(65 + i);
      return `<dataValidation type="list" sqref="${col}1:${col}1048576"><formula1>"Red,Amber,Green"</formula1></dataValidation>`;
    }).join('');
    const bytes = await hostile({
      sheet: (x) => x.replace(/<\/sheetData>/, `</sheetData><dataValidations count="8">${validations}</dataValidations>`),
    });
    const started = Date.now();
    expect(await checked(bytes)).toBe(await plain());
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('clips merges reaching far past the cells to them, dropping those left covering one cell or none', () => {
    // Cells to C5 (row 4, column 2): a merge to XFD1048576 is cut there, one at Z900 starts past them.
    expect(
      clippedMerges(
        [
          [0, 0, 1, 1],
          [1, 1, 1048575, 16383],
          [899, 25, 900, 26],
          [4, 2, 9, 9],
        ],
        4,
        2,
      ),
    ).toEqual([
      [0, 0, 1, 1],
      [1, 1, 4, 2],
    ]);
    // Merges near the cells stay as written.
    expect(clippedMerges([[0, 0, 6, 3]], 4, 2)).toEqual([[0, 0, 6, 3]]);
  });
});

describe('reading a workbook too large to open', () => {
  it('says which part is too large and the limit, before unpacking it', async () => {
    const saved = LIMITS.partBytes;
    LIMITS.partBytes = 1000;
    try {
      await expect(readGrids(readFileSync(fixturePath(FIXTURE)), 'plan.xlsx')).rejects.toThrow(
        /^plan\.xlsx is too large to open: its part \S+ would take \d+ MB once unpacked \(the limit is 0 MB/,
      );
      await expect(readGrids(readFileSync(fixturePath(FIXTURE)), 'plan.xlsx')).rejects.toBeInstanceOf(WorkbookReadError);
    } finally {
      LIMITS.partBytes = saved;
    }
  });
});

describe('sheet names as the file holds them', () => {
  it('reads a sheet literally called "Q&amp;A <1>" by that name and writes it back so', async () => {
    const bytes = await hostile({ workbook: (x) => x.replace('name="Priorities"', 'name="Q&amp;amp;A &lt;1&gt;"') });
    const xlsx = await XlsxWorkbook.open(bytes, 'plan.xlsx');
    expect((await xlsx.read()).map((g) => g.name)).toEqual(['Business as usual', 'Q&amp;A <1>']);
    await writeEverything(xlsx, { asOf: AS_OF }, false);
    const written = await (await JSZip.loadAsync(await workbookBytes(xlsx, {}))).file('xl/workbook.xml')!.async('string');
    expect(written).toContain('name="Q&amp;amp;A &lt;1&gt;"');
  });
});

/** A zip whose directory says its sheet unpacks to 100 bytes while it unpacks to 3 MB. */
async function lyingZip(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(fixturePath(FIXTURE)));
  const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  zip.file('xl/worksheets/sheet2.xml', sheet.replace('</worksheet>', `${' '.repeat(3_000_000)}</worksheet>`));
  const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  const headers = [
    { signature: 0x02014b50, nameLength: 28, name: 46, size: 24 },
    { signature: 0x04034b50, nameLength: 26, name: 30, size: 22 },
  ];
  for (let i = 0; i < bytes.length - 4; i += 1) {
    const header = headers.find((h) => bytes.readUInt32LE(i) === h.signature);
    if (!header) continue;
    const name = bytes.toString('utf8', i + header.name, i + header.name + bytes.readUInt16LE(i + header.nameLength));
    if (name === 'xl/worksheets/sheet2.xml') bytes.writeUInt32LE(100, i + header.size);
  }
  return bytes;
}

describe('a zip whose directory understates what it unpacks to', () => {
  // The sheet declares 100 bytes and holds 3 MB.
  it('is refused by zlib at what it declares, and reads as damaged (the command, in Node)', async () => {
    await expect(readGrids(await lyingZip(), 'plan.xlsx')).rejects.toThrow(
      /^plan\.xlsx is damaged and cannot be opened: the zip archive inside it is incomplete or broken/,
    );
  });

  it('is cut by fflate at what it declares, its XML left unfinished, and reads as damaged (the browser)', async () => {
    setUnpacker(fflateUnpacker);
    try {
      await expect(readGrids(await lyingZip(), 'plan.xlsx')).rejects.toThrow(
        /^plan\.xlsx is damaged and cannot be opened: one of its parts is not well-formed XML/,
      );
    } finally {
      setUnpacker(undefined);
    }
  });
});
