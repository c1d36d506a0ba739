import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkPlan, parseIsoDay, planRagColumns } from '../src/plan';
import { gridsFromWorkbook } from '../src/workbook';
import { run } from '../src/cli/run';
import { FIXTURES, fixturePath } from './helpers/fixtures';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell an original sheet has (or gained) as "address → value, formula, style". */
function cellsOf(sheet: ExcelJS.Worksheet, skip: Set<string>): Map<string, string> {
  const cells = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    if (skip.has(cell.address)) return;
    cells.set(cell.address, JSON.stringify({ value: cell.value, formula: cell.formula ?? null, style: cell.style, type: cell.type }));
  }));
  return cells;
}

/**
 * DESIGN.md "What the product may write": apart from the Computed RAG column
 * cells, every cell of every original sheet — value, formula, style, merge —
 * is the same after `board-plan summary` as before.
 */
describe('board-plan summary changes nothing of the officer\'s', () => {
  test.each(FIXTURES)('%s: every original cell and merge is unchanged but the Computed RAG column', async (file, asOf) => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'safety-')), 'out.xlsx');
    const lines: string[] = [];
    const code = await run(['summary', fixturePath(file), '--out', out, '--as-of', asOf, '--snapshot'], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
    expect([code, lines.join('')]).toEqual([0, expect.stringContaining('Wrote')]);
    const [before, after] = [await load(fixturePath(file)), await load(out)];
    const ragCells = new Set(planRagColumns(gridsFromWorkbook(before), checkPlan(gridsFromWorkbook(before), { asOf: parseIsoDay(asOf)! })).columns
      .flatMap((c) => c.values.map((_, i) => `${c.sheet}!${String.fromCharCode(65 + c.column)}${c.headerRow + 1 + i}`)));
    for (const sheet of before.worksheets) {
      const written = after.getWorksheet(sheet.name)!;
      const skip = new Set([...ragCells].filter((a) => a.startsWith(`${sheet.name}!`)).map((a) => a.slice(sheet.name.length + 1)));
      const original = cellsOf(sheet, skip);
      const now = cellsOf(written, skip);
      for (const [address, was] of original) expect([sheet.name, address, now.get(address)]).toEqual([sheet.name, address, was]);
      const added = [...now.keys()].filter((address) => !original.has(address) && JSON.parse(now.get(address)!).value !== null);
      expect([sheet.name, added]).toEqual([sheet.name, []]);
      expect((written.model as unknown as { merges: string[] }).merges.sort()).toEqual((sheet.model as unknown as { merges: string[] }).merges.sort());
    }
    expect(after.worksheets.map((s) => s.name)).toEqual([...before.worksheets.map((s) => s.name), 'RAG History', 'Board Summary', 'Plan Check']);
  });

  it('never modifies the input file', async () => {
    const { readFileSync } = await import('node:fs');
    const input = fixturePath('llr-sab-2021-22.xlsx');
    const bytes = readFileSync(input);
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'safety-')), 'out.xlsx');
    await run(['summary', input, '--out', out, '--as-of', '2021-10-15'], { out: () => undefined, err: () => undefined });
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });
});
