import { SheetGrid, actionKey, boardSummary, checkPlan, parseIsoDay, planTrend } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';
import { boardSummarySheet } from '../../src/workbook/sheets/boardSummarySheet';
import { PlacedTable, TableColumn } from '../../src/workbook/sheets/table';
import { SheetSpec } from '../../src/workbook/sheets/spec';
import { fixturePath } from '../helpers/fixtures';
import { grid } from '../helpers/grid';

type Key = 'priority' | 'ref' | 'action' | 'owner' | 'rag';
const COLUMNS: TableColumn<Key>[] = [
  { key: 'priority', header: 'Priority' },
  { key: 'ref', header: 'Ref', optional: true, gives: 'after' },
  { key: 'action', header: 'Action' },
  { key: 'owner', header: 'Owner', optional: true },
  { key: 'rag', header: 'RAG', rag: true },
];

describe('a table laid out by named columns', () => {
  it('keeps every column a row fills, one sheet column each, in order', () => {
    const placed = new PlacedTable(COLUMNS, [{ priority: '1', ref: '1a', action: 'Audit', owner: 'QA group', rag: 'Red' }]);
    expect([...placed.at.entries()]).toEqual([
      ['priority', [0, 0]],
      ['ref', [1, 1]],
      ['action', [2, 2]],
      ['owner', [3, 3]],
      ['rag', [4, 4]],
    ]);
    const [values, options] = placed.row({ priority: '1', action: 'Audit', rag: 'Red' }, {});
    expect(values).toEqual(['1', '', 'Audit', '', 'Red']);
    expect(options.rag).toEqual([4]);
  });

  it('leaves out a column no row fills, giving its room to the neighbour it names, so later columns keep their place', () => {
    const placed = new PlacedTable(COLUMNS, [{ priority: '1', action: 'Audit', owner: ' ', rag: 'Red' }]);
    expect([...placed.at.entries()]).toEqual([
      ['priority', [0, 0]],
      ['action', [1, 3]],
      ['rag', [4, 4]],
    ]);
    const [header, options] = placed.header({});
    expect(header).toEqual(['Priority', 'Action', '', '', 'RAG']);
    expect(options.spans).toEqual([[1, 3]]);
    expect(placed.columnOf('rag')).toBe(4);
    expect(() => placed.columnOf('ref')).toThrow('the table has no column ref');
  });
});

describe('the Board Summary of a plan with no refs', () => {
  it('has no Ref column and no empty "Why" column in its action tables, and its chart still reads the count columns', async () => {
    const grids = await (await openWorkbookFile(fixturePath('llr-sab-2021-22.xlsx'))).read();
    const result = checkPlan(grids, { asOf: parseIsoDay('2021-10-15')! });
    const spec = boardSummarySheet(boardSummary(result, grids, []), 'Board Summary');
    const headers = spec.rows.filter((row) => row?.[0] === 'Priority').map((row) => row.filter((v) => v !== ''));
    expect(headers).toContainEqual(['Priority', 'Action', 'Owner', 'Due', 'RAG', 'Why', 'Latest progress']);
    expect(headers).toContainEqual(['Priority', 'Action', 'Owner', 'Due', 'RAG', 'Latest progress']);
    const [top, left, , right] = spec.charts[0].data;
    expect(spec.rows[top - spec.startRow].slice(left, right + 1)).toEqual(['Red', 'Amber', 'Green', 'Blue', 'Not rated']);
  });
});

describe('the Board Summary of a plan that keeps revised dates', () => {
  const plan = grid('Plan', [
    ['Priority 1: Safer care'],
    ['Ref', 'Action', 'Lead', 'Target date', 'Revised target date', 'Reason for delay', 'Progress'],
    ['1.1', 'Audit of case files', 'Audit Group', 'Jun 2019', 'Dec 2019', 'Waiting for data from partners', 'Started'],
    ['1.2', 'Refresh the strategy', 'Board', 'Jun 2019', 'Aug 2019', 'Consultation ran long', 'Draft out'],
    ['1.3', 'Training needs analysis', 'Training Group', 'Jun 2019', '', '', 'Started'],
    ['1.4', 'Publish the annual report', 'Board', 'Mar 2020', 'Jun 2020', 'Printing', ''],
  ]);
  const sheetOf = (grids: SheetGrid[]) =>
    boardSummarySheet(boardSummary(checkPlan(grids, { asOf: parseIsoDay('2019-10-15')! }), grids, []), 'Board Summary');
  const sectionRows = (spec: SheetSpec, title: string) => {
    const at = spec.rows.findIndex((row) => row?.[0]?.toString().startsWith(title));
    return at < 0
      ? null
      : spec.rows.slice(
          at + 1,
          spec.rows.findIndex((row, i) => i > at && (row ?? []).length === 0),
        );
  };

  it('lists the slipped actions with the due date, the date they slipped to, the RAG and why', () => {
    const rows = sectionRows(sheetOf([plan]), 'Slipped')!;
    expect(rows.map((row) => row.filter((v) => v !== ''))).toEqual([
      ['Priority', 'Ref', 'Action', 'Owner', 'Due', 'Revised to', 'RAG', 'Reason for delay', 'Latest progress'],
      [
        '1: Safer care',
        '1.2',
        'Refresh the strategy',
        'Board',
        { day: parseIsoDay('2019-06-30') },
        { day: parseIsoDay('2019-08-31') },
        'Red',
        'Consultation ran long',
        'Draft out',
      ],
      [
        '1: Safer care',
        '1.1',
        'Audit of case files',
        'Audit Group',
        { day: parseIsoDay('2019-06-30') },
        { day: parseIsoDay('2019-12-31') },
        'Amber',
        'Waiting for data from partners',
        'Started',
      ],
    ]);
  });

  it('has no such section for a plan that keeps no revised dates', async () => {
    const grids = await (await openWorkbookFile(fixturePath('llr-sab-2021-22.xlsx'))).read();
    expect(sectionRows(sheetOf(grids), 'Slipped')).toBeNull();
  });
});

