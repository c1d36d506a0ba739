import fc from 'fast-check';
import { Cell, SheetGrid, checkPlan, parseIsoDay, toPlanJson } from '../../src/plan';
import { COLUMN_TERMS } from '../../src/plan/columns';

const AS_OF = parseIsoDay('2021-10-15')!;

const words = [
  ...COLUMN_TERMS.flatMap((entry) => entry.terms),
  'Q1 update',
  'Q2 RAG',
  'Start date',
  'Cancelled',
  '75%',
  'Priority 1: Safe',
  'Sep 2021',
  'TBC',
  'Ongoing',
  'G',
  'Purple',
  'Q3 2021/22',
  '\uF0B7 x\ny',
  '',
  '2a. 1',
];

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...words).map((text): Cell => ({ value: text, text, kind: text ? 'text' : 'empty' })),
  fc.string({ maxLength: 30 }).map((text): Cell => ({ value: text, text, kind: 'text' })),
  fc.double({ noNaN: false }).map((n): Cell => ({ value: n, text: String(n), kind: 'number' })),
  fc.date().map((d): Cell => ({ value: d, text: String(d), kind: 'date' })),
  fc.constantFrom('#REF!', '#DIV/0!').map((e): Cell => ({ value: e, text: e, kind: 'error' })),
  fc.constantFrom('A1', 'B2', 'ZZ99', 'A100000').map((master): Cell => ({ value: null, text: '', kind: 'empty', master })),
);

const gridArb: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 10 }),
  rows: fc.array(fc.option(fc.array(cellArb, { maxLength: 9 }), { nil: undefined }), { maxLength: 25 }),
});

describe('the engine on arbitrary grids', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 4 }), (grids) => {
        checkPlan(grids, { asOf: AS_OF });
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result for the same grids every time', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 3 }), (grids) => {
        const first = JSON.stringify(toPlanJson(checkPlan(grids, { asOf: AS_OF })));
        expect(JSON.stringify(toPlanJson(checkPlan(grids, { asOf: AS_OF })))).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every finding a sheet and an A1 cell, except workbook-wide ones', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), (grids) => {
        for (const finding of checkPlan(grids, { asOf: AS_OF }).findings) {
          if (finding.rule === 'NO_PLAN_TABLES') continue;
          expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
          expect(finding.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
