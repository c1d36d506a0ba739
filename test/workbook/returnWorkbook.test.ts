import JSZip from 'jszip';
import { PROPOSED_RAGS, RETURN_MARK, ownSheetKind } from '../../src/plan';
import { readGrids } from '../../src/workbook/xlsx';
import { auditGroupReturn } from '../helpers/returns';

describe('a lead’s update return', () => {
  it('reads back as the product’s own sheet, with the lead’s actions, the plan and review it is for, and a key per row', async () => {
    const [grid] = await readGrids(await auditGroupReturn(), 'return.xlsx');
    expect(ownSheetKind(grid)).toBe('Update Return');
    const text = (row: number, col: number) => grid.rows[row]?.[col]?.text ?? '';
    expect(text(1, 0)).toBe('Update return: Audit Group');
    expect(text(3, 0)).toBe('Review as of 15 Oct 2021 · please return by 1 Nov 2021 to Board Business Officer');
    expect([0, 1, 2, 3].map((row) => text(row, 14))).toEqual([
      RETURN_MARK,
      'LEICESTER, LEICESTERSHIRE AND RUTLAND SAFEGUARDING ADULTS BOARD BUSINESS PLAN APRIL 2021 to MARCH 2022 (V1.0)',
      '2021-04-01 to 2022-03-31',
      '2021-10-15',
    ]);
    const header = grid.rows.findIndex((row) => row?.[0]?.text === 'Priority');
    expect(grid.rows[header]!.map((c) => c?.text)).toEqual([
      'Priority',
      'Ref',
      'Action',
      'Measure of impact',
      'Due',
      'Latest progress',
      'Recorded RAG',
      'Computed RAG now',
      'Why',
      'This quarter’s update',
      'Proposed RAG',
      'Revised date (only if it has slipped)',
      'Reason for delay',
      'Evidence of impact',
      'Key',
      'Fingerprint',
    ]);
    const body = grid.rows.slice(header + 1).filter(Boolean);
    expect(body.map((row) => [row![2]?.text, row![7]?.text, row![14]?.text])).toEqual([
      [
        'Embed professional curiosity within multi-agency audits.',
        'Red',
        'Priorities | 1 | embed professional curiosity within multi-agency audits. | 1',
      ],
      [
        "Receive assurance report regarding 'Transforming Care' cohort.",
        'Blue',
        "Priorities | 1 | receive assurance report regarding 'transforming care' cohort. | 1",
      ],
      ['Multi-agency audit regarding cuckooing', 'Green', 'Priorities | 1 | multi-agency audit regarding cuckooing | 2'],
      [expect.stringMatching(/^Follow up Multi-agency audit/), 'Green', expect.stringMatching(/^Priorities \| 1 \| follow up/)],
    ]);
  });

  it('is protected, only the cells to fill open, with a drop-down of RAGs, date cells, and the key columns hidden', async () => {
    const zip = await JSZip.loadAsync(await auditGroupReturn());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(sheet).toContain(`<formula1>&quot;${PROPOSED_RAGS.join(',')}&quot;</formula1>`);
    expect(sheet).toMatch(/<dataValidation type="date"[^>]*sqref="L8:L11"/);
    expect(sheet).toMatch(/<col min="15" max="15"[^>]*hidden="1"\/><col min="16" max="16"[^>]*hidden="1"\/>/);
    // The first cell to fill (J8) has a format whose cells are unlocked; a plan cell beside it (I8) does not.
    const cellXfs = styles.slice(styles.indexOf('<cellXfs'));
    const formatOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)![1]);
    const xf = (index: number) => [...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)][index][0];
    expect(xf(formatOf('J8'))).toContain('<protection locked="0"/>');
    expect(xf(formatOf('I8'))).not.toContain('locked="0"');
  });
});