describe('the Board Summary of seed 004, with its action log and two saved reviews', () => {
  const sectionRows = (spec: SheetSpec, title: string) => {
    const at = spec.rows.findIndex((row) => row?.[0]?.toString().startsWith(title));
    if (at < 0) return null;
    const end = spec.rows.findIndex((row, i) => i > at && (row ?? []).length === 0);
    return spec.rows.slice(at + 1, end).map((row) => row.filter((v) => v !== ''));
  };
  let spec: SheetSpec;
  beforeAll(async () => {
    const grids = await (await openWorkbookFile(fixturePath('lrscb-2014-15.xlsx'))).read();
    // Two earlier reviews as RAG History would hold them: every action's computed RAG then.
    const history = [parseIsoDay('2014-05-15')!, parseIsoDay('2014-07-15')!].flatMap((asOf) =>
      checkPlan(grids, { asOf }).actions.map((a) => ({ asOf, key: actionKey(a), priority: a.priority.code, rag: a.rag })),
    );
    const result = checkPlan(grids, { asOf: parseIsoDay('2014-10-15')! });
    spec = boardSummarySheet(
      boardSummary({ ...result, trend: planTrend(result.asOf, result.actions, result.priorities, history) }, grids, history),
      'Board Summary',
    );
  });

  it('shows per priority the computed roll-up, the proposal, the decision and its comment, and where they part', () => {
    const rows = sectionRows(spec, 'Assurance')!;
    expect(rows.slice(0, 4)).toEqual([
      [
        'Priority',
        'Roll-up',
        'Executive’s comment',
        'Where they differ',
        'Proposed on',
        'Proposed',
        'Decided on',
        'Decided',
        'Subgroup’s comment',
      ],
      [
        '1',
        'Green',
        'Audits on track: assured',
        { day: parseIsoDay('2014-10-08') },
        'Amber',
        { day: parseIsoDay('2014-10-08') },
        'Green',
        'Good progress on audits',
      ],
      [
        '2a',
        'Red',
        'Agreed',
        'Decided Amber, computes Red',
        { day: parseIsoDay('2014-10-08') },
        'Amber',
        { day: parseIsoDay('2014-10-08') },
        'Amber',
        'CSE team live one month late',
      ],
      ['2b', 'Green', 'Proposal awaiting a decision', { day: parseIsoDay('2014-09-01') }, 'Amber', 'Threshold audit under way'],
    ]);
    expect(rows[4]).toEqual(['2c', 'Red', 'No proposal or decision']);
  });

  it('shows RAG counts per review, charted as stacked columns, and each priority’s direction in words and symbols', () => {
    const title = spec.rows.find((row) => row?.[0]?.toString().startsWith('Direction of travel'))![0];
    expect(title).toBe('Direction of travel: ▶ Unchanged');
    const rows = sectionRows(spec, 'Direction of travel')!;
    expect(rows.slice(0, 4)).toEqual([
      ['Review', 'RAG', 'Red', 'Amber', 'Green', 'Blue', 'Not rated'],
      ['15 May 2014', 'Amber', 0, 3, 20, 4, 3],
      ['15 Jul 2014', 'Red', 1, 2, 20, 4, 3],
      ['15 Oct 2014 (now)', 'Red', 3, 0, 20, 4, 3],
    ]);
    expect(spec.charts.map((c) => [c.kind, c.title, c.bars.map((b) => b.label).join(', ')])).toEqual([
      ['bar', 'Actions by RAG, per priority', '1, 2a, 2b, 2c, 3, 3b, 4, 5'],
      ['column', 'Actions by RAG, per review', '15 May 2014, 15 Jul 2014, 15 Oct 2014'],
    ]);
    const byPriority = spec.rows.filter(
      (row) => ['2a', '2b'].includes(String(row?.[0])) && row.some((v) => /Worsening|Unchanged/.test(String(v))),
    );
    expect(byPriority.map((row) => row.filter((v) => v !== ''))).toEqual([
      ['2a', '▼ Worsening', 'Amber', 'Amber', 'Red'],
      ['2b', '▶ Unchanged', 'Green', 'Green', 'Green'],
    ]);
  });
});
