/**
 * Merging update returns into the plan open in Excel, and undoing the
 * merge, through Microsoft's own office.js: the cells written, the formats
 * kept, the formulas left alone, and the syncs and request sizes it takes.
 */
import { checkOptionsFor, checkPlan, parseIsoDay, updateRequests } from '../../src/plan';
import { ExcelWorkbook } from '../../src/workbook/excel';
import { PAYLOAD_LIMIT_BYTES } from '../../src/workbook/excel/limits';
import { mergeReturns, recordRequests, undoLastMerge } from '../../src/workbook/quarterOperations';
import { excelDouble } from '../excel-double/excel';
import { ModelWorkbook, key, modelFromWorkbook, modelFromXlsx, sheetNamed } from '../excel-double/model';
import { fixturePath } from '../helpers/fixtures';
import { filledReturns } from '../helpers/returns';
import { planWorkbook } from '../../bench/generate';

jest.setTimeout(60_000);

const AS_OF = '2021-10-15';
const options = checkOptionsFor({ asOf: AS_OF });
const choice = { write: true, includeFlagged: false, progress: 'replace' as const, when: '2021-10-20 09:30:00' };

/** Every officer sheet's cells and number formats (the product's Update Log and Returns left out) (General is what a cell without one shows), to compare a workbook with itself before. */
const officerState = (model: ModelWorkbook) =>
  JSON.stringify(
    model.sheets
      .filter((sheet) => !['Update Log', 'Returns'].includes(sheet.name))
      .map((sheet) => [
        sheet.name,
        [...sheet.cells].sort(),
        [...sheet.numberFormats].filter(([, format]) => format !== 'General').sort(),
        [...sheet.merges].sort(),
      ]),
  );

/** The returns every lead of the plan in Excel sends back, the j-th row of each saying `update(j)`. */
async function returnsFor(port: ExcelWorkbook, update: (j: number) => string) {
  const grids = await port.read();
  const day = parseIsoDay(AS_OF)!;
  const requests = updateRequests(checkPlan(grids, { asOf: day }), grids, { asOf: day, returnBy: day + 14 });
  return filledReturns(requests, AS_OF, update);
}

describe('merging returns in Excel', () => {
  it('writes what the leads returned as text, keeps each cell’s format, leaves a formula alone, and undoes to the original', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = excelDouble(model);
    const port = new ExcelWorkbook(double.run);
    const awkward = ['=SUM(1,2)', '12', 'Oct 2021', 'Line one\nLine two'];
    const before = officerState(model);
    // An officer's formula in the first progress cell the merge would write, there before the returns were requested.
    const preview = await mergeReturns(port, options, await returnsFor(port, () => 'x'), { ...choice, write: false });
    const progress = preview.written.find((u) => u.role === 'progress')!;
    const sheet = sheetNamed(model, progress.sheet);
    sheet.cells.set(key(progress.row, progress.col), { value: 'x', text: 'x', type: 'String', numberFormat: 'General', formula: '="x"' });
    const withFormula = officerState(model);
    const returns = await returnsFor(port, (j) => awkward[j % awkward.length]);

    const merged = await mergeReturns(port, options, returns, choice);
    expect(merged.written.length).toBe(preview.written.length - 1);
    expect(merged.notWritten.map((n) => n.reason)).toContainEqual(expect.stringMatching(/formula/));
    expect(sheet.cells.get(key(progress.row, progress.col))?.formula).toBe('="x"');
    for (const update of merged.written) {
      const cell = sheetNamed(model, update.sheet).cells.get(key(update.row, update.col))!;
      // What the lead wrote, as text: never run as a formula, never turned into a number or a date.
      expect([cell.type, cell.text, cell.formula]).toEqual(['String', update.value, undefined]);
      expect(cell.numberFormat).not.toBe('@');
    }
    expect(sheetNamed(model, 'Update Log').cells.size).toBeGreaterThan(merged.written.length);

    const undone = await undoLastMerge(port, '2021-10-20 09:35:00');
    expect('refused' in undone && undone.refused).toEqual([]);
    expect(officerState(model)).toBe(withFormula);
    expect(withFormula).not.toBe(before);
  });

  it('merges returns for 1,000 actions in the same few syncs as for 100, every request under 5 MB', async () => {
    const syncsFor = async (actions: number) => {
      const model = modelFromWorkbook(planWorkbook(actions));
      const double = excelDouble(model);
      const port = new ExcelWorkbook(double.run);
      const returns = await returnsFor(port, (j) => `Update ${j}: ${'audit findings reported to the board. '.repeat(8)}`);
      const merged = await mergeReturns(port, options, returns, choice);
      const syncs = double.lastRun();
      expect(syncs.filter((sync) => sync.requestBytes >= PAYLOAD_LIMIT_BYTES || sync.responseBytes >= PAYLOAD_LIMIT_BYTES)).toEqual([]);
      return { syncs: syncs.length, written: merged.written.length };
    };
    const small = await syncsFor(100);
    const large = await syncsFor(1_000);
    expect(large.written).toBeGreaterThan(1_800);
    // Read (names, cells, RAG colours), the written cells' formulas and formats, the Update Log, the cells.
    expect(large.syncs).toBe(small.syncs);
    expect(large.syncs).toBeLessThanOrEqual(6);
  });

  it('records the requests on a Returns sheet, and a merge adds a revised date as a date in a 1904 workbook, beside the table on request', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'), { date1904: true });
    const double = excelDouble(model);
    const port = new ExcelWorkbook(double.run);
    const [audit, ...others] = await returnsFor(port, () => '');
    await recordRequests(
      port,
      [audit, ...others].map((ret) => ({ lead: ret.lead, actions: ret.rows.length, file: `${ret.lead}.xlsx` })),
      { asOf: AS_OF, returnBy: '2021-10-29' },
      '2021-10-15 09:00:00',
    );
    expect(double.lastRun()).toHaveLength(4);
    const slipped = parseIsoDay('2021-12-31')!;
    const first = {
      ...audit.rows[0],
      update: 'Delayed',
      revised: { text: '31 Dec 2021', date: slipped, kind: 'date' as const, milestones: [] },
      reason: 'Staffing',
    };
    const merged = await mergeReturns(port, options, [{ ...audit, rows: [first] }], { ...choice, addColumns: true });
    expect(merged.written.map((u) => u.role)).toEqual([
      'progress',
      'recordedRag',
      'revisedDue',
      'revisedDue',
      'delayReason',
      'delayReason',
    ]);
    const priorities = sheetNamed(model, 'Priorities');
    const revised = merged.written.filter((u) => u.role === 'revisedDue').at(-1)!;
    const cell = priorities.cells.get(key(revised.row, revised.col))!;
    // The serial counts from 1904 in this workbook, and the cell shows the day.
    expect([cell.type, cell.value, cell.text]).toEqual(['Double', 44561 - 1462, '31 Dec 2021']);
    const returns = sheetNamed(model, 'Returns');
    const status = [...returns.cells].filter(([k]) => k.endsWith(',8')).map(([, c]) => c.text);
    expect(status).toEqual(['Status', 'Came back', ...others.map(() => 'Awaiting reply')]);
    // One action came back, though the merge also wrote the two columns' headers.
    expect(returns.cells.get(key(2, 7))?.value).toBe(1);
  });
});
