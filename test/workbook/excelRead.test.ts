/**
 * The Excel adapter through Microsoft's own office.js (test/excel-double):
 * every request below was built and serialized by the real runtime, and
 * every PropertyNotLoaded comes from Microsoft's code.
 */
import { checkPlan, parseIsoDay, planRagColumns, toPlanJson } from '../../src/plan';
import { ExcelWorkbook, excelSettings } from '../../src/workbook/excel';
import { runInExcel } from '../../src/workbook/excel/run';
import { PAYLOAD_LIMIT_BYTES } from '../../src/workbook/excel/limits';
import { writeRagColumns } from '../../src/workbook/operations';
import { openWorkbookFile } from '../../src/workbook';
import { gridsOf } from '../helpers/read';
import { excelDouble } from '../excel-double/excel';
import {
  ModelCell,
  emptyModelSheet,
  key,
  modelFromXlsx,
  modelFromWorkbook,
  modelOfPlan,
  modelWorkbook,
  sheetNamed,
} from '../excel-double/model';
import { FIXTURES, fixturePath } from '../helpers/fixtures';
import { planWorkbook } from '../../bench/generate';

// Plans of up to 20,000 actions pass through Microsoft's runtime and the double: seconds, not milliseconds.
jest.setTimeout(60_000);

const asOf = (iso: string) => ({ asOf: parseIsoDay(iso)! });
const text = (value: string): ModelCell => ({ value, text: value, type: 'String', numberFormat: 'General' });
const underLimit = (syncs: { requestBytes: number; responseBytes: number; error: string | null }[]) =>
  syncs.filter((s) => !s.error).every((s) => s.requestBytes < PAYLOAD_LIMIT_BYTES && s.responseBytes < PAYLOAD_LIMIT_BYTES);

describe("the double, answering Microsoft's runtime", () => {
  it('lets office.js itself throw PropertyNotLoaded for a property read before load and sync', async () => {
    const double = excelDouble(modelOfPlan(1, 3));
    const error = await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const used = sheets.items[0].getUsedRange(true);
      used.load('rowCount');
      await context.sync();
      expect(used.rowCount).toBe(6);
      return (() => {
        try {
          return used.values;
        } catch (e) {
          return e;
        }
      })();
    });
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect((error as OfficeExtension.Error).code).toBe('PropertyNotLoaded');
  });

  it('refuses a response over 5 MB, and fails a batch without delayForCellEdit while a cell is being edited', async () => {
    const double = excelDouble(modelOfPlan(1, 60_000));
    const big = double.run(async (context) => {
      const used = context.workbook.worksheets.getItem('SAB1').getUsedRange(true);
      used.load(['values', 'text']);
      await context.sync();
    });
    await expect(big).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    double.model.cellEditing = true;
    const plain = Excel.run(async (context) => {
      context.workbook.load('name');
      await context.sync();
    });
    await expect(plain).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });
});

