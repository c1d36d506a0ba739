/**
 * Board papers written into Excel through Microsoft's own office.js: the
 * sheets an officer sees, the sizes of the real requests, and what is left
 * when Excel stops a write half way.
 */
import { checkPlan, parseIsoDay } from '../../src/plan';
import { recordAssessment } from '../../src/workbook/assuranceOperations';
import { ExcelWorkbook } from '../../src/workbook/excel';
import { PAYLOAD_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES, utf8Bytes } from '../../src/workbook/excel/limits';
import { zoomScale } from '../../src/workbook/excel/writeSheets';
import { generateBoardSummary, saveReviewSnapshot } from '../../src/workbook/operations';
import { WriteFailure } from '../../src/workbook/port';
import { excelDouble } from '../excel-double/excel';
import {
  ModelSheet,
  ModelWorkbook,
  emptyModelSheet,
  key,
  modelFromWorkbook,
  modelFromXlsx,
  modelOfPlan,
  sheetNamed,
} from '../excel-double/model';
import { fixturePath } from '../helpers/fixtures';
import { planWorkbook } from '../../bench/generate';

// Plans of up to 20,000 actions pass through Microsoft's runtime and the double: seconds, not milliseconds.
jest.setTimeout(60_000);

const asOf = (iso: string) => ({ asOf: parseIsoDay(iso)! });
const textAt = (sheet: ModelSheet, row: number, col: number) => sheet.cells.get(key(row, col))?.text;
const names = (model: ModelWorkbook) => model.sheets.map((s) => `${s.name}${s.visibility === 'Visible' ? '' : ' (hidden)'}`);

/** The text of a column of a sheet, from a row down, as the officer would read it. */
function column(sheet: ModelSheet, col: number, from: number, to: number): (string | undefined)[] {
  return Array.from({ length: to - from + 1 }, (_, i) => textAt(sheet, from + i, col));
}

/** Every cell of a sheet as text, for comparing a sheet before and after. */
const snapshotOf = (sheet: ModelSheet) => JSON.stringify([[...sheet.cells].sort(), [...sheet.merges].sort()]);

