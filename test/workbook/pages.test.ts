import { boardSummary, checkPlan, parseIsoDay } from '../../src/plan';
import { gridsOf } from '../helpers/read';
import { boardSummarySheet } from '../../src/workbook/sheets/boardSummarySheet';
import { STYLES } from '../../src/workbook/sheets/styles';
import type { SheetSpec } from '../../src/workbook/sheets';
import { planWorkbook } from '../../bench/generate';

async function summarySpec(actions: number): Promise<SheetSpec> {
  const grids = await gridsOf(planWorkbook(actions));
  return boardSummarySheet(boardSummary(checkPlan(grids, { asOf: parseIsoDay('2019-10-15')! }), grids, []), 'Board Summary');
}

const styleOf = (spec: SheetSpec, row: number) => spec.styles.filter((s) => s.area[0] <= row && row <= s.area[2]).map((s) => s.style);

describe('the Board Summary printed in pages', () => {
  let spec: SheetSpec;
  beforeAll(async () => {
    spec = await summarySpec(2_000);
  });

  it('breaks pages in the layout', () => {
    expect(spec.pageBreaks!.length).toBeGreaterThan(10);
  });

  it('never leaves a section heading at the foot of a page', () => {
    for (const row of spec.pageBreaks!) expect([row, styleOf(spec, row - 1)]).not.toEqual([row, expect.arrayContaining([STYLES.section])]);
  });

  it("starts every page inside a table with the table's column headings", () => {
    for (const row of spec.pageBreaks!) {
      const first = styleOf(spec, row);
      // A page starts with a section heading, or with a table's header row repeated.
      expect([row, first.includes(STYLES.section) || first.includes(STYLES.header)]).toEqual([row, true]);
    }
  });

  it('keeps the rows of a table, its merges and its RAG colours one area each across the repeated headings', () => {
    const exceptionsRag = spec.ragAreas.filter((area) => area[1] === 5 && area[3] === 5);
    expect(exceptionsRag.length).toBeLessThan(6);
  });
});
