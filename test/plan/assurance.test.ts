import { checkPlan, parseIsoDay, toPlanJson } from '../../src/plan';
import { readAssuranceLabel } from '../../src/plan/columns';
import { HEADER, grid, GridValue } from '../helpers/grid';
import { checkFixture } from '../helpers/fixtures';

const AS_OF = parseIsoDay('2021-10-15')!;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const action = (ref: string, due: string, progress = 'Under way'): GridValue[] => [ref, 'Audit', 'SEG', due, 'Report', progress, ''];

/** A plan of two priorities, each with one action; `logs` puts rows under a priority's table. */
function plan(logs: Record<'1' | '2', GridValue[][]>) {
  const sheet = grid('Plan', [
    ['Business Plan 2021-22'],
    ['Priority 1: Prevention'],
    HEADER,
    action('1.1', 'Mar 2022'),
    [],
    ...logs['1'],
    [],
    ['Priority 2: Care homes'],
    HEADER,
    action('2.1', 'Jun 2021'),
    [],
    ...logs['2'],
  ]);
  return toPlanJson(checkPlan([sheet], { asOf: AS_OF }));
}

const assurance = (json: ReturnType<typeof plan>) =>
  Object.fromEntries(
    json.priorities.map((p) => [
      p.code,
      {
        proposal:
          p.assurance.proposal && `${p.assurance.proposal.ragText} ${p.assurance.proposal.date} ${p.assurance.proposal.comments}`.trim(),
        decision:
          p.assurance.decision && `${p.assurance.decision.ragText} ${p.assurance.decision.date} ${p.assurance.decision.comments}`.trim(),
      },
    ]),
  );