describe('board papers in Excel', () => {
  it('generates the Board Summary and Plan Check in 4 syncs: 3 to read (names, cells, RAG colours), 1 to write', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = excelDouble(model);
    await generateBoardSummary(new ExcelWorkbook(double.run), asOf('2021-10-15'));
    expect(double.runs().map((syncs) => syncs.length)).toEqual([4]);
    expect(double.lastRun()[3].calculationSuspended).toBe(true);
    expect(names(model)).toEqual(['Business as usual', 'Priorities', 'Board Summary', 'Plan Check']);
    expect(model.activeSheet).toBe('Board Summary');

    const summary = sheetNamed(model, 'Board Summary');
    expect(textAt(summary, 0, 0)).toMatch(/^Written by Board Plan Tracker · Board Summary · /);
    expect(textAt(summary, 1, 0)).toMatch(/^LEICESTER, LEICESTERSHIRE AND RUTLAND SAFEGUARDING ADULTS BOARD BUSINESS PLAN/);
    expect(column(summary, 0, 5, 9)).toEqual(['Priorities', 'Priority', '1', '2', 'All']);
    expect(column(summary, 1, 7, 9)).toEqual(['Red', 'Red', 'Red']);
    // Percentages are numbers under a % format.
    expect(textAt(summary, 7, 9)).toBe('31%');
    const [chart] = summary.charts;
    expect([chart.type, chart.source, chart.seriesBy]).toEqual(['BarStacked', 'E7:I9', 'Columns']);
    expect(chart.props.get('series.0.setXAxisValues')).toEqual(['A8:A9']);
    expect(chart.props.get('series.0.format.fill.setSolidColor')).toEqual(['#C62828']);
    expect(Object.fromEntries(summary.setup)).toEqual({
      showGridlines: false,
      'pageLayout.orientation': 'Landscape',
      'pageLayout.paperSize': 'A4',
      'pageLayout.zoom': { horizontalFitToPages: 1, verticalFitToPages: 0 },
      'pageLayout.printGridlines': false,
      'pageLayout.printTitleRows': '$2:$3',
      // The margins the layout paginates for, and its page breaks: no heading ends a page (rows 29 and 48 start pages).
      'pageLayout.leftMargin': 28.8,
      'pageLayout.rightMargin': 28.8,
      'pageLayout.topMargin': 36,
      'pageLayout.bottomMargin': 36,
      'pageLayout.headerMargin': expect.closeTo(21.6),
      'pageLayout.footerMargin': expect.closeTo(21.6),
      pageBreaks: [30, 54],
    });
    const check = sheetNamed(model, 'Plan Check');
    expect(textAt(check, 4, 0)).toBe('warning');
    // Links travel as HYPERLINK formulas in the values, not one call per link.
    expect(check.cells.get(key(4, 3))).toMatchObject({
      formula: '=HYPERLINK("#\'Priorities\'!E17","Priorities!E17")',
      text: 'Priorities!E17',
    });
    expect(check.setup.get('freezeRows')).toBe(4);
  });

  it('keeps text as text and dates as dates: a ref "1.10", "Oct 2021" or a leading "=" is never turned into a number, date or formula', async () => {
    const model = modelOfPlan(1, 12);
    const sheet = model.sheets[0];
    sheet.cells.set(key(3, 4), { value: '=SUM(A1)', text: '=SUM(A1)', type: 'String', numberFormat: '@' });
    sheet.cells.set(key(4, 4), { value: 'Oct 2021', text: 'Oct 2021', type: 'String', numberFormat: '@' });
    await generateBoardSummary(new ExcelWorkbook(excelDouble(model).run), asOf('2019-10-15'));
    const cells = [...sheetNamed(model, 'Board Summary').cells.values()];
    expect(cells.filter((cell) => cell.type === 'Error')).toEqual([]);
    for (const shown of ['1.10', '=SUM(A1)', 'Oct 2021']) {
      expect(cells.find((cell) => cell.text === shown)).toMatchObject({ value: shown, type: 'String', numberFormat: '@' });
    }
    expect(cells.find((cell) => cell.formula?.startsWith('=DATE('))).toMatchObject({ type: 'Double', numberFormat: 'd mmm yyyy' });
  });

  it('writes due dates that show the right day in a workbook that counts from 1904', async () => {
    const due = async (date1904: boolean) => {
      const model = await modelFromXlsx(fixturePath('lrscb-2014-15.xlsx'), { date1904 });
      await generateBoardSummary(new ExcelWorkbook(excelDouble(model).run), asOf('2014-10-15'));
      return [...sheetNamed(model, 'Board Summary').cells.values()]
        .filter((cell) => cell.numberFormat === 'd mmm yyyy')
        .map((cell) => cell.text);
    };
    const in1900 = await due(false);
    expect(in1900.length).toBeGreaterThan(3);
    expect(await due(true)).toEqual(in1900);
  });

  it('replaces its own sheets when generated again, in the same number of syncs, and never duplicates them', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = excelDouble(model);
    const excel = new ExcelWorkbook(double.run);
    await generateBoardSummary(excel, asOf('2021-10-15'));
    await generateBoardSummary(excel, asOf('2022-01-15'));
    expect(names(model)).toEqual(['Business as usual', 'Priorities', 'Board Summary', 'Plan Check']);
    expect(double.runs().map((syncs) => syncs.length)).toEqual([4, 4]);
    expect(textAt(sheetNamed(model, 'Board Summary'), 2, 0)).toMatch(/^Board summary as of 15 Jan 2022/);
  });

  it('never overwrites an officer\'s sheet that has the same name: it writes "Board Summary (2)" and says so', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const officers = emptyModelSheet('Board Summary');
    officers.cells.set(key(0, 0), {
      value: 'My own notes for the board',
      text: 'My own notes for the board',
      type: 'String',
      numberFormat: 'General',
    });
    model.sheets.push(officers);
    const done = await generateBoardSummary(new ExcelWorkbook(excelDouble(model).run), asOf('2021-10-15'));
    expect(done.sheets).toEqual(['Board Summary (2)', 'Plan Check']);
    expect(done.notices).toEqual([
      'A sheet of yours is already called "Board Summary", so the product\'s is "Board Summary (2)"; yours is unchanged.',
    ]);
    expect([...officers.cells.values()].map((c) => c.text)).toEqual(['My own notes for the board']);
    expect(names(model)).toContain('Board Summary (2)');
  });

  it('appends review snapshots to RAG History and shows the change since the last one', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = excelDouble(model);
    const excel = new ExcelWorkbook(double.run);
    expect(await saveReviewSnapshot(excel, asOf('2021-07-15'))).toEqual({ sheet: 'RAG History', actions: 21, notices: [] });
    expect(await saveReviewSnapshot(excel, asOf('2021-10-15'))).toEqual({ sheet: 'RAG History', actions: 21, notices: [] });
    expect(double.runs().map((syncs) => syncs.length)).toEqual([4, 4]);
    const history = sheetNamed(model, 'RAG History');
    const dates = column(history, 0, 1, 44);
    expect([dates[0], dates.filter((d) => d === '15 Jul 2021').length, dates.filter((d) => d === '15 Oct 2021').length, dates[43]]).toEqual(
      ['As of', 21, 21, undefined],
    );
    const done = await generateBoardSummary(excel, asOf('2021-10-15'));
    expect(done.summary.sinceLastReview?.priorities.map((p) => [p.code, p.improved, p.worse, p.added, p.closed])).toEqual([
      ['1', 0, 5, 0, 0],
      ['2', 0, 2, 0, 0],
    ]);
  });

  test.each([
    [2_000, 1],
    [10_000, 3],
    [20_000, 5],
  ])(
    'writes the board papers and a snapshot of %i actions with every request and response under 5 MB (the summary in at most %i write syncs)',
    async (actions, writes) => {
      const double = excelDouble(modelFromWorkbook(planWorkbook(actions)));
      const excel = new ExcelWorkbook(double.run);
      await generateBoardSummary(excel, asOf('2019-10-15'));
      const summary = double.lastRun();
      await saveReviewSnapshot(excel, asOf('2019-10-15'));
      const all = double.runs().flat();
      expect(
        all
          .filter((sync) => !sync.error)
          .every((sync) => sync.requestBytes < PAYLOAD_LIMIT_BYTES && sync.responseBytes < PAYLOAD_LIMIT_BYTES),
      ).toBe(true);
      expect(all.every((sync) => sync.error === null || /PayloadSizeLimitExceeded|GeneralException/.test(sync.error))).toBe(true);
      expect(summary.filter((sync) => sync.calculationSuspended).length).toBeLessThanOrEqual(writes);
      expect(names(double.model).slice(-3)).toEqual(['Board Summary', 'Plan Check', 'RAG History']);
    },
  );
});

