import { checkPlan, parseIsoDay, RULES } from '../../src/plan';
import { HEADER, grid, GridValue } from '../helpers/grid';

const AS_OF = parseIsoDay('2021-10-15')!;

function findingsOf(rows: GridValue[][], merges: string[] = []) {
  const sheet = grid('Plan', [['Business Plan 2021-22'], [], ...rows], merges);
  return checkPlan([sheet], { asOf: AS_OF }).findings;
}

const row = (
  ref: string,
  action: string,
  lead: string,
  due: GridValue,
  measure = 'Report',
  progress = 'Under way',
  rag: GridValue = '',
) => [ref, action, lead, due, measure, progress, rag];

/** [rule, rows that trigger it, the cell it must name] — one plan each, small enough to read. */
const CASES: [string, GridValue[][], string | null][] = [
  [
    'MISSING_COLUMN',
    [
      ['Ref', 'Action', 'Lead'],
      ['1', 'Audit', 'SEG'],
    ],
    'B3',
  ],
  ['MISSING_OWNER', [HEADER, row('1', 'Audit', '', 'Mar 2022')], 'C4'],
  ['MISSING_DUE', [HEADER, row('1', 'Audit', 'SEG', '')], 'D4'],
  ['CELL_ERROR', [HEADER, row('1', 'Audit', 'SEG', 'Mar 2022', 'Report', 'x', { error: '#REF!' })], 'G4'],
  ['PLACEHOLDER_OWNER', [HEADER, row('1', 'Audit', 'TBC', 'Mar 2022')], 'C4'],
  ['UNPARSED_DUE', [HEADER, row('1', 'Audit', 'SEG', 'when possible')], 'D4'],
  ['DUE_OUTSIDE_PERIOD', [HEADER, row('1', 'Audit', 'SEG', 'Jan 2023')], 'D4'],
  ['DUPLICATE_REF', [HEADER, row('1.1', 'Audit', 'SEG', 'Mar 2022'), row('1. 1', 'Survey', 'SEG', 'Mar 2022')], 'A5'],
  ['INVALID_RAG', [HEADER, row('1', 'Audit', 'SEG', 'Mar 2022', 'Report', 'x', 'Purple')], 'G4'],
  ['NO_PROGRESS', [HEADER, row('1', 'Audit', 'SEG', 'Jun 2021', 'Report', '')], 'F4'],
  ['MISMATCHED_PARTS', [HEADER, row('1', 'Audit\nSurvey\nReport', 'SEG', 'Jun 2021\nMar 2022')], 'B4'],
  ['MISSING_MEASURE', [HEADER, row('1', 'Audit', 'SEG', 'Mar 2022', '')], 'E4'],
  ['RAG_DISAGREES', [HEADER, row('1', 'Audit', 'SEG', 'Jun 2021', 'Report', 'Under way', 'G')], 'G4'],
  ['MULTI_VALUE', [HEADER, row('1', 'Audit\nSurvey', 'SEG', 'Jun 2021\nMar 2022')], 'B4'],
  ['PASTE_ARTEFACT', [HEADER, row('1', '\uF0B7 Audit', 'SEG', 'Mar 2022')], 'B4'],
  ['UNDATED', [HEADER, row('1', 'Audit', 'SEG', 'Ongoing')], 'D4'],
  ['RAG_COLOUR_DISAGREES', [HEADER, row('1', 'Audit', 'SEG', 'Mar 2022', 'Report', 'x', { text: 'Green', fill: '#FF0000' })], 'G4'],
  // A priority's action log under its table: the review's date heading the entry's column.
  [
    'ASSURANCE_RAG_UNREADABLE',
    [
      HEADER,
      row('1', 'Audit', 'SEG', 'Mar 2022'),
      [],
      ['Action Log', new Date(Date.UTC(2021, 9, 1))],
      ['RAG Rating proposal by SEG:', 'Purple'],
    ],
    'B7',
  ],
  [
    'DECISION_AWAITED',
    [
      HEADER,
      row('1', 'Audit', 'SEG', 'Mar 2022'),
      [],
      ['Action Log', new Date(Date.UTC(2021, 8, 1))],
      ['RAG Rating proposal by SEG:', 'Green'],
    ],
    'B7',
  ],
  [
    'ASSURANCE_DIFFERS',
    [
      HEADER,
      row('1', 'Audit', 'SEG', 'Jun 2021', 'Report', 'Under way'),
      [],
      ['Action Log', new Date(Date.UTC(2021, 9, 1))],
      ['RAG Rating proposal by SEG:', 'Amber'],
      ['RAG Rating decision by Exec:', 'Green'],
    ],
    'B8',
  ],
  [
    'NO_ASSURANCE',
    [
      HEADER,
      row('1', 'Audit', 'SEG', 'Mar 2022'),
      [],
      ['Action Log', new Date(Date.UTC(2021, 0, 10))],
      ['RAG Rating proposal by SEG:', 'Green'],
      ['RAG Rating decision by Exec:', 'Green'],
    ],
    'B4',
  ],
  [
    'WITHDRAWN',
    [
      [...HEADER, 'Status'],
      [...row('1', 'Audit', 'SEG', 'Jun 2021', 'Report', ''), 'Superseded by 2.1'],
    ],
    'H4',
  ],
];

describe('each rule', () => {
  test.each(CASES)('%s', (rule, rows, cell) => {
    const found = findingsOf(rows).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: 'Plan', cell });
    expect(found[0].message).not.toMatch(/\n/);
  });

  it('finds NO_PLAN_TABLES in a workbook of text', () => {
    const result = checkPlan([grid('Vision', [['Our vision'], ['1. Prevent abuse']])], { asOf: AS_OF });
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'NO_PLAN_TABLES', severity: 'error', sheet: null, cell: null })]);
  });

  it('gives a cell showing an error value one finding, whichever column it is in', () => {
    for (let col = 0; col < HEADER.length; col += 1) {
      const cells = row('1', 'Audit', 'SEG', 'Mar 2022', 'Report', 'Under way', 'G');
      cells[col] = { error: '#N/A' };
      expect([HEADER[col], findingsOf([HEADER, cells]).map((f) => f.rule)]).toEqual([HEADER[col], ['CELL_ERROR']]);
    }
  });

  it('finds nothing wrong with a well-kept plan', () => {
    expect(findingsOf([HEADER, row('1', 'Audit', 'SEG', 'Mar 2022')])).toEqual([]);
  });

  it('covers every rule in the table with a case', () => {
    const tested = new Set([...CASES.map(([rule]) => rule), 'NO_PLAN_TABLES']);
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('has unique rule IDs', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('lists errors before warnings before info', () => {
    const severities = findingsOf([HEADER, row('1', '\uF0B7 Audit', '', 'Ongoing', '', '', 'Purple')]).map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
    expect(severities[0]).toBe('error');
  });
});
