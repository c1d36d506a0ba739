import { copyFileSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from '../helpers/cli';
import { fixturePath } from '../helpers/fixtures';

const summary = (...args: string[]) => runCli('summary', ...args);

describe('board-plan summary', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'summary-'));
  const plan = fixturePath('llr-sab-2021-22.xlsx');

  it('writes a new workbook and says what it wrote', async () => {
    const result = await summary(plan, '--out', path.join(dir, 'a.xlsx'), '--as-of', '2021-10-15');
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'Board Summary: 21 actions, overall Red; 7 Red or Amber, 3 due in the next quarter, 6 recorded RAG differing',
    );
    expect(result.out).toContain('Plan Check: 0 errors, 3 warnings, 18 info');
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path.join(dir, 'a.xlsx'));
    const sheet = written.getWorksheet('Priorities')!;
    // The Computed RAG column is narrow, its header wrapped.
    expect([sheet.getCell('H5').value, sheet.getColumn(8).width, sheet.getCell('H5').alignment?.wrapText]).toEqual([
      'Computed RAG',
      11,
      true,
    ]);
    // Plan Check names each problem in plain words, with the priority's title and the rule's ID last.
    const check = written.getWorksheet('Plan Check')!;
    const rows = check
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as ExcelJS.CellValue[]).slice(1).map((v) => (typeof v === 'object' && v && 'text' in v ? v.text : v)));
    expect(rows).toContainEqual(['Severity', 'Problem', 'Priority', 'Cell', 'Message', 'Rule']);
    expect(rows).toContainEqual([
      'warning',
      'RAG not recognised',
      '2: Care Homes',
      'Priorities!G24',
      expect.stringMatching(/has RAG "Purple"/),
      'INVALID_RAG',
    ]);
  });

  it('prints RAG History on A4 landscape, one page wide, its headings on every page', async () => {
    const out = path.join(dir, 'snapshot.xlsx');
    expect((await summary(plan, '--out', out, '--as-of', '2021-10-15', '--snapshot')).code).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const { pageSetup } = written.getWorksheet('RAG History')!;
    expect([pageSetup.orientation, pageSetup.paperSize, pageSetup.fitToWidth, pageSetup.printTitlesRow]).toEqual([
      'landscape',
      9,
      1,
      '2:2',
    ]);
  });

  it.each([
    [[], 'summary needs --out <out.xlsx>: the input file is never changed'],
    [['--out', 'x.csv'], '--out must name an .xlsx file, not "x.csv"'],
    [['--out', 'x.xlsx', '--json'], '--json is an option of check, not summary'],
  ])('refuses %j with one line', async (args, message) => {
    expect(await summary(plan, ...args)).toEqual({ code: 2, out: '', err: `board-plan: ${message} (try: board-plan --help)\n` });
  });

  it('writes a macro-enabled plan as .xlsm with its VBA project, and refuses an .xlsx name Excel would not open it under', async () => {
    const macros = fixturePath('rich-plan.xlsm');
    expect((await summary(macros, '--out', path.join(dir, 'm.xlsx'))).err).toContain(
      '--out must name an .xlsm file (the plan holds macros), not',
    );
    const out = path.join(dir, 'm.xlsm');
    expect((await summary(macros, '--out', out, '--as-of', '2021-10-15')).code).toBe(0);
    const vba = async (file: string) => (await JSZip.loadAsync(readFileSync(file))).file('xl/vbaProject.bin')!.async('nodebuffer');
    expect((await vba(out)).equals(await vba(macros))).toBe(true);
  });

  it('never writes over the input, and replaces an existing --out only with --force', async () => {
    const input = path.join(dir, 'plan.xlsx');
    copyFileSync(plan, input);
    expect((await summary(input, '--out', input)).err).toContain('--out is the input file');
    const existing = path.join(dir, 'existing.xlsx');
    writeFileSync(existing, 'keep me');
    expect((await summary(input, '--out', existing)).err).toContain(`${existing} exists: add --force to replace it`);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect((await summary(input, '--out', existing, '--force')).code).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe('PK');
  });

  it('says so when the review date already has a snapshot', async () => {
    const first = path.join(dir, 'first.xlsx');
    await summary(plan, '--out', first, '--as-of', '2021-10-15', '--snapshot');
    const again = await summary(first, '--out', path.join(dir, 'again.xlsx'), '--as-of', '2021-10-15', '--snapshot');
    expect(again.code).toBe(0);
    expect(again.out).toContain('A snapshot as of 15 Oct 2021 is already on "RAG History": nothing was added.');
  });
});
