import { execFile, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { run } from '../../src/cli/run';
import { checkFixture, fixturePath } from '../helpers/fixtures';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe('board-plan check', () => {
  it('exits 0 and prints a report by sheet and priority when the plan has no errors', async () => {
    const { code, stdout, stderr } = await cli('check', fixturePath('llr-sab-2021-22.xlsx'), '--as-of', '2021-10-15');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('As of 15 Oct 2021');
    expect(stdout).toContain("Sheet 'Priorities'");
    expect(stdout).toMatch(/Priority 1: Hidden Harm\n\s+RAG RED — 16 actions: 3 red, 2 amber, 6 green, 5 blue, 0 not rated/);
    expect(stdout).toContain("'Business as usual': table at row 4");
  });

  it('exits 1 when the plan has error findings', async () => {
    const { code, stdout } = await cli('check', fixturePath('sab-2019-20-sheets.xlsx'), '--as-of', '2019-10-15');
    expect(code).toBe(1);
    expect(stdout).toContain('3 errors');
  });

  it('exits 1 for a workbook with no plan tables', async () => {
    const { code, stdout } = await cli('check', fixturePath('luton-vision.xlsx'));
    expect(code).toBe(1);
    expect(stdout).toContain('NO_PLAN_TABLES');
  });

  it('rates by % complete against time elapsed with --policy progress-against-time, and says which policy it used', async () => {
    const json = async (...policy: string[]) => {
      const { code, stdout } = await cli('check', fixturePath('table-tracker.xlsx'), '--as-of', '2023-10-15', '--json', ...policy);
      expect(code).toBe(0);
      return (JSON.parse(stdout) as { actions: { ref: string; rag: string; ragReason: string }[] }).actions.map((a) => [
        a.ref,
        a.rag,
        a.ragReason,
      ]);
    };
    expect(await json('--policy', 'progress-against-time')).toEqual([
      ['P1', 'blue', '100% complete'],
      ['P2', 'green', '50% complete with 54% of its time gone'],
      ['M1', 'red', '20% complete with 64% of its time gone (more than 25% behind)'],
      ['M2', 'green', 'not due to start until 1 Nov 2023'],
      ['M3', 'none', 'not rated: marked "Merged with another action"'],
      ['W1', 'amber', '30% complete with 54% of its time gone (more than 10% behind)'],
      ['W2', 'none', 'not rated: marked "Cancelled"'],
    ]);
    expect((await json()).find(([ref]) => ref === 'W1')).toEqual(['W1', 'green', 'on track: due 31 Mar 2024']);
    const report = await cli('check', fixturePath('table-tracker.xlsx'), '--as-of', '2023-10-15', '--policy', 'progress-against-time');
    expect(report.stdout).toContain('RAG policy: % complete against time elapsed');
  });

  it('checks a plan saved as CSV', async () => {
    const { code, stdout, stderr } = await cli('check', fixturePath('table-tracker.csv'), '--as-of', '2023-10-15');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(
      /Priority SAB2: Making Safeguarding Personal\n\s+RAG AMBER — 3 actions: 0 red, 1 amber, 1 green, 0 blue, 1 not rated/,
    );
  });

  it('refuses an unknown --policy, naming the policies it knows', async () => {
    const { code, stderr } = await cli('check', fixturePath('table-tracker.xlsx'), '--policy', 'strict');
    expect(code).toBe(2);
    expect(stderr).toBe('board-plan: --policy must be one of default | progress-against-time, not "strict" (try: board-plan --help)\n');
  });

  it('prints exactly one JSON document with --json', async () => {
    const { code, stdout } = await cli('check', fixturePath('lrscb-2014-15.xlsx'), '--as-of', '2014-10-15', '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['asOf', 'period', 'tables', 'skipped', 'actions', 'findings', 'priorities', 'trend']);
    expect(json.asOf).toBe('2014-10-15');
    expect(Object.keys(json.actions[0])).toEqual([
      'sheet',
      'row',
      'part',
      'ref',
      'priority',
      'objective',
      'text',
      'owner',
      'due',
      'revisedDue',
      'delayReason',
      'progress',
      'recordedRag',
      'rag',
      'ragReason',
      'start',
      'status',
      'percentComplete',
      'recordedRagFrom',
      'period',
      'periods',
    ]);
    expect(Object.keys(json.findings[0])).toEqual(['rule', 'severity', 'sheet', 'cell', 'message']);
    // Written in pieces, each action made into JSON as its piece is written: the same document, byte for byte.
    expect(stdout).toBe(`${JSON.stringify(await checkFixture('lrscb-2014-15.xlsx', '2014-10-15'))}\n`);
  });

  it('uses the amber window given', async () => {
    const rags = async (...extra: string[]) =>
      JSON.parse(
        (await cli('check', fixturePath('llr-sab-2021-22.xlsx'), '--as-of', '2021-10-15', '--json', ...extra)).stdout,
      ).actions.filter((a: { rag: string }) => a.rag === 'amber').length;
    expect(await rags()).toBe(2);
    expect(await rags('--amber-days', '120')).toBe(4);
  });

  test.each([
    [['check'], /needs the \.xlsx \(or \.csv\) file/],
    [['check', 'a.xlsx', '--as-of', '15/10/2021'], /--as-of must be a date written YYYY-MM-DD/],
    [['check', 'a.xlsx', '--as-of', '2021-02-30'], /--as-of must be a date/],
    [['check', 'a.xlsx', '--amber-days', 'soon'], /--amber-days must be a whole number/],
    [['check', 'a.xlsx', '--colour'], /Unknown option '--colour'/],
    [['summarise', 'a.xlsx'], /unknown command "summarise"/],
  ])('exits 2 on a bad command line %j', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help and exits 0', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: board-plan check');
  });
});

describe('the installed command on bad files', () => {
  const exec = promisify(execFile);
  const bin = path.join(__dirname, '..', '..', 'dist', 'board-plan.js');
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'board-plan-'));
    const good = await fs.readFile(fixturePath('sab-2019-20-sheets.xlsx'));
    await fs.writeFile(path.join(dir, 'truncated.xlsx'), good.subarray(0, good.length / 2));
    await fs.writeFile(path.join(dir, 'notes.xlsx'), 'These are my notes, not a workbook');
  });

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test.each([
    ['missing.xlsx', /no such file/],
    ['truncated.xlsx', /truncated\.xlsx is damaged and cannot be opened: the zip archive inside it is incomplete or broken/],
    ['notes.xlsx', /notes\.xlsx is not an \.xlsx workbook/],
  ])('%s: exit 2, one line on stderr, no stack trace', async (file, message) => {
    const result = await exec('node', [bin, 'check', path.join(dir, file), '--json']).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\s+at\s/);
  });

  it('stops quietly when whatever reads its output goes away (`| head`): no stack trace', async () => {
    const child = spawn('node', [bin, 'check', fixturePath('sab-2019-20-sheets.xlsx'), '--as-of', '2019-10-15', '--json']);
    // The reading end closes before the command writes a byte: its first write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });

  it('prints only JSON on stdout through npm run --silent', async () => {
    const { stdout } = await exec(
      'npm',
      ['run', '--silent', 'board-plan', '--', 'check', fixturePath('llr-sab-2021-22.xlsx'), '--as-of', '2021-10-15', '--json'],
      { cwd: path.join(__dirname, '..', '..') },
    );
    expect(JSON.parse(stdout).actions).toHaveLength(21);
  }, 60_000);
});
