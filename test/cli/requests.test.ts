import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { ownSheetKind, readReturnsRecord, returnStatus } from '../../src/plan';
import { fillReturn } from '../helpers/returns';
import { returnFileNames } from '../../src/workbook/returnFiles';
import { readGrids } from '../../src/workbook/xlsx';
import { fixturePath } from '../helpers/fixtures';

const requests = (...args: string[]) => runCli('requests', ...args);

describe('board-plan requests', () => {
  const plan = fixturePath('llr-sab-2021-22.xlsx');

  it('writes one update return per lead into the folder, makes the folder, and says what it wrote', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'requests-')), 'returns');
    const result = await requests(plan, '--out-dir', dir, '--as-of', '2021-10-15', '--return-to', 'Board Business Officer');
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out.split('\n')[0]).toBe(`Wrote 7 update returns to ${dir}, as of 15 Oct 2021, to return by 29 Oct 2021:`);
    expect(result.out).toContain('  Update return - Audit Group - 2021-10-15.xlsx: 4 actions');
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(7);
    let actions = 0;
    for (const file of files) {
      const [grid] = await readGrids(new Uint8Array(readFileSync(path.join(dir, file))), file);
      expect(ownSheetKind(grid)).toBe('Update Return');
      expect(grid.rows[3]?.[0]?.text).toBe('Review as of 15 Oct 2021 · please return by 29 Oct 2021 to Board Business Officer');
      const header = grid.rows.findIndex((row) => row?.[0]?.text === 'Priority');
      actions += grid.rows.slice(header + 1).filter(Boolean).length;
    }
    // Every action of the plan is asked of exactly one lead.
    expect(actions).toBe(21);
  });

  it('replaces a set already written only with --force, and never writes half of one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'requests-'));
    const asked = ['--out-dir', dir, '--as-of', '2021-10-15'];
    expect((await requests(plan, ...asked)).code).toBe(0);
    const audit = path.join(dir, 'Update return - Audit Group - 2021-10-15.xlsx');
    writeFileSync(audit, 'kept');
    const refused = await requests(plan, ...asked);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^board-plan: 7 of the returns exist already in .*: add --force to replace them/);
    expect(readFileSync(audit, 'utf8')).toBe('kept');
    expect((await requests(plan, ...asked, '--force')).code).toBe(0);
    expect(readFileSync(audit).subarray(0, 2).toString()).toBe('PK');
  });

  test.each([
    [['--as-of', '2021-10-15'], /requests needs --out-dir/],
    [['--out-dir', 'x', '--return-by', '2021-01-01', '--as-of', '2021-10-15'], /--return-by \(2021-01-01\) is before the review date/],
    [['--out-dir', 'x', '--return-by', '1/11/2021'], /--return-by must be a date written YYYY-MM-DD/],
    [['--out-dir', 'x', '--json'], /not options of requests/],
  ])('refuses %j in one line', async (args, message) => {
    const result = await requests(plan, ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });

  it('with --out records who was asked on the Returns sheet of a copy, and a merge of that copy marks what came back', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'requests-'));
    const recorded = path.join(dir, 'plan-asked.xlsx');
    const result = await requests(plan, '--out-dir', dir, '--as-of', '2021-10-15', '--out', recorded);
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out).toContain(`Wrote ${recorded}: the plan with the requests recorded on "Returns" (the input is unchanged).`);
    const status = async (file: string) => {
      const grid = (await readGrids(new Uint8Array(readFileSync(file)), 'x.xlsx')).find((g) => g.name === 'Returns')!;
      expect(ownSheetKind(grid)).toBe('Returns');
      return readReturnsRecord(grid).map((r) => `${r.lead}: ${returnStatus(r)}${r.cameBack ? `, ${r.merged} merged` : ''}`);
    };
    expect(await status(recorded)).toHaveLength(7);
    expect(await status(recorded)).toContain('Audit Group: Awaiting reply');

    const audit = path.join(dir, 'Update return - Audit Group - 2021-10-15.xlsx');
    writeFileSync(audit, await fillReturn(new Uint8Array(readFileSync(audit)), [{ update: 'Audit tool agreed' }]));
    const merged = path.join(dir, 'plan-merged.xlsx');
    expect((await runCli('merge', recorded, audit, '--as-of', '2021-10-15', '--out', merged)).code).toBe(0);
    const after = await status(merged);
    expect(after).toContain('Audit Group: Came back, 1 merged');
    expect(after.filter((line) => line.endsWith('Awaiting reply'))).toHaveLength(6);
  });

  it('keeps --out-dir to requests', async () => {
    expect((await runCli('check', plan, '--out-dir', 'x')).code).toBe(2);
  });
});

describe('the file names of returns', () => {
  it('hold any lead safely, and tell apart names a disk that ignores case would take as one', () => {
    expect(returnFileNames(['Audit Group', 'Police / Health: "CCG"?', 'audit group', 'Board.', 'x'.repeat(80)], '2021-10-15')).toEqual([
      'Update return - Audit Group - 2021-10-15.xlsx',
      'Update return - Police Health CCG - 2021-10-15.xlsx',
      'Update return - audit group - 2021-10-15 (2).xlsx',
      'Update return - Board - 2021-10-15.xlsx',
      `Update return - ${'x'.repeat(60)} - 2021-10-15.xlsx`,
    ]);
  });
});
