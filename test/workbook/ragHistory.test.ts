import ExcelJS from 'exceljs';
import { checkOptionsFor, readHistory } from '../../src/plan';
import { saveReviewSnapshot } from '../../src/workbook/operations';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

/** A plan that keeps revised dates, and optionally a RAG History sheet saved before the Revised due column was added. */
async function planWith(oldHistory: boolean): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet('Plan');
  plan.addRow(['Ref', 'Action', 'Lead', 'Target date', 'Revised target date', 'Reason for delay']);
  plan.addRow(['1.1', 'Audit of case files', 'Audit Group', 'Jun 2019', 'Dec 2019', 'Waiting for data']);
  plan.addRow(['1.2', 'Training needs analysis', 'Training Group', 'Mar 2020', '', '']);
  if (oldHistory) {
    const history = workbook.addWorksheet('RAG History');
    history.addRow(['Written by Board Plan Tracker · RAG History']);
    history.addRow(['As of', 'Priority', 'Ref', 'Action', 'Owner', 'Due', 'Computed RAG', 'Recorded RAG', 'Sheet', 'Row', 'Key']);
    history.addRow([
      new Date(Date.UTC(2019, 6, 15)),
      'Plan',
      '1.1',
      'Audit of case files',
      'Audit Group',
      'Jun 2019',
      'Green',
      '',
      'Plan',
      2,
      'Plan | Plan | 1.1 | 1',
    ]);
  }
  return XlsxWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()), 'plan.xlsx');
}

const historyRows = async (xlsx: XlsxWorkbook) => {
  const grid = (await xlsx.read()).find((g) => g.name === 'RAG History')!;
  return { grid, rows: grid.rows.slice(1).map((row) => Array.from(row ?? [], (cell) => cell?.text ?? '')) };
};

describe('the RAG History snapshot', () => {
  it('records the revised date beside the due date on a new sheet', async () => {
    const xlsx = await planWith(false);
    await saveReviewSnapshot(xlsx, checkOptionsFor({ asOf: '2019-10-15' }));
    const { rows } = await historyRows(xlsx);
    expect(rows[0].slice(0, 8)).toEqual(['As of', 'Priority', 'Ref', 'Action', 'Owner', 'Due', 'Revised due', 'Computed RAG']);
    expect(rows.slice(1).map((row) => [row[2], row[5], row[6], row[7]])).toEqual([
      ['1.1', '30 Jun 2019', '31 Dec 2019', 'Amber'],
      ['1.2', '31 Mar 2020', '', 'Green'],
    ]);
  });

  it('appends below a sheet saved before the column was added in that sheet’s own columns, and reads both reviews back', async () => {
    const xlsx = await planWith(true);
    await saveReviewSnapshot(xlsx, checkOptionsFor({ asOf: '2019-10-15' }));
    const { grid, rows } = await historyRows(xlsx);
    expect(rows[0]).toEqual(['As of', 'Priority', 'Ref', 'Action', 'Owner', 'Due', 'Computed RAG', 'Recorded RAG', 'Sheet', 'Row', 'Key']);
    expect(rows.slice(2).map((row) => [row[2], row[6], row[10]])).toEqual([
      ['1.1', 'Amber', 'Plan | Plan | 1.1 | 1'],
      ['1.2', 'Green', 'Plan | Plan | 1.2 | 1'],
    ]);
    expect(readHistory(grid).map((e) => [e.key, e.rag])).toEqual([
      ['Plan | Plan | 1.1 | 1', 'green'],
      ['Plan | Plan | 1.1 | 1', 'amber'],
      ['Plan | Plan | 1.2 | 1', 'green'],
    ]);
  });
});
