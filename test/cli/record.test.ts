import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { checkPlan, ownSheetKind, parseIsoDay, toPlanJson } from '../../src/plan';
import { readGrids } from '../../src/workbook/xlsx';
import { fixturePath } from '../helpers/fixtures';

const plan = fixturePath('llr-sab-2021-22.xlsx');
const readBack = async (file: string, asOf: string) => {
  const grids = await readGrids(new Uint8Array(readFileSync(file)), path.basename(file));
  return { grids, json: toPlanJson(checkPlan(grids, { asOf: parseIsoDay(asOf)! })) };
};

describe('board-plan record', () => {
  it("adds the subgroup's proposal, then the executive's decision, to a copy's Priority Assurance sheet, read back as the priority's log", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'record-'));
    const proposed = path.join(dir, 'proposed.xlsx');
    const first = await runCli(
      'record',
      plan,
      '--priority',
      '1',
      '--proposal',
      'amber',
      '--comment',
      'Analysis late',
      '--risks',
      'Data sharing',
      '--recommendations',
      'Escalate',
      '--as-of',
      '2021-10-15',
      '--out',
      proposed,
    );
    expect([first.code, first.err, first.out]).toEqual([
      0,
      '',
      `Wrote ${proposed}: Proposal for priority 1 (Amber, 2021-10-15), on "Priority Assurance" (the input is unchanged).\n`,
    ]);
    const decided = path.join(dir, 'decided.xlsx');
    expect(
      (
        await runCli(
          'record',
          proposed,
          '--priority',
          '1',
          '--decision',
          'Red',
          '--comment',
          'Not assured',
          '--as-of',
          '2021-10-20',
          '--out',
          decided,
        )
      ).code,
    ).toBe(0);
    const { grids, json } = await readBack(decided, '2021-10-20');
    expect(ownSheetKind(grids.find((g) => g.name === 'Priority Assurance')!)).toBe('Priority Assurance');
    const { proposal, decision } = json.priorities[0].assurance;
    expect([proposal?.date, proposal?.rag, proposal?.comments, proposal?.risks, proposal?.recommendations]).toEqual([
      '2021-10-15',
      'amber',
      'Analysis late',
      'Data sharing',
      'Escalate',
    ]);
    expect([decision?.date, decision?.rag, decision?.comments, decision?.sheet]).toEqual([
      '2021-10-20',
      'red',
      'Not assured',
      'Priority Assurance',
    ]);
    // The plan's own sheets are as they were: the entry went onto the product's sheet alone.
    const before = (await readBack(plan, '2021-10-20')).grids;
    expect(grids.filter((g) => g.name !== 'Priority Assurance')).toEqual(before);
  });

  test.each([
    [['--priority', '9', '--decision', 'Red'], /The plan has no priority "9": it has 1, 2\./],
    [['--priority', '1', '--decision', 'Purple'], /--decision must be Red, Amber, Green or Blue, not "Purple"/],
    [['--priority', '1', '--proposal', 'G', '--decision', 'R'], /one of --proposal <RAG> .* or --decision <RAG>/],
    [['--proposal', 'G'], /record needs --priority/],
  ])('refuses %j in one line, writing nothing', async (args, message) => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'record-')), 'x.xlsx');
    const result = await runCli('record', plan, ...args, '--as-of', '2021-10-15', '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('board-plan record --into-plan-log', () => {
  it("writes the executive's decision into the row below the plan's own action log, logged, and undo takes it out again", async () => {
    const seed = fixturePath('lrscb-2014-15.xlsx');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'record-'));
    const out = path.join(dir, 'decided.xlsx');
    const result = await runCli(
      'record',
      seed,
      '--priority',
      '2B',
      '--decision',
      'Amber',
      '--comment',
      'Agreed',
      '--into-plan-log',
      '--as-of',
      '2014-10-15',
      '--out',
      out,
    );
    expect([result.code, result.err, result.out]).toEqual([
      0,
      '',
      `Wrote ${out}: Decision for priority 2b (Amber, 2014-10-15), on "Action Log", each cell logged on the Update Log (the input is unchanged).\n`,
    ]);
    const { grids, json } = await readBack(out, '2014-10-15');
    const log = grids.find((g) => g.name === 'Action Log')!;
    // Row 7: priority, date, the executive's comments and decided RAG; the subgroup's columns left empty.
    expect(Array.from(log.rows[6] ?? [], (cell) => cell?.text ?? '')).toEqual(['2b', '15 Oct 2014', '', '', '', '', 'Agreed', '', 'Amber']);
    expect(json.priorities.find((p) => p.code === '2b')?.assurance.decision).toMatchObject({
      rag: 'amber',
      date: '2014-10-15',
      sheet: 'Action Log',
      cell: 'I7',
    });
    expect(json.findings.map((f) => f.rule)).not.toContain('DECISION_AWAITED');
    expect(grids.map((g) => g.name)).toContain('Update Log');
    expect(grids.map((g) => g.name)).not.toContain('Priority Assurance');

    const undone = path.join(dir, 'undone.xlsx');
    expect((await runCli('undo', out, '--out', undone)).code).toBe(0);
    const back = (await readBack(undone, '2014-10-15')).grids.find((g) => g.name === 'Action Log')!;
    expect(back.rows).toEqual((await readBack(seed, '2014-10-15')).grids.find((g) => g.name === 'Action Log')!.rows);
  });

  it('refuses a plan that keeps no action log, writing nothing', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'record-')), 'x.xlsx');
    const result = await runCli(
      'record',
      plan,
      '--priority',
      '1',
      '--decision',
      'Red',
      '--into-plan-log',
      '--as-of',
      '2021-10-15',
      '--out',
      out,
    );
    expect([result.code, result.err]).toEqual([2, expect.stringMatching(/keeps no action log for priority 1 to write into/)]);
    expect(existsSync(out)).toBe(false);
  });
});
