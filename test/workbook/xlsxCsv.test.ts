import { checkPlan, parseIsoDay, toPlanJson } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { csvRows, csvText } from '../../src/workbook/xlsx/csv';
import { fixturePath } from '../helpers/fixtures';

const AS_OF = { asOf: parseIsoDay('2023-10-15')! };
const bytes = (text: string, encoding: 'utf8' | 'latin1' = 'utf8') => new Uint8Array(Buffer.from(text, encoding));

describe('a plan saved as CSV', () => {
  it('reads the same actions, dates, statuses and RAG as the workbook it was saved from', async () => {
    const fromCsv = toPlanJson(checkPlan(await (await openWorkbookFile(fixturePath('table-tracker.csv'))).read(), AS_OF));
    const fromXlsx = toPlanJson(checkPlan(await (await openWorkbookFile(fixturePath('table-tracker.xlsx'))).read(), AS_OF));
    const essentials = (json: typeof fromCsv) =>
      json.actions.map((a) => [a.ref, a.priority, a.owner, a.start, a.due.date, a.status?.meaning, a.percentComplete, a.rag]);
    expect(essentials(fromCsv)).toEqual(essentials(fromXlsx));
    expect(fromCsv.tables.map((t) => t.sheet)).toEqual(['table-tracker']);
    // The quoted cell with a line break and a comma is one cell.
    expect(fromCsv.actions[1].progress).toBe('Draft protocol out to consultation\nConsultation closes 30 November, then to the Board');
  });

  it('reads UTF-8 with or without a byte-order mark, and Windows-1252 from older Excel', () => {
    expect(csvText(bytes('\uFEFFAction,Lead\r\n'))).toBe('Action,Lead\r\n');
    expect(csvText(bytes('Action – 2023,Lead\n'))).toBe('Action – 2023,Lead\n');
    expect(csvText(new Uint8Array([0x41, 0x96, 0x42, 0xa3]))).toBe('A–B£');
  });

  it('keeps quoted commas, quotes and line breaks in one cell, and reads semicolon-separated files', () => {
    expect(csvRows('Action,Progress\r\n"Audit, then report","She said ""done""\nthen left"\r\n')).toEqual([
      ['Action', 'Progress'],
      ['Audit, then report', 'She said "done"\nthen left'],
    ]);
    expect(csvRows('Action;Lead;Due\nAudit;ASC;Mar 2024\n')).toEqual([
      ['Action', 'Lead', 'Due'],
      ['Audit', 'ASC', 'Mar 2024'],
    ]);
  });

  it('keeps text that looks like a formula as text', async () => {
    const [sheet] = await (await XlsxWorkbook.open(bytes('Action,Lead\n=HYPERLINK("http://x"),ASC\n'), 'plan.csv')).read();
    expect(sheet.rows[1]![0]).toEqual({ value: '=HYPERLINK("http://x")', text: '=HYPERLINK("http://x")', kind: 'text' });
  });

  it('refuses a binary file named .csv in one line', async () => {
    await expect(XlsxWorkbook.open(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'plan.csv')).rejects.toThrow(
      'plan.csv cannot be read as CSV: it holds binary data, not comma-separated text',
    );
  });
});
