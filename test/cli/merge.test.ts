import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { checkPlan, parseIsoDay } from '../../src/plan';
import { readGrids } from '../../src/workbook/xlsx';
import { fixturePath } from '../helpers/fixtures';
import { auditGroupReturn, fillReturn } from '../helpers/returns';

/** The Audit Group's return, filled in as the lead would: an update and a proposed RAG on its first action. */
async function filledReturn(dir: string): Promise<string> {
  const file = path.join(dir, 'audit.xlsx');
  writeFileSync(file, await fillReturn(await auditGroupReturn(), [{ update: 'Audit tool agreed', proposed: 'Amber' }]));
  return file;
}

describe('board-plan merge', () => {
  const plan = fixturePath('llr-sab-2021-22.xlsx');

  it('shows what the returns change and writes nothing without --out', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'merge-'));
    const result = await runCli('merge', plan, await filledReturn(dir), '--as-of', '2021-10-15');
    expect(result.code).toBe(0);
    expect(result.out).toContain('1 change from 1 return for llr-sab-2021-22.xlsx, as of 15 Oct 2021:');
    expect(result.out).toContain('audit.xlsx (Audit Group) → Priorities row 15');
    expect(result.out).toContain('[computed Red (overdue: due 31 Jul 2021, not complete)]');
    expect(result.out).toContain('Nothing written: add --out <copy.xlsx> to write 2 cells into a copy of the plan.');
  });

  it('with --out writes the update and the RAG into a copy, logs each cell with its old value, and leaves the plan as it was', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'merge-'));
    const out = path.join(dir, 'merged.xlsx');
    const before = readFileSync(plan);
    const result = await runCli('merge', plan, await filledReturn(dir), '--as-of', '2021-10-15', '--out', out);
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out).toContain(`Wrote ${out}: 2 cells of the plan, each logged with its old value on "Update Log"`);
    expect(readFileSync(plan).equals(before)).toBe(true);
    const grids = await readGrids(new Uint8Array(readFileSync(out)), 'merged.xlsx');
    const action = checkPlan(grids, { asOf: parseIsoDay('2021-10-15')! }).actions.find((a) => a.row === 15)!;
    expect([action.progress, action.recordedRag]).toEqual(['15 Oct 2021: Audit tool agreed', 'amber']);
    const log = grids.find((g) => g.name === 'Update Log')!;
    expect(log.rows.slice(2).map((row) => [row?.[1]?.text, row?.[4]?.text, row?.[5]?.text, row?.[6]?.text ?? '', row?.[7]?.text])).toEqual([
      ['audit.xlsx', 'F15', 'Progress', '', '15 Oct 2021: Audit tool agreed'],
      ['audit.xlsx', 'G15', 'RAG', 'R', 'Amber'],
    ]);
  });

  test.each([
    [['merge', 'plan.xlsx'], /merge needs the returns to merge/],
    [['merge', 'plan.csv', 'a.xlsx'], /save the plan as \.xlsx first/],
    [['merge', 'plan.xlsx', 'a.xlsx', '--progress', 'append'], /--progress must be replace or prepend/],
    [['check', 'plan.xlsx', '--include-flagged'], /options of merge/],
  ])('refuses %j in one line', async (args, message) => {
    const result = await runCli(...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('says a workbook that is not a return is not one', async () => {
    const result = await runCli('merge', plan, plan, '--as-of', '2021-10-15');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/llr-sab-2021-22\.xlsx is not an update return written by Board Plan Tracker/);
  });

  it('never writes over the plan itself', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'merge-'));
    const copy = path.join(dir, 'plan.xlsx');
    writeFileSync(copy, readFileSync(plan));
    const result = await runCli('merge', copy, await filledReturn(dir), '--out', copy, '--force', '--as-of', '2021-10-15');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--out is the plan itself/);
  });
});

