import { checkPlan, parseIsoDay, planRagColumns, toPlanJson } from '../../src/plan';
import { ExcelWorkbook } from '../../src/workbook/excel';
import { PAYLOAD_LIMIT_BYTES } from '../../src/workbook/excel/limits';
import { gridsFromWorkbook, loadWorkbookFile } from '../../src/workbook';
import { FakeContext, OfficeError, fakeExcelRunner } from '../excel-double/excel';
import { key, modelFromXlsx, modelOfPlan } from '../excel-double/model';
import { FIXTURES, fixturePath } from '../helpers/fixtures';


describe('the strict Excel double', () => {
  it('throws like Excel when a property is read before it is loaded and synced', async () => {
    const context = new FakeContext(modelOfPlan(1, 3));
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(OfficeError);
    sheets.load('items/name');
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await context.sync();
    const used = sheets.items[0].getUsedRange(true);
    used.load('rowCount');
    await context.sync();
    expect(used.rowCount).toBe(6);
    expect(() => used.values).toThrow(/PropertyNotLoaded/);
  });

  it('refuses a response over 5 MB, as Excel on the web does', async () => {
    const context = new FakeContext(modelOfPlan(1, 60_000));
    const used = context.workbook.worksheets.getItem('SAB1').getUsedRange(true);
    used.load(['values', 'text']);
    await expect(context.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });
});

describe('the Excel adapter', () => {
  test.each(FIXTURES)('gives the same check results as the exceljs adapter for %s', async (file, asOf) => {
    const excel = new ExcelWorkbook(fakeExcelRunner(await modelFromXlsx(fixturePath(file))).run);
    const options = { asOf: parseIsoDay(asOf)! };
    const viaOffice = toPlanJson(checkPlan(await excel.read(), options));
    const viaExceljs = toPlanJson(checkPlan(gridsFromWorkbook(await loadWorkbookFile(fixturePath(file))), options));
    expect(viaOffice).toEqual(viaExceljs);
  });

  test.each([[10, 2], [1_000, 2], [10_000, 2]])('reads %i actions in %i syncs, every request and response under 5 MB', async (actions, syncs) => {
    const sheets = 12;
    const double = fakeExcelRunner(modelOfPlan(sheets, Math.ceil(actions / sheets)));
    const grids = await new ExcelWorkbook(double.run).read();
    expect(checkPlan(grids, { asOf: parseIsoDay('2019-10-15')! }).actions).toHaveLength(Math.ceil(actions / sheets) * sheets);
    expect(double.lastSyncs()).toHaveLength(syncs);
    for (const sync of double.lastSyncs()) {
      expect(sync.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(sync.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  });

  it('reads a plan too big for one response (20,000 actions) in chunks under the limit, with few extra syncs', async () => {
    const double = fakeExcelRunner(modelOfPlan(12, 1667));
    const grids = await new ExcelWorkbook(double.run).read();
    expect(checkPlan(grids, { asOf: parseIsoDay('2019-10-15')! }).actions).toHaveLength(12 * 1667);
    const [names, refused, ...chunks] = double.lastSyncs();
    expect(names.responseBytes).toBeLessThan(10_000);
    expect(refused.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(chunks.every((sync) => sync.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    // 7 MB of cells at 4 MB a sync, plus the first rows that measure them.
    expect(chunks).toHaveLength(3);
  });

  it('reads fewer rows at first when Excel says the response is too big, and still reads everything', async () => {
    const model = modelOfPlan(12, 200);
    for (const sheet of model) {
      for (const [k, cell] of sheet.cells) if (k.endsWith(',1') && k !== '2,1') sheet.cells.set(k, { ...cell, value: String(cell.value).repeat(40), text: String(cell.text).repeat(40) });
    }
    const double = fakeExcelRunner(model);
    const grids = await new ExcelWorkbook(double.run).read();
    expect(checkPlan(grids, { asOf: parseIsoDay('2019-10-15')! }).actions).toHaveLength(2400);
    expect(double.lastSyncs().some((sync) => sync.responseBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(double.lastSyncs().length).toBeLessThanOrEqual(8);
  });

  it('writes the Computed RAG column in one sync, coloured by conditional formats, calculation suspended', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = fakeExcelRunner(model);
    const excel = new ExcelWorkbook(double.run);
    const grids = await excel.read();
    const result = checkPlan(grids, { asOf: parseIsoDay('2021-10-15')! });
    const before = new Map([...model[1].cells].map(([k, cell]) => [k, { ...cell }]));
    const plan = planRagColumns(grids, result);
    expect(plan.refusals).toEqual([]);
    expect(plan.columns.map((c) => [c.sheet, c.column, c.headerRow])).toEqual([['Priorities', 7, 4], ['Priorities', 7, 21]]);

    await excel.writeRagColumns(plan.columns);
    expect(double.lastSyncs()).toEqual([expect.objectContaining({ calculationSuspended: true })]);

    const sheet = model[1];
    expect(sheet.cells.get(key(4, 7))?.value).toBe('Computed RAG');
    expect(sheet.cells.get(key(5, 7))?.value).toBe('Amber');
    expect(sheet.cells.get(key(15, 7))?.value).toBe('Blue; Blue; Red');
    expect(sheet.conditionalFormats.map((cf) => [cf.range, cf.text])).toEqual([
      ...['Red', 'Amber', 'Green', 'Blue', 'Not rated'].map((text) => ['H6:H17', text]),
      ...['Red', 'Amber', 'Green', 'Blue', 'Not rated'].map((text) => ['H23:H24', text]),
    ]);
    for (const [k, cell] of before) expect(sheet.cells.get(k)).toEqual(cell);
  });

  it('rewrites its own column on the next run and refuses when an officer has typed in it', async () => {
    const model = await modelFromXlsx(fixturePath('sab-2019-20-sheets.xlsx'));
    const excel = new ExcelWorkbook(fakeExcelRunner(model).run);
    const asOf = { asOf: parseIsoDay('2019-10-15')! };
    let grids = await excel.read();
    await excel.writeRagColumns(planRagColumns(grids, checkPlan(grids, asOf)).columns);
    grids = await excel.read();
    const again = planRagColumns(grids, checkPlan(grids, asOf));
    expect(again.refusals).toEqual([]);
    expect(again.columns.map((c) => c.column)).toEqual([5, 5, 5, 5]);
    model[1].cells.set(key(9, 5), { value: 'Checked by JB', text: 'Checked by JB', type: 'String', numberFormat: 'General' });
    grids = await excel.read();
    expect(planRagColumns(grids, checkPlan(grids, asOf)).refusals).toEqual([
      { sheet: 'SAB1', cell: 'F10', reason: expect.stringContaining('"Checked by JB"') },
    ]);
  });

  it('selects a finding\'s cell on its sheet in one sync', async () => {
    const double = fakeExcelRunner(modelOfPlan(2, 3));
    await new ExcelWorkbook(double.run).select('SAB2', 'C5');
    const context = double.contexts[0];
    expect([context.activeSheet, context.selection, context.syncs.length]).toEqual(['SAB2', { sheet: 'SAB2', address: 'C5:C5' }, 1]);
  });
});
