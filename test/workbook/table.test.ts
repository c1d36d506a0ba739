import { boardSummary, checkPlan, parseIsoDay } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';
import { boardSummarySheet } from '../../src/workbook/sheets/boardSummarySheet';
import { PlacedTable, TableColumn } from '../../src/workbook/sheets/table';
import { fixturePath } from '../helpers/fixtures';

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
    const [top, left, , right] = spec.chart!.data;
    expect(spec.rows[top - spec.startRow].slice(left, right + 1)).toEqual(['Red', 'Amber', 'Green', 'Blue', 'Not rated']);
  });
});
