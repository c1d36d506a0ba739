import { parseIsoDay } from '../../src/plan';
import { downloadName } from '../../src/preview/download';

describe('the name the preview suggests for a download', () => {
  const asOf = parseIsoDay('2021-10-15')!;

  it.each([
    ['plan.xlsx', 'plan – checked 15 Oct 2021.xlsx'],
    ['Plan.XLSX', 'Plan – checked 15 Oct 2021.xlsx'],
    ['tracker.csv', 'tracker – checked 15 Oct 2021.xlsx'],
    // Excel opens a macro-enabled workbook only under .xlsm.
    ['macros.xlsm', 'macros – checked 15 Oct 2021.xlsm'],
  ])('names %s’s copy %s, never the original’s name', (name, expected) => {
    expect(downloadName(name, asOf)).toBe(expected);
  });
});
