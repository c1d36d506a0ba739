import { checkPlan, leadKey, leadsOf, parseIsoDay, updateRequests } from '../../src/plan';
import { grid } from '../helpers/grid';

const AS_OF = parseIsoDay('2019-10-15')!;
const RETURN_BY = parseIsoDay('2019-11-01')!;

const header = ['Ref', 'Action', 'Lead', 'Target date', 'Revised date', 'Progress', 'RAG'];
const rows = [
  ['1.1', 'Audit of case files', 'Safeguarding Effectiveness Group', 'Jun 2019', 'Dec 2019', 'Started', 'A'],
  ['1.2', 'Refresh the strategy', 'Safeguarding effectiveness group.', 'Mar 2020', '', '', 'G'],
  ['1.3', 'Training needs analysis', 'Training Group', 'Jun 2019', '', 'Started', 'G'],
  ['1.4', 'Publish the annual report', 'SEG', 'Mar 2020', '', '', ''],
  ['1.5', 'Review the escalation policy', 'Safeguarding Effectiveness Group', 'Jan 2020', '', '', ''],
];
const plan = (body = rows) => grid('Plan', [['Safeguarding Adults Board Business Plan 2019-20'], header, ...body]);
const checked = (body = rows) => {
  const grids = [plan(body)];
  return { grids, result: checkPlan(grids, { asOf: AS_OF }) };
};

describe('the leads of a plan', () => {
  it('are one lead however case, spacing and punctuation spell it, named as most rows write it', () => {
    const leads = leadsOf(checked().result.actions);
    expect(leads.map((l) => [l.name, l.actions.map((a) => a.ref)])).toEqual([
      ['Safeguarding Effectiveness Group', ['1.1', '1.2', '1.5']],
      ['SEG', ['1.4']],
      ['Training Group', ['1.3']],
    ]);
  });

  it('take in a lead the officer merges into another, under the other’s name', () => {
    const merged = new Map([[leadKey('SEG'), leadKey('Safeguarding Effectiveness Group')]]);
    const leads = leadsOf(checked().result.actions, merged);
    expect(leads.map((l) => [l.name, l.actions.length])).toEqual([
      ['Safeguarding Effectiveness Group', 4],
      ['Training Group', 1],
    ]);
  });
});

describe('update requests', () => {
  const { grids, result } = checked();
  const requests = updateRequests(result, grids, { asOf: AS_OF, returnBy: RETURN_BY, returnTo: 'Board Business Officer' });

  it('are one per lead, for this plan and review, with each action as the plan holds it and its computed RAG', () => {
    expect(requests.map((r) => [r.lead, r.rows.length])).toEqual([
      ['Safeguarding Effectiveness Group', 3],
      ['SEG', 1],
      ['Training Group', 1],
    ]);
    const [first] = requests;
    expect(first.plan).toEqual({ name: 'Safeguarding Adults Board Business Plan 2019-20', period: '2019-04-01 to 2020-03-31' });
    expect([first.asOf, first.returnBy, first.returnTo]).toEqual([AS_OF, RETURN_BY, 'Board Business Officer']);
    expect(first.rows[0]).toMatchObject({
      key: 'Plan | Plan | 1.1 | 1',
      ref: '1.1',
      action: 'Audit of case files',
      progress: 'Started',
      recordedRag: 'amber',
      rag: 'amber',
      ragReason: 'slipped to 31 Dec 2019 (due 30 Jun 2019)',
    });
    expect(first.rows[0].revisedDue?.date).toBe(parseIsoDay('2019-12-31'));
  });

  it('match rows by key, not position: a row moved keeps its key and fingerprint; a changed cell changes the fingerprint', () => {
    const moved = checked([rows[2], rows[0], rows[1], rows[3], rows[4]]);
    const edited = checked([[...rows[0].slice(0, 5), 'Data received', 'A'], ...rows.slice(1)]);
    const rowOf = (r: ReturnType<typeof checked>, ref: string) =>
      updateRequests(r.result, r.grids, { asOf: AS_OF, returnBy: RETURN_BY })
        .flatMap((q) => q.rows)
        .find((row) => row.ref === ref)!;
    const before = rowOf(checked(), '1.1');
    expect([rowOf(moved, '1.1').key, rowOf(moved, '1.1').fingerprint]).toEqual([before.key, before.fingerprint]);
    expect(rowOf(moved, '1.1').row).not.toBe(before.row);
    expect(rowOf(edited, '1.1').key).toBe(before.key);
    expect(rowOf(edited, '1.1').fingerprint).not.toBe(before.fingerprint);
    expect(before.fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });
});
