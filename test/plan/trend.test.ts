import { HISTORY_COLUMNS, checkPlan, ownSheetMark, parseIsoDay, toPlanJson } from '../../src/plan';
import { HEADER, grid, GridValue } from '../helpers/grid';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Two priorities of two actions each, rated as of 15 Oct 2021: 1.1 green, 1.2 blue, 2.1 red (overdue), 2.2 green. */
const PLAN = grid('Plan', [
  ['Business Plan 2021-22'],
  ['Priority 1: Prevention'],
  HEADER,
  ['1.1', 'Audit', 'SEG', 'Mar 2022', 'Report', 'Under way', ''],
  ['1.2', 'Survey', 'SEG', 'Sep 2021', 'Report', 'Completed', ''],
  [],
  ['Priority 2: Care homes'],
  HEADER,
  ['2.1', 'Review', 'QA group', 'Jun 2021', 'Report', 'Under way', ''],
  ['2.2', 'Training', 'QA group', 'Dec 2021', 'Report', 'Under way', ''],
]);

/** Four reviews saved to RAG History, as the product writes it: [date, 1.1, 1.2, 2.1, 2.2]. The last is this review's own. */
const SAVED: [string, string, string, string, string][] = [
  ['2021-01-15', 'Green', 'Green', 'Green', 'Green'],
  ['2021-04-15', 'Green', 'Amber', 'Green', 'Green'],
  ['2021-07-15', 'Amber', 'Red', 'Amber', 'Green'],
  ['2021-10-15', 'Green', 'Blue', 'Red', 'Green'],
];

function history(): ReturnType<typeof grid> {
  const refs = [
    ['1', '1.1'],
    ['1', '1.2'],
    ['2', '2.1'],
    ['2', '2.2'],
  ];
  const rows: GridValue[][] = [[ownSheetMark('RAG History', 'saved reviews')], [...HISTORY_COLUMNS]];
  for (const [asOf, ...rags] of SAVED) {
    rags.forEach((rag, i) => {
      const [priority, ref] = refs[i];
      const row: Record<string, GridValue> = {
        'As of': day(asOf),
        Priority: priority,
        Ref: ref,
        'Computed RAG': rag,
        Key: `Plan | ${priority} | ${ref} | 1`,
      };
      rows.push(HISTORY_COLUMNS.map((column) => row[column] ?? ''));
    });
  }
  return grid('RAG History', rows);
}

const summary = (line: { reviews: { asOf: string; rag: string; counts: Record<string, number> }[]; direction: string | null }) => ({
  reviews: line.reviews.map((r) => `${r.asOf} ${r.rag} ${['red', 'amber', 'green', 'blue'].map((rag) => r.counts[rag]).join('/')}`),
  direction: line.direction,
});

describe('the direction of travel across reviews', () => {
  it('counts RAG at each saved review and now, per priority and overall, and says which way each is going', () => {
    const json = toPlanJson(checkPlan([PLAN, history()], { asOf: parseIsoDay('2021-10-15')! }));
    // Red/amber/green/blue; this review's own snapshot is the review being made: counted from the plan as it is now.
    expect(summary(json.trend)).toEqual({
      reviews: ['2021-01-15 green 0/0/4/0', '2021-04-15 amber 0/1/3/0', '2021-07-15 red 1/2/1/0', '2021-10-15 red 1/0/2/1'],
      // Red both times, but one action of four red or amber instead of three.
      direction: 'improving',
    });
    expect(json.priorities.map((p) => [p.code, summary(p.trend)])).toEqual([
      [
        '1',
        {
          reviews: ['2021-01-15 green 0/0/2/0', '2021-04-15 amber 0/1/1/0', '2021-07-15 red 1/1/0/0', '2021-10-15 green 0/0/1/1'],
          direction: 'improving',
        },
      ],
      [
        '2',
        {
          reviews: ['2021-01-15 green 0/0/2/0', '2021-04-15 green 0/0/2/0', '2021-07-15 amber 0/1/1/0', '2021-10-15 red 1/0/1/0'],
          direction: 'worsening',
        },
      ],
    ]);
  });

  it('has no direction before a second review, and leaves out reviews saved after the review date', () => {
    const json = toPlanJson(checkPlan([PLAN, history()], { asOf: parseIsoDay('2021-01-10')! }));
    expect(summary(json.trend)).toEqual({ reviews: ['2021-01-10 green 0/0/3/1'], direction: null });
    const none = toPlanJson(checkPlan([PLAN], { asOf: parseIsoDay('2021-10-15')! }));
    expect(none.trend.direction).toBeNull();
  });
});