describe('priority assurance: action logs read as boards keep them', () => {
  it('reads the block of seed 004 under each priority, each line dated in its Date column, and never as actions', () => {
    const json = plan({
      '1': [
        ['Action Log', '', 'Date'],
        ['Comments from SEG:', 'Audits on track', day('2021-09-20')],
        ['Recommendations from SEG:', 'Report to the Board'],
        ['Identified Risks and Mitigation:', 'Staff turnover'],
        ['RAG Rating proposal by SEG:', 'Green', day('2021-09-20')],
        ['Comments by Executive Group:', 'Assured', day('2021-10-01')],
        ['Identified Risks and Mitigation:', 'None'],
        ['RAG Rating decision by Exec:', 'Green', day('2021-10-01')],
      ],
      '2': [
        ['Action Log', '', 'Date'],
        ['Comments from SEG:', 'Care home review late', day('2021-10-05')],
        ['RAG Rating proposal by SEG:', 'Amber', day('2021-10-05')],
        ['Comments by Executive Group:', 'Not assured: overdue', day('2021-10-12')],
        ['RAG Rating decision by Exec:', 'Red', day('2021-10-12')],
      ],
    });
    expect(json.actions.map((a) => a.ref)).toEqual(['1.1', '2.1']);
    expect(assurance(json)).toEqual({
      '1': { proposal: 'Green 2021-09-20 Audits on track', decision: 'Green 2021-10-01 Assured' },
      '2': { proposal: 'Amber 2021-10-05 Care home review late', decision: 'Red 2021-10-12 Not assured: overdue' },
    });
    const one = json.priorities[0].assurance;
    expect([one.proposal?.recommendations, one.proposal?.risks, one.decision?.risks]).toEqual([
      'Report to the Board',
      'Staff turnover',
      'None',
    ]);
    // Both decisions agree with the computed roll-up (2.1 is overdue: red), and both are this review's.
    expect(json.findings.filter((f) => /ASSURANCE|DECISION/.test(f.rule))).toEqual([]);
  });

  it('reads entries side by side, each column headed by its review date, and takes the latest up to the review date', () => {
    const json = plan({
      '1': [
        ['Action Log', day('2021-07-10'), day('2021-10-08'), day('2022-01-10')],
        ['Subgroup RAG', 'Green', 'Amber', 'Red'],
        ['Agreed RAG', 'Green', 'Green', 'Red'],
      ],
      '2': [],
    });
    expect(assurance(json)['1']).toEqual({ proposal: 'Amber 2021-10-08', decision: 'Green 2021-10-08' });
    expect(json.priorities[1].assurance).toEqual({ proposal: null, decision: null });
    expect(json.findings.filter((f) => f.rule === 'NO_ASSURANCE').map((f) => `${f.cell} ${f.message}`)).toEqual([
      'B12 Priority 2 has no proposal or decision for this review.',
    ]);
  });

  it('says a decision differs from the roll-up, with why, and that a proposal has waited', () => {
    const json = plan({
      '1': [
        ['Action Log', day('2021-08-01')],
        ['Proposed rating', 'Amber'],
      ],
      '2': [
        ['Assurance log', day('2021-10-01')],
        ['Proposed rating', 'Amber'],
        ['Board decision', 'Green'],
      ],
    });
    expect(json.findings.filter((f) => /ASSURANCE|DECISION/.test(f.rule)).map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([
      "DECISION_AWAITED B7 Priority 1's proposed RAG (1 Aug 2021), Amber, has had no decision for 75 days.",
      "ASSURANCE_DIFFERS B15 Priority 2's decided RAG (1 Oct 2021) is Green but the priority computes Red (1 red of 1 action).",
    ]);
  });

  test.each([
    ['RAG Rating proposal by SEG:', 'proposedRag'],
    ['Subgroup RAG', 'proposedRag'],
    ['Proposed rating', 'proposedRag'],
    ['RAG Rating decision by Exec:', 'decidedRag'],
    ['Agreed RAG', 'decidedRag'],
    ['Board decision', 'decidedRag'],
    ['Assurance level', 'decidedRag'],
    ['Comments by Executive Group:', 'execComments'],
    ['Comments from SEG:', 'subgroupComments'],
    ['Identified Risks and Mitigation:', 'risks'],
    ['Recommendations from SEG:', 'recommendations'],
    ['Date', 'date'],
  ])('%j is %s', (label, role) => {
    expect(readAssuranceLabel(label)).toBe(role);
  });
});

describe('seed 004: the action log kept as a table of its own, for two reviews (as of 15 Oct 2014)', () => {
  it('gives each priority its latest proposal and decision, and says where they differ or wait', async () => {
    const json = await checkFixture('lrscb-2014-15.xlsx', '2014-10-15');
    const byCode = Object.fromEntries(json.priorities.map((p) => [p.code, p]));
    expect(byCode['1'].assurance).toEqual({
      proposal: {
        date: '2014-10-08',
        rag: 'amber',
        ragText: 'A',
        comments: 'Good progress on audits',
        recommendations: 'Report compliance to the Board',
        risks: '',
        sheet: 'Action Log',
        cell: 'F4',
      },
      decision: {
        date: '2014-10-08',
        rag: 'green',
        ragText: 'G',
        comments: 'Audits on track: assured',
        recommendations: '',
        risks: 'None',
        sheet: 'Action Log',
        cell: 'I4',
      },
    });
    expect([byCode['2a'].rag, byCode['2a'].assurance.decision?.rag, byCode['2b'].assurance.decision]).toEqual(['red', 'amber', null]);
    expect(
      json.findings
        .filter((f) => /ASSURANCE|DECISION/.test(f.rule) && f.rule !== 'NO_ASSURANCE')
        .map((f) => `${f.rule} ${f.sheet}!${f.cell}`),
    ).toEqual(['DECISION_AWAITED Action Log!F6', 'ASSURANCE_DIFFERS Action Log!I5']);
    expect(json.findings.filter((f) => f.rule === 'NO_ASSURANCE').map((f) => /^Priority (\w+)/.exec(f.message)![1])).toEqual([
      '2c',
      '3',
      '3b',
      '4',
      '5',
    ]);
  });
});