describe('never half-written', () => {
  async function generatedTwice(failure: { code: string; writeSync: number }, actions = 10_000) {
    const model = modelFromWorkbook(planWorkbook(actions));
    const double = excelDouble(model);
    const excel = new ExcelWorkbook(double.run);
    await generateBoardSummary(excel, asOf('2019-07-15'));
    const before = snapshotOf(sheetNamed(model, 'Board Summary'));
    double.server.failSync(failure.code, { writes: true, skip: failure.writeSync - 1 });
    const outcome = await generateBoardSummary(excel, asOf('2019-10-15')).catch((error: Error) => error);
    return { model, before, outcome };
  }

  it('keeps the old Board Summary, removes the half-built one and says nothing changed when a later write sync fails', async () => {
    // 10,000 actions' papers take two write syncs: the second fails.
    const { model, before, outcome } = await generatedTwice({ code: 'GeneralException', writeSync: 2 });
    expect(outcome).toBeInstanceOf(WriteFailure);
    expect((outcome as Error).message).toMatch(
      /^Nothing was changed: "Board Summary" and "Plan Check" are as before\. Excel said: Excel reported an internal error \(GeneralException\)\.$/,
    );
    expect(names(model).slice(-2)).toEqual(['Board Summary', 'Plan Check']);
    expect(snapshotOf(sheetNamed(model, 'Board Summary'))).toBe(before);
  });

  it('finishes the swap when Excel stops after deleting the old sheet', async () => {
    // The last write sync fails just after the old Board Summary's delete: every row was written before the swap began.
    const model = modelFromWorkbook(planWorkbook(500));
    const double = excelDouble(model);
    const excel = new ExcelWorkbook(double.run);
    await generateBoardSummary(excel, asOf('2019-07-15'));
    double.server.failSync('GeneralException', { writes: true, after: 'Delete' });
    await generateBoardSummary(excel, asOf('2019-10-15'));
    expect(double.lastRun().map((sync) => sync.error)).toEqual([null, null, null, 'GeneralException', null, null]);
    expect(names(model).slice(-2)).toEqual(['Board Summary', 'Plan Check']);
    expect(textAt(sheetNamed(model, 'Board Summary'), 2, 0)).toMatch(/^Board summary as of 15 Oct 2019/);
    expect(textAt(sheetNamed(model, 'Plan Check'), 2, 0)).toMatch(/^As of 15 Oct 2019/);
  });

  it('clears a half-appended snapshot from RAG History when a sync fails part way', async () => {
    const model = modelFromWorkbook(planWorkbook(2_000));
    const double = excelDouble(model);
    const excel = new ExcelWorkbook(double.run);
    await saveReviewSnapshot(excel, asOf('2019-07-15'));
    const before = snapshotOf(sheetNamed(model, 'RAG History'));
    // The append's first write sync stops part way, with thousands of rows written.
    double.server.failSync('GeneralException', { writes: true, afterActions: 40 });
    const outcome = await saveReviewSnapshot(excel, asOf('2019-10-15')).catch((error: Error) => error);
    expect((outcome as Error).message).toMatch(/^Nothing was changed: "RAG History" is as before/);
    expect(snapshotOf(sheetNamed(model, 'RAG History'))).toBe(before);
  });

  it('says so plainly when the workbook is open for viewing only', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'), { viewOnly: true });
    const outcome = await generateBoardSummary(new ExcelWorkbook(excelDouble(model).run), asOf('2021-10-15')).catch(
      (error: Error) => error,
    );
    expect((outcome as Error).message).toBe(
      'Nothing was changed: "Board Summary" and "Plan Check" are as before. Excel said: Excel did not allow the change: the workbook is open for viewing only, or the sheet or workbook is protected (AccessDenied).',
    );
    expect(names(model)).toEqual(['Business as usual', 'Priorities']);
  });
});