describe('board-plan undo', () => {
  const plan = fixturePath('llr-sab-2021-22.xlsx');
  const cellsOf = async (file: string) => {
    const grids = await readGrids(new Uint8Array(readFileSync(file)), path.basename(file));
    const sheet = grids.find((g) => g.name === 'Priorities')!;
    return { F15: sheet.rows[14]?.[5], G15: sheet.rows[14]?.[6] };
  };

  it('puts back every cell the last merge wrote, as it was, and then has nothing left to undo', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'undo-'));
    const merged = path.join(dir, 'merged.xlsx');
    await runCli('merge', plan, await filledReturn(dir), '--as-of', '2021-10-15', '--out', merged);
    const undone = path.join(dir, 'undone.xlsx');
    const result = await runCli('undo', merged, '--out', undone);
    expect(result.out).toMatch(/^Undid the merge of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d: 2 cells put back as they were\./);
    expect(await cellsOf(undone)).toEqual(await cellsOf(plan));
    const again = await runCli('undo', undone, '--out', path.join(dir, 'again.xlsx'));
    expect(again.out).toContain('No merge on the Update Log is left to undo.');
  });

  it('leaves a cell the officer has edited since the merge, and says so', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'undo-'));
    const merged = path.join(dir, 'merged.xlsx');
    await runCli('merge', plan, await filledReturn(dir), '--as-of', '2021-10-15', '--out', merged);
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(merged);
    edited.getWorksheet('Priorities')!.getCell('G15').value = 'Green';
    await edited.xlsx.writeFile(merged);
    const undone = path.join(dir, 'undone.xlsx');
    const result = await runCli('undo', merged, '--out', undone);
    expect(result.out).toContain('1 cell put back as it was.');
    expect(result.out).toContain('Left: Priorities!G15 was edited after the merge: left as it is');
    const cells = await cellsOf(undone);
    expect([cells.F15, cells.G15?.text]).toEqual([(await cellsOf(plan)).F15, 'Green']);
  });

  it('adds revised-date and reason columns beside a table that has none only with --add-columns, puts evidence with the update, and undo takes it all away', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'merge-'));
    const file = path.join(dir, 'audit.xlsx');
    const entry = {
      update: 'Audit delayed by staffing',
      revised: new Date(Date.UTC(2021, 11, 31)),
      reason: 'Staff shortage',
      evidence: '3 audits held',
    };
    writeFileSync(file, await fillReturn(await auditGroupReturn(), [entry]));
    const asOf = ['--as-of', '2021-10-15'];

    const without = await runCli('merge', plan, file, ...asOf);
    expect(without.out).toContain('Not written: audit.xlsx row 8: the plan has no revised date column on Priorities');

    const out = path.join(dir, 'merged.xlsx');
    const result = await runCli('merge', plan, file, ...asOf, '--add-columns', '--out', out);
    expect([result.code, result.err]).toEqual([0, '']);
    const grids = await readGrids(new Uint8Array(readFileSync(out)), 'merged.xlsx');
    const priorities = grids.find((g) => g.name === 'Priorities')!;
    // The table's header is on row 5 and its last column G: the two columns go in H and I.
    expect([priorities.rows[4]?.[7]?.text, priorities.rows[4]?.[8]?.text]).toEqual(['Revised date', 'Reason for delay']);
    const action = checkPlan(grids, { asOf: parseIsoDay('2021-10-15')! }).actions.find((a) => a.row === 15)!;
    expect([action.revisedDue?.text, action.delayReason, action.progress]).toEqual([
      priorities.rows[14]?.[7]?.text,
      'Staff shortage',
      '15 Oct 2021: Audit delayed by staffing\nEvidence: 3 audits held',
    ]);
    expect(action.ragReason).toMatch(/^slipped to 31 Dec 2021/);

    const undone = path.join(dir, 'undone.xlsx');
    expect((await runCli('undo', out, '--out', undone)).code).toBe(0);
    const back = (await readGrids(new Uint8Array(readFileSync(undone)), 'undone.xlsx')).find((g) => g.name === 'Priorities')!;
    const original = (await readGrids(new Uint8Array(readFileSync(plan)), 'plan.xlsx')).find((g) => g.name === 'Priorities')!;
    expect(back.rows).toEqual(original.rows);
  });
});
