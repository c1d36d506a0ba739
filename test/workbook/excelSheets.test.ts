import { parseIsoDay } from '../../src/plan';
import { ExcelWorkbook } from '../../src/workbook/excel';
import { generateBoardSummary, saveReviewSnapshot } from '../../src/workbook/boardPapers';
import { fakeExcelRunner } from '../excel-double/excel';
import { ModelSheet, emptyModelSheet, key, modelFromXlsx, modelOfPlan } from '../excel-double/model';
import { fixturePath } from '../helpers/fixtures';

const asOf = (iso: string) => ({ asOf: parseIsoDay(iso)! });
const sheetNamed = (model: ModelSheet[], name: string) => model.find((s) => s.name === name)!;
const textAt = (sheet: ModelSheet, row: number, col: number) => sheet.cells.get(key(row, col))?.text;

/** The text of a column of a sheet, from a row down, as the officer would read it. */
function column(sheet: ModelSheet, col: number, from: number, to: number): (string | undefined)[] {
  return Array.from({ length: to - from + 1 }, (_, i) => textAt(sheet, from + i, col));
}

describe('board papers in Excel (through the strict double)', () => {
  it('generates the Board Summary and Plan Check in 3 syncs: 2 to read, 1 to write', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = fakeExcelRunner(model);
    await generateBoardSummary(new ExcelWorkbook(double.run), asOf('2021-10-15'));
    expect(double.contexts.map((c) => c.syncs.length)).toEqual([2, 1]);
    expect(double.contexts[1].syncs[0].calculationSuspended).toBe(true);
    expect(model.map((s) => s.name)).toEqual(['Business as usual', 'Priorities', 'Board Summary', 'Plan Check']);
    expect(double.contexts[1].activeSheet).toBe('Board Summary');

    const summary = sheetNamed(model, 'Board Summary');
    expect(textAt(summary, 0, 0)).toMatch(/^Written by Board Plan Tracker · Board Summary · /);
    expect(textAt(summary, 1, 0)).toMatch(/^LEICESTER, LEICESTERSHIRE AND RUTLAND SAFEGUARDING ADULTS BOARD BUSINESS PLAN/);
    expect(column(summary, 0, 5, 9)).toEqual(['Priorities', 'Priority', '1', '2', 'All']);
    expect(column(summary, 1, 7, 9)).toEqual(['Red', 'Red', 'Red']);
    // Percentages are numbers under a % format; dates real dates under a date format.
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
    });
    const check = sheetNamed(model, 'Plan Check');
    expect(textAt(check, 4, 0)).toBe('warning');
    expect(check.hyperlinks.get('D5:D5')).toEqual({ documentReference: "'Priorities'!E17", textToDisplay: 'Priorities!E17' });
    expect(check.setup.get('freezeRows')).toBe(4);
  });

  it('keeps text as text: a timescale "Oct 2021" or a leading "=" is never turned into a date or a formula', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = fakeExcelRunner(model);
    await generateBoardSummary(new ExcelWorkbook(double.run), asOf('2021-10-15'));
    const formats = sheetNamed(model, 'Board Summary').formats.filter((f) => f.path === 'numberFormat');
    const formatOf = (cell: string) => formats.filter((f) => f.range === cell).pop()?.value;
    expect(formatOf('C8')).toBe('@');
    expect(formatOf('E8')).toBe('General');
  });

  it('replaces its own sheets when generated again, in the same number of syncs, and never duplicates them', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = fakeExcelRunner(model);
    const excel = new ExcelWorkbook(double.run);
    await generateBoardSummary(excel, asOf('2021-10-15'));
    await generateBoardSummary(excel, asOf('2022-01-15'));
    expect(model.map((s) => s.name)).toEqual(['Business as usual', 'Priorities', 'Board Summary', 'Plan Check']);
    expect(double.contexts.map((c) => c.syncs.length)).toEqual([2, 1, 2, 1]);
    expect(textAt(sheetNamed(model, 'Board Summary'), 2, 0)).toMatch(/^Board summary as of 15 Jan 2022/);
  });

  it('never overwrites an officer\'s sheet that has the same name: it writes "Board Summary (2)" and says so', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const officers = emptyModelSheet('Board Summary');
    officers.cells.set(key(0, 0), { value: 'My own notes for the board', text: 'My own notes for the board', type: 'String', numberFormat: 'General' });
    model.push(officers);
    const done = await generateBoardSummary(new ExcelWorkbook(fakeExcelRunner(model).run), asOf('2021-10-15'));
    expect(done.sheets).toEqual(['Board Summary (2)', 'Plan Check']);
    expect(done.notices).toEqual(['A sheet of yours is already called "Board Summary", so the product\'s is "Board Summary (2)"; yours is unchanged.']);
    expect([...officers.cells.values()].map((c) => c.text)).toEqual(['My own notes for the board']);
    expect(model.map((s) => s.name)).toContain('Board Summary (2)');
  });

  it('appends review snapshots to RAG History and shows the change since the last one', async () => {
    const model = await modelFromXlsx(fixturePath('llr-sab-2021-22.xlsx'));
    const double = fakeExcelRunner(model);
    const excel = new ExcelWorkbook(double.run);
    expect(await saveReviewSnapshot(excel, asOf('2021-07-15'))).toEqual({ sheet: 'RAG History', actions: 21, notices: [] });
    expect(await saveReviewSnapshot(excel, asOf('2021-10-15'))).toEqual({ sheet: 'RAG History', actions: 21, notices: [] });
    expect(double.contexts.map((c) => c.syncs.length)).toEqual([2, 1, 2, 1]);
    const history = sheetNamed(model, 'RAG History');
    const dates = column(history, 0, 1, 44);
    expect([dates[0], dates.filter((d) => d === '15 Jul 2021').length, dates.filter((d) => d === '15 Oct 2021').length, dates[43]])
      .toEqual(['As of', 21, 21, undefined]);
    const done = await generateBoardSummary(excel, asOf('2021-10-15'));
    expect(done.summary.sinceLastReview?.priorities.map((p) => [p.code, p.improved, p.worse, p.added, p.closed])).toEqual([['1', 0, 5, 0, 0], ['2', 0, 2, 0, 0]]);
  });

  test.each([[1_000, 1], [10_000, 3]])('writes the board papers of %i actions in %i sync(s), each request under the 5 MB limit', async (actions, syncs) => {
    const double = fakeExcelRunner(modelOfPlan(12, Math.ceil(actions / 12)));
    await generateBoardSummary(new ExcelWorkbook(double.run), asOf('2019-10-15'));
    const [read, write] = double.contexts;
    expect(read.syncs).toHaveLength(2);
    expect(write.syncs).toHaveLength(syncs);
    expect(write.syncs.every((sync) => sync.requestBytes < 5 * 1024 * 1024)).toBe(true);
    // No more syncs than the bytes need at 4 MB a request.
    const total = write.syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(syncs).toBeLessThanOrEqual(Math.ceil(total / (4 * 1024 * 1024)) + 1);
  });
});