describe('printing', () => {
  it('sets a zoom that fits the page when Windows Excel ignores "fit to one page wide" (office-js issue 1860)', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = excelDouble(model, { fitToPagesIgnored: true });
    const done = await generateBoardSummary(new ExcelWorkbook(double.run), asOf('2021-10-15'));
    expect(double.lastRun()).toHaveLength(5);
    const summary = sheetNamed(model, done.sheets[0]);
    expect(summary.setup.get('pageLayout.zoom')).toEqual({ scale: expect.any(Number) });
    expect((summary.setup.get('pageLayout.zoom') as { scale: number }).scale).toBeLessThan(100);
    expect(zoomScale({ widths: [10, 10] } as never)).toBe(100);
  });
});

describe('sizing requests', () => {
  it('counts text as the UTF-8 bytes a request carries, so pasted dashes and quotes never push one past the budget', () => {
    expect([utf8Bytes('Oct 2021'), utf8Bytes('Jun–Sep'), utf8Bytes('“done”'), utf8Bytes('😀')]).toEqual([8, 9, 10, 4]);
  });

  it("keeps every write sync within the 4 MB budget for a plan written in Word's dashes and quotes", async () => {
    const model = modelOfPlan(12, 500);
    for (const sheet of model.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (k.endsWith(',1') && cell.text.startsWith('Review'))
          sheet.cells.set(k, {
            ...cell,
            value: `${cell.text} – “as agreed” ${'—'.repeat(300)}`,
            text: `${cell.text} – “as agreed” ${'—'.repeat(300)}`,
          });
      }
    }
    const double = excelDouble(model);
    await generateBoardSummary(new ExcelWorkbook(double.run), asOf('2019-10-15'));
    const writes = double.lastRun().filter((sync) => sync.calculationSuspended);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.map((sync) => sync.requestBytes).filter((bytes) => bytes > PAYLOAD_BUDGET_BYTES)).toEqual([]);
  });
});

describe('the direction of travel in Excel', () => {
  it('charts RAG counts per review as stacked columns beside the bars per priority, in the same one write sync', async () => {
    const model = await modelFromXlsx(fixturePath('lrscb-2014-15.xlsx'));
    const double = excelDouble(model);
    const port = new ExcelWorkbook(double.run);
    await saveReviewSnapshot(port, asOf('2014-05-15'));
    await saveReviewSnapshot(port, asOf('2014-07-15'));
    await generateBoardSummary(port, asOf('2014-10-15'));
    expect(double.lastRun().filter((sync) => sync.calculationSuspended)).toHaveLength(1);
    const summary = sheetNamed(model, 'Board Summary');
    expect(summary.charts.map((chart) => [chart.type, chart.props.get('title.text')])).toEqual([
      ['BarStacked', 'Actions by RAG, per priority'],
      ['ColumnStacked', 'Actions by RAG, per review'],
    ]);
    const texts = [...summary.cells.values()].map((cell) => cell.text);
    expect(texts).toContain('Direction of travel: ▶ Unchanged');
    expect(texts).toContain('▼ Worsening');
  });
});

describe('recording priority assurance in Excel', () => {
  it("adds the executive's decision to the Priority Assurance sheet in one write sync, read back as the priority's log", async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = excelDouble(model);
    const port = new ExcelWorkbook(double.run);
    const entry = {
      priority: '2',
      by: 'executive' as const,
      date: parseIsoDay('2021-10-15')!,
      rag: 'amber' as const,
      comments: 'Assured in part',
      recommendations: '',
      risks: '',
    };
    const outcome = await recordAssessment(port, asOf('2021-10-15'), entry, '2021-10-15 10:00:00');
    expect(outcome).toEqual({ recorded: 'Decision for priority 2 (Amber, 2021-10-15)', sheet: 'Priority Assurance', notices: [] });
    expect(double.lastRun().filter((sync) => sync.calculationSuspended)).toHaveLength(1);
    const result = checkPlan(await port.read(), asOf('2021-10-15'));
    expect(result.assurance.find((p) => p.code === '2')?.decision).toMatchObject({
      rag: 'amber',
      comments: 'Assured in part',
      sheet: 'Priority Assurance',
    });
  });
});
