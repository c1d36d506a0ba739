import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { Cell, SheetGrid, checkOptionsFor, ownSheetKind, checkPlan, parseIsoDay, updateRequests } from '../../src/plan';
import { mergeReturns, undoLastMerge } from '../../src/workbook/quarterOperations';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FIXTURES, fixturePath } from '../helpers/fixtures';
import { filledReturns } from '../helpers/returns';

/** What leads write: long text, line breaks, markup, text that looks like a formula, characters XML cannot hold. */
const AWKWARD = [
  'Audit tool agreed; first audit in November',
  `${'Long update. '.repeat(60)}End.`,
  'Line one\nLine two\n\nLine four',
  '<script>alert(1)</script> & "quotes"',
  '=HYPERLINK("http://example.org")',
  'Control \u0001 character',
];

/** The officer's sheets, cell by cell: the product's own (Update Log, Returns) left out. */
function officerCells(grids: readonly SheetGrid[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const grid of grids.filter((g) => ownSheetKind(g) === null))
    grid.rows.forEach((row, r) => row?.forEach((cell, c) => cell && cells.set(`${grid.name}!${r},${c}`, cell)));
  return cells;
}

/**
 * The officer's sheets as exceljs (not the product's reader) sees them: per
 * cell its value, formula and style (number format, font, fill, borders,
 * alignment, protection), per sheet its merges and Excel tables.
 */
async function officerWorkbook(bytes: Uint8Array, ownSheets: ReadonlySet<string>): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets
    .filter((sheet) => !ownSheets.has(sheet.name))
    .map((sheet) => {
      const cells: unknown[] = [];
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => cells.push([cell.address, cell.value, cell.formula, cell.style])),
      );
      const tables = Object.values((sheet as unknown as { tables: Record<string, { table: { ref: string } }> }).tables ?? {});
      return { name: sheet.name, cells, merges: Object.keys(sheet.model.merges ?? {}).sort(), tables: tables.map((t) => t.table.ref) };
    });
}

describe('the quarter’s round trip on every fixture: request, returns, merge, undo', () => {
  test.each(FIXTURES)('%s', async (file, asOf) => {
    const xlsx = await XlsxWorkbook.open(readFileSync(fixturePath(file)), file);
    const original = xlsx.bytes;
    const before = await xlsx.read();
    const day = parseIsoDay(asOf)!;
    const result = checkPlan(before, { asOf: day });
    const requests = updateRequests(result, before, { asOf: day, returnBy: day + 14 });
    // Filled as leads fill them: the first lead deletes a row, the second reverses the order of theirs.
    const returns = filledReturns(
      requests,
      asOf,
      (j) => AWKWARD[j % AWKWARD.length],
      (rows, i) => (i === 0 ? rows.slice(1) : i === 1 ? [...rows].reverse() : rows),
    );
    const merged = await mergeReturns(xlsx, checkOptionsFor({ asOf }), returns, {
      write: true,
      includeFlagged: false,
      progress: 'prepend',
      when: '2030-01-01 10:00:00',
    });
    expect(merged.refused).toEqual([]);
    const after = officerCells(await xlsx.read());
    const written = new Map(merged.written.map((u) => [`${u.sheet}!${u.row},${u.col}`, u]));
    // Every cell written holds what the return said; every other cell of the officer's is as it was.
    for (const [at, update] of written) expect([at, after.get(at)?.text]).toEqual([at, update.value]);
    const unchanged = officerCells(before);
    for (const at of written.keys()) unchanged.delete(at);
    const afterOthers = new Map([...after].filter(([at]) => !written.has(at)));
    expect(afterOthers).toEqual(unchanged);
    const undone = await undoLastMerge(xlsx, '2030-01-01 10:05:00');
    // A plan with no progress or RAG column takes nothing from a return, and says why (one with no actions asks nothing): nothing to undo.
    if (merged.written.length === 0) {
      if (merged.changes.length > 0)
        expect(merged.notWritten.map((n) => n.reason)).toContainEqual(expect.stringMatching(/^the plan has no (progress|RAG) column/));
      expect(undone).toEqual({ nothing: 'No merge on the Update Log is left to undo.' });
    } else expect('refused' in undone ? undone.refused : undone).toEqual([]);
    // Undone, the officer's sheets are as they were, cell for cell: values, formulas, styles, merges and tables.
    expect(officerCells(await xlsx.read())).toEqual(officerCells(before));
    const own = new Set((await xlsx.read()).filter((g) => ownSheetKind(g) !== null).map((g) => g.name));
    expect(await officerWorkbook(xlsx.bytes, own)).toEqual(await officerWorkbook(original, own));
  });
});
