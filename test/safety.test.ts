import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkPlan, parseAddress, parseIsoDay, planRagColumns } from '../src/plan';
import { gridsOf } from './helpers/read';
import { run } from '../src/cli/run';
import { ExcelWorkbook } from '../src/workbook/excel';
import { generateBoardSummary, saveReviewSnapshot, writeRagColumns } from '../src/workbook/operations';
import { excelDouble } from './excel-double/excel';
import { ModelSheet, modelFromXlsx } from './excel-double/model';
import { FIXTURES, fixturePath } from './helpers/fixtures';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell an original sheet has (or gained) as "address → value, formula, style". */
function cellsOf(sheet: ExcelJS.Worksheet, skip: Set<string>): Map<string, string> {
  const cells = new Map<string, string>();
  // Every row exceljs holds, values or styles only, without making the empty ones (eachRow with includeEmpty creates a million on a sheet formatted to the bottom).
  const rows = (sheet as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  for (const key in rows) {
    rows[key]!.eachCell({ includeEmpty: true }, (cell) => {
      if (skip.has(cell.address)) return;
      cells.set(cell.address, stableJson({ value: cell.value, formula: cell.formula ?? null, style: cell.style, type: cell.type }));
    });
  }
  return cells;
}

/** JSON with every object's keys in order: exceljs may hand back the same style with its keys in another order. */
function stableJson(value: unknown): string {
  const keys = new Set<string>();
  JSON.stringify(value, (key, v) => {
    keys.add(key);
    return v;
  });
  return JSON.stringify(value, [...keys].sort());
}

/**
 * docs/DESIGN.md "What the product may write": apart from the Computed RAG column
 * cells, every cell of every original sheet — value, formula, style, merge —
 * is the same after `board-plan summary` as before.
 */
describe("board-plan summary changes nothing of the officer's", () => {
  test.each(FIXTURES)('%s: every original cell and merge is unchanged but the Computed RAG column', async (file, asOf) => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'safety-')), 'out.xlsx');
    const lines: string[] = [];
    const code = await run(['summary', fixturePath(file), '--out', out, '--as-of', asOf, '--snapshot'], {
      out: (t) => lines.push(t),
      err: (t) => lines.push(t),
    });
    expect([code, lines.join('')]).toEqual([0, expect.stringContaining('Wrote')]);
    const [before, after] = [await load(fixturePath(file)), await load(out)];
    const ragCells = new Set(
      planRagColumns(await gridsOf(before), checkPlan(await gridsOf(before), { asOf: parseIsoDay(asOf)! })).columns.flatMap((c) =>
        c.values.map((_, i) => `${c.sheet}!${String.fromCharCode(65 + c.column)}${c.headerRow + 1 + i}`),
      ),
    );
    for (const sheet of before.worksheets) {
      const written = after.getWorksheet(sheet.name)!;
      const skip = new Set([...ragCells].filter((a) => a.startsWith(`${sheet.name}!`)).map((a) => a.slice(sheet.name.length + 1)));
      const original = cellsOf(sheet, skip);
      const now = cellsOf(written, skip);
      for (const [address, was] of original) expect([sheet.name, address, now.get(address)]).toEqual([sheet.name, address, was]);
      const added = [...now.keys()].filter((address) => !original.has(address) && JSON.parse(now.get(address)!).value !== null);
      expect([sheet.name, added]).toEqual([sheet.name, []]);
      expect((written.model as unknown as { merges: string[] }).merges.sort()).toEqual(
        (sheet.model as unknown as { merges: string[] }).merges.sort(),
      );
    }
    expect(after.worksheets.map((s) => s.name)).toEqual([
      ...before.worksheets.map((s) => s.name),
      'RAG History',
      'Board Summary',
      'Plan Check',
    ]);
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

function keyOfA1(a1: string): string {
  const { row, col } = parseAddress(a1.split(':')[0]);
  return `${row},${col}`;
}

/** All of a sheet the officer could lose: cells, number formats, merges, formats, conditional formats, tables, charts. */
function everything(sheet: ModelSheet, skip: (key: string) => boolean) {
  return JSON.stringify({
    cells: [...sheet.cells].filter(([k]) => !skip(k)).sort(),
    numberFormats: [...sheet.numberFormats].filter(([k]) => !skip(k)).sort(),
    merges: [...sheet.merges].sort(),
    formats: sheet.formats.filter((f) => !skip(keyOfA1(f.range))),
    conditionalFormats: sheet.conditionalFormats.filter((cf) => !skip(`cf:${cf.range}`)),
    tables: sheet.tables,
    charts: sheet.charts.length,
    visibility: sheet.visibility,
  });
}

/**
 * The same through Office.js, in Excel (Microsoft's runtime and the double):
 * after Write RAG column, Save review snapshot and Generate board summary,
 * everything on the officer's sheets is as it was but the Computed RAG cells
 * and their conditional formats.
 */
describe("the add-in changes nothing of the officer's in Excel", () => {
  test.each(FIXTURES)('%s', async (file, asOf) => {
    const model = await modelFromXlsx(fixturePath(file));
    const excel = new ExcelWorkbook(excelDouble(model).run);
    const options = { asOf: parseIsoDay(asOf)! };
    const written = await writeRagColumns(excel, options, null);
    const columns = 'written' in written ? written.written : [];
    const ragCell = (sheet: string) => (k: string) =>
      columns.some((c) => {
        if (c.sheet !== sheet) return false;
        if (k.startsWith('cf:')) return true;
        const [row, col] = k.split(',').map(Number);
        return col === c.column && row >= c.headerRow && row < c.headerRow + c.values.length;
      });
    const officers = model.sheets.map((sheet) => sheet.name);
    const fresh = await modelFromXlsx(fixturePath(file));
    await saveReviewSnapshot(excel, options);
    await generateBoardSummary(excel, options);
    expect(model.sheets.map((s) => s.name)).toEqual([...officers, 'RAG History', 'Board Summary', 'Plan Check']);
    for (const sheet of fresh.sheets) {
      const now = model.sheets.find((s) => s.name === sheet.name)!;
      expect([sheet.name, everything(now, ragCell(sheet.name))]).toEqual([sheet.name, everything(sheet, ragCell(sheet.name))]);
    }
  });
});
