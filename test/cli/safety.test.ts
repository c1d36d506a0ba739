import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { run } from '../../src/cli/run';
import { terminalSafe } from '../../src/cli/report';
import { writeAtomically } from '../../src/cli/safeWrite';
import { damaged } from '../../src/workbook/xlsx/load';
import { fixturePath } from '../helpers/fixtures';
import ExcelJS from 'exceljs';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'safety-'));

describe('writing a file', () => {
  it('puts the output in place whole, leaving no temporary file', async () => {
    const folder = dir();
    await writeAtomically(path.join(folder, 'out.xlsx'), new Uint8Array([1, 2, 3]), async () => undefined);
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
    expect([...readFileSync(path.join(folder, 'out.xlsx'))]).toEqual([1, 2, 3]);
  });

  it('keeps nothing when the written copy fails its check, and leaves an existing output as it was', async () => {
    const folder = dir();
    writeFileSync(path.join(folder, 'out.xlsx'), 'before');
    await expect(
      writeAtomically(path.join(folder, 'out.xlsx'), new Uint8Array([1]), async () => {
        throw new Error('unreadable');
      }),
    ).rejects.toThrow('unreadable');
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
    expect(readFileSync(path.join(folder, 'out.xlsx'), 'utf8')).toBe('before');
  });

  it('names its temporary file unpredictably, so a file planted beside the output is never the one written', async () => {
    const folder = dir();
    const names = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      await writeAtomically(path.join(folder, 'out.xlsx'), new Uint8Array([i]), async () => {
        names.add(readdirSync(folder).find((n) => n.endsWith('.tmp'))!);
      });
    }
    expect(names.size).toBe(5);
    expect([...names].every((n) => /^\.out\.xlsx\.[0-9a-f]{18}\.tmp$/.test(n))).toBe(true);
  });
});

describe('what reaches the terminal', () => {
  it('drops escape sequences and control characters from cell text, keeping the words', () => {
    expect(terminalSafe('\u001b[31mOverdue\u001b[0m\u0007 audit\u001b]0;title\u0007 done\n\tnext')).toBe(
      'Overdue audit]0;title done\n\tnext',
    );
  });

  it('prints a plan whose cells hold escape sequences without them', async () => {
    const folder = dir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRows([
      ['Action', 'Lead', 'Timescale'],
      ['\u001b[2J\u001b[31mAudit\u001b[0m', 'QA\u0007 group', 'Mar 2022'],
    ]);
    await workbook.xlsx.writeFile(path.join(folder, 'plan.xlsx'));
    const { stdout } = await cli('check', path.join(folder, 'plan.xlsx'), '--as-of', '2021-10-15');
    expect(stdout).toContain('Audit');
    expect([...stdout].filter((ch) => ch < ' ' && ch !== '\n' && ch !== '\t')).toEqual([]);
  });

  it('says a damaged file is damaged in plain words, never quoting the library', () => {
    const internal = new TypeError("Cannot read properties of undefined (reading 'richText')");
    expect(damaged('plan.xlsx', internal).message).toBe(
      'plan.xlsx is damaged and cannot be opened: its contents are not laid out as Excel writes them. Open it in Excel and save it again, or use a backup.',
    );
    expect(damaged('plan.xlsx', new Error("Can't find end of central directory : is this a zip file ?")).message).toMatch(
      /the zip archive inside it is incomplete or broken/,
    );
  });

  it('reads a sheet name longer than Excel allows, and writes its summary, with no library warnings', async () => {
    const folder = dir();
    const zip = await JSZip.loadAsync(readFileSync(fixturePath('llr-sab-2021-22.xlsx')));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbookXml.replace('name="Priorities"', 'name="Priorities and the actions under them"'));
    writeFileSync(path.join(folder, 'long.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    const warn = jest.spyOn(console, 'warn');
    const checked = await cli('check', path.join(folder, 'long.xlsx'), '--as-of', '2021-10-15');
    expect([checked.code, checked.stderr]).toEqual([0, '']);
    expect(checked.stdout).toContain("Sheet 'Priorities and the actions under them'");
    const out = path.join(folder, 'long-summary.xlsx');
    const summary = await cli('summary', path.join(folder, 'long.xlsx'), '--as-of', '2021-10-15', '--out', out);
    expect([summary.code, summary.stderr]).toEqual([0, '']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('writes the summary only once its copy has been read back, leaving nothing beside it', async () => {
    const folder = dir();
    const { code } = await cli(
      'summary',
      fixturePath('llr-sab-2021-22.xlsx'),
      '--out',
      path.join(folder, 'out.xlsx'),
      '--as-of',
      '2021-10-15',
    );
    expect(code).toBe(0);
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
    expect(existsSync(path.join(folder, 'out.xlsx'))).toBe(true);
  });
});