describe('reading a workbook in Excel', () => {
  test.each(FIXTURES)('gives the same check results as the exceljs adapter for %s', async (file, day) => {
    const excel = new ExcelWorkbook(excelDouble(await modelFromXlsx(fixturePath(file))).run);
    const viaOffice = toPlanJson(checkPlan(await excel.read(), asOf(day)));
    const viaExceljs = toPlanJson(checkPlan(await (await openWorkbookFile(fixturePath(file))).read(), asOf(day)));
    expect(viaOffice).toEqual(viaExceljs);
  });

  // Names; every cell; the fills of the RAG column (a RAG may be kept only as a colour).
  test.each([
    [12, 3],
    [1_000, 3],
    [10_000, 3],
  ])('reads %i actions in %i syncs, every request and response under 5 MB', async (actions, syncs) => {
    const double = excelDouble(modelOfPlan(12, Math.ceil(actions / 12)));
    const grids = await new ExcelWorkbook(double.run).read();
    expect(checkPlan(grids, asOf('2019-10-15')).actions).toHaveLength(Math.ceil(actions / 12) * 12);
    expect(double.lastRun()).toHaveLength(syncs);
    expect(underLimit(double.lastRun())).toBe(true);
  });

  test.each(['ResponsePayloadSizeLimitExceeded', 'GeneralException'] as const)(
    'reads a plan too big for one response (20,000 actions) in pieces under the limit when Excel answers %s',
    async (oversizedResponseError) => {
      const double = excelDouble(modelFromWorkbook(planWorkbook(20_000)), { oversizedResponseError });
      const grids = await new ExcelWorkbook(double.run).read();
      expect(checkPlan(grids, asOf('2019-10-15')).actions.length).toBeGreaterThanOrEqual(20_000);
      const [names, refused, sizes, ...pieces] = double.lastRun();
      expect([names.error, refused.error, sizes.error]).toEqual([null, oversizedResponseError, null]);
      expect(pieces.every((sync) => sync.error === null && sync.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
      // 14 MB of cells at up to 4 MB a sync: no more pieces than that needs, and never one per row.
      expect(pieces.length).toBeLessThanOrEqual(6);
    },
  );

  it('reads the merged areas of a sheet with more than 512 of them, in blocks, as exceljs does', async () => {
    const workbook = planWorkbook(8_000);
    const sheet = workbook.getWorksheet('SAB1')!;
    for (let row = 6; row < sheet.rowCount; row += 2) {
      sheet.mergeCells(`D${row}:D${row + 1}`);
      sheet.mergeCells(`G${row}:G${row + 1}`);
    }
    const double = excelDouble(modelFromWorkbook(workbook));
    expect(sheetNamed(double.model, 'SAB1').merges.length).toBeGreaterThan(512);
    const viaOffice = toPlanJson(checkPlan(await new ExcelWorkbook(double.run).read(), asOf('2019-10-15')));
    expect(viaOffice).toEqual(toPlanJson(checkPlan(await gridsOf(workbook), asOf('2019-10-15'))));
    expect(double.lastRun().some((sync) => sync.error === 'GeneralException')).toBe(true);
  });

  it("reads a sheet whose cells come back null over Excel's read limit, in pieces", async () => {
    const double = excelDouble(modelOfPlan(2, 400), { maxReadCells: 1_000 });
    const grids = await new ExcelWorkbook(double.run).read();
    expect(checkPlan(grids, asOf('2019-10-15')).actions).toHaveLength(800);
  });

  it('reads a plan with a stray value at XFD1048576 as the plan alone: only the rows and columns that hold values', async () => {
    const model = modelOfPlan(1, 20);
    model.sheets[0].cells.set(key(1_048_575, 16_383), text(' '));
    const double = excelDouble(model);
    const grids = await new ExcelWorkbook(double.run).read();
    expect(checkPlan(grids, asOf('2019-10-15')).actions).toHaveLength(20);
    // Names, the refused whole read, sizes, where the values are, the two bands' cells and merges, the RAG colours.
    expect(double.lastRun().map((sync) => sync.error)).toEqual([null, null, null, null, null, null]);
    expect(Math.max(...double.lastRun().map((sync) => sync.responseBytes))).toBeLessThan(100_000);
  });

  it('skips, with its reason, a sheet whose values are spread over too many cells to read', async () => {
    const model = modelOfPlan(1, 20);
    const notes = emptyModelSheet('Notes');
    // Values every 40 rows in columns A and ZZ, down to row 100,000: one band of 100,000 rows by 702 columns.
    for (let r = 0; r < 100_000; r += 40) {
      notes.cells.set(key(r, 0), text('x'));
      notes.cells.set(key(r, 701), text('y'));
    }
    model.sheets.push(notes);
    const result = checkPlan(await new ExcelWorkbook(excelDouble(model).run).read(), asOf('2019-10-15'));
    expect(result.actions).toHaveLength(20);
    expect(result.skipped).toContainEqual({
      sheet: 'Notes',
      reason: expect.stringMatching(/^not read: its used range A1:ZZ99961 covers 70,172,622 cells.*Ctrl\+End/),
    });
  });

  it('reads a plan that starts far to the right in pieces without asking for columns past XFD', async () => {
    const model = modelOfPlan(1, 30);
    const sheet = model.sheets[0];
    sheet.cells = new Map(
      [...sheet.cells].map(([k, cell]) => {
        const [r, c] = k.split(',').map(Number);
        return [key(r, c + 16_370), cell];
      }),
    );
    const double = excelDouble(model, { maxReadCells: 50 });
    const grids = await new ExcelWorkbook(double.run).read();
    expect(checkPlan(grids, asOf('2019-10-15')).actions).toHaveLength(30);
    expect(double.lastRun().every((sync) => sync.error === null)).toBe(true);
  });

  it('reads a blank sheet (its used range is A1) as an empty grid', async () => {
    const model = modelOfPlan(1, 3);
    model.sheets.push(emptyModelSheet('Blank'));
    const grids = await new ExcelWorkbook(excelDouble(model).run).read();
    expect(grids.find((g) => g.name === 'Blank')).toEqual({ name: 'Blank', rows: [], tables: [] });
  });

  it('reads dates right in a workbook that counts from 1904', async () => {
    const file = fixturePath('lrscb-2014-15.xlsx');
    const in1900 = toPlanJson(checkPlan(await new ExcelWorkbook(excelDouble(await modelFromXlsx(file)).run).read(), asOf('2014-10-15')));
    const in1904 = toPlanJson(
      checkPlan(await new ExcelWorkbook(excelDouble(await modelFromXlsx(file, { date1904: true })).run).read(), asOf('2014-10-15')),
    );
    expect(in1904.actions.filter((a) => a.due.kind === 'date').length).toBeGreaterThan(0);
    expect(in1904).toEqual(in1900);
  });

  it('waits while the officer is editing a cell, then reads (delayForCellEdit)', async () => {
    const double = excelDouble(modelOfPlan(1, 3));
    double.model.cellEditing = true;
    const reading = new ExcelWorkbook(double.run).read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(double.server.syncs).toHaveLength(1);
    double.server.endCellEdit();
    expect(checkPlan(await reading, asOf('2019-10-15')).actions).toHaveLength(3);
    expect(double.lastRun().every((sync) => (sync.flags & 64) === 64)).toBe(true);
  });

  it("selects a finding's cell on its sheet in one sync", async () => {
    const double = excelDouble(modelOfPlan(2, 3));
    await new ExcelWorkbook(double.run).select('SAB2', 'C5');
    expect([double.model.activeSheet, double.model.selection, double.lastRun().length]).toEqual([
      'SAB2',
      { sheet: 'SAB2', address: 'C5' },
      1,
    ]);
  });
});

describe('writing the Computed RAG column in Excel', () => {
  it('writes in one sync after the read, coloured by conditional formats with Red on top, calculation suspended', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = excelDouble(model);
    const excel = new ExcelWorkbook(double.run);
    const sheet = sheetNamed(model, 'Priorities');
    const before = new Map([...sheet.cells].map(([k, cell]) => [k, { ...cell }]));
    const done = await writeRagColumns(excel, asOf('2021-10-15'), null);
    expect('written' in done && done.written.map((c) => [c.sheet, c.column, c.headerRow])).toEqual([
      ['Priorities', 7, 4],
      ['Priorities', 7, 21],
    ]);
    const [names, cells, fills, write] = double.lastRun();
    expect([names.error, cells.error, fills.error, write.calculationSuspended, double.lastRun().length]).toEqual([
      null,
      null,
      null,
      true,
      4,
    ]);

    expect(sheet.cells.get(key(4, 7))?.value).toBe('Computed RAG');
    expect(sheet.cells.get(key(5, 7))?.value).toBe('Amber');
    expect(sheet.cells.get(key(15, 7))?.value).toBe('Blue; Blue; Red');
    // Each rule colours its own word, worst first: what an officer sees.
    const rules = (range: string) =>
      sheet.conditionalFormats.filter((cf) => cf.range === range).map((cf) => [cf.text, cf.fill, cf.font, cf.stopIfTrue]);
    const expected = [
      ['Red', '#C62828', '#FFFFFF', true],
      ['Amber', '#F09A00', '#000000', true],
      ['Green', '#2E7D32', '#FFFFFF', true],
      ['Blue', '#1565C0', '#FFFFFF', true],
      ['Not rated', '#E0E0E0', '#000000', true],
    ];
    expect(rules('H6:H17')).toEqual(expected);
    expect(rules('H23:H24')).toEqual(expected);
    // A narrow column, wrapped (header and values), so the officer's sheet prints little wider and no value runs into the next column.
    expect(sheet.formats.filter((f) => f.range === 'H5:H17' || f.range === 'H5').map((f) => [f.range, f.path, f.value])).toEqual([
      ['H5:H17', 'wrapText', true],
      ['H5:H17', 'verticalAlignment', 'Top'],
      ['H5', 'font.bold', true],
      ['H5:H17', 'columnWidth', 62],
    ]);
    for (const [k, cell] of before) expect(sheet.cells.get(k)).toEqual(cell);
  });

  it('writes nothing, naming the cell, when an officer has typed where the confirmed column was to go', async () => {
    const model = await modelFromXlsx(fixturePath('sab-2019-20-sheets.xlsx'));
    const double = excelDouble(model);
    const excel = new ExcelWorkbook(double.run);
    const grids = await excel.read();
    const confirmed = planRagColumns(grids, checkPlan(grids, asOf('2019-10-15'))).columns;
    double.server.edit('SAB1', 'F10', 'Checked by JB');
    const before = JSON.stringify([...sheetNamed(model, 'SAB1').cells]);
    const outcome = await writeRagColumns(excel, asOf('2019-10-15'), confirmed);
    expect(outcome).toEqual({ changed: [{ sheet: 'SAB1', cell: 'F10', reason: expect.stringContaining('"Checked by JB"') }] });
    expect(JSON.stringify([...sheetNamed(model, 'SAB1').cells])).toBe(before);
  });

  it('writes nothing when rows were inserted above a table since the officer confirmed', async () => {
    const model = await modelFromXlsx(fixturePath('sab-2019-20-sheets.xlsx'));
    const excel = new ExcelWorkbook(excelDouble(model).run);
    const grids = await excel.read();
    const confirmed = planRagColumns(grids, checkPlan(grids, asOf('2019-10-15'))).columns;
    const sheet = sheetNamed(model, 'SAB2');
    sheet.cells = new Map(
      [...sheet.cells].map(([k, cell]) => {
        const [r, c] = k.split(',').map(Number);
        return [key(r + 2, c), cell];
      }),
    );
    sheet.merges = [];
    const outcome = await writeRagColumns(excel, asOf('2019-10-15'), confirmed);
    expect('changed' in outcome && outcome.changed.map((c) => c.sheet)).toContain('SAB2');
    expect([...sheet.cells.values()].some((cell) => cell.value === 'Computed RAG')).toBe(false);
  });

  it('rewrites its own column on the next run, and leaves a blank column beside an Excel table instead of joining it', async () => {
    const model = modelOfPlan(1, 5);
    model.sheets[0].tables.push({ id: '{T1}', name: 'Plan', area: [2, 0, 7, 5], style: 'TableStyleMedium2' });
    const excel = new ExcelWorkbook(excelDouble(model).run);
    const first = await writeRagColumns(excel, asOf('2019-10-15'), null);
    expect('written' in first && first.written.map((c) => c.column)).toEqual([7]);
    expect(model.sheets[0].tables[0].area).toEqual([2, 0, 7, 5]);
    const again = await writeRagColumns(excel, asOf('2019-10-15'), 'written' in first ? first.written : null);
    expect('written' in again && again.written.map((c) => c.column)).toEqual([7]);
  });
});

describe('review settings kept with the workbook (workbook.settings)', () => {
  it("saves and loads through Excel's workbook settings", async () => {
    const double = excelDouble(modelOfPlan(1, 1));
    const settings = excelSettings(double.run);
    expect(await settings.load()).toEqual({});
    await settings.save({ asOf: '2021-10-15', amberDays: 45 });
    expect(double.model.settings.get('boardPlanTracker.review')).toEqual({ asOf: '2021-10-15', amberDays: 45 });
    expect(await excelSettings(double.run).load()).toEqual({ asOf: '2021-10-15', amberDays: 45 });
  });

  test.each([[{ readOnly: true }], [{ viewOnly: true }]])(
    'refuses in a workbook open %p with a message for the officer, keeping nothing',
    async (mode) => {
      const double = excelDouble(modelWorkbook(modelOfPlan(1, 1).sheets, mode));
      await expect(excelSettings(double.run).save({ asOf: '2021-10-15' })).rejects.toThrow(
        /read-only or for viewing only.*used now but not kept/,
      );
      expect(double.model.settings.size).toBe(0);
    },
  );
});

describe("following the officer's edits (worksheets.onChanged)", () => {
  it("hears the officer's edits and not the add-in's own writes", async () => {
    const double = excelDouble(modelOfPlan(1, 5));
    const excel = new ExcelWorkbook(double.run);
    const heard: string[] = [];
    const stop = await excel.watch(() => heard.push('changed'));
    await writeRagColumns(excel, asOf('2019-10-15'), null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
    double.server.edit('SAB1', 'E5', 'Delayed by recruitment');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual(['changed']);
    stop();
  });
});

it('runs every batch with delayForCellEdit (request flag 64)', async () => {
  const double = excelDouble(modelOfPlan(1, 1));
  await runInExcel(async (context) => {
    context.workbook.load('name');
    await context.sync();
  });
  expect(double.server.syncs[0].flags & 64).toBe(64);
});
