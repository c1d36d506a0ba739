import { checkPlan, parseIsoDay, summariseObjectives, toPlanJson } from '../../src/plan';
import { grid } from '../helpers/grid';

const AS_OF = parseIsoDay('2019-10-15')!;
const check = (...sheets: ReturnType<typeof grid>[]) => toPlanJson(checkPlan(sheets, { asOf: AS_OF }));

describe('finding plan tables', () => {
  it("reads a header block above a table as the actions' priority", () => {
    const json = check(
      grid('SAB2', [
        ['Priority: SAB2 Mental Capacity'],
        ['Partnership Lead:', 'Health'],
        [],
        ['Objective', 'What are we going to do?', 'When is it going to be done by?', 'Who is responsible?'],
        ['Respond to LPS', 'Case file audit', 'Mar 2020', 'Audit Subgroup'],
      ]),
    );
    expect(json.tables).toEqual([
      {
        sheet: 'SAB2',
        headerRow: 4,
        columns: { objective: 'A', action: 'B', due: 'C', owner: 'D' },
        columnsOf: {},
        periods: [],
        unplaced: [],
      },
    ]);
    expect(json.actions[0]).toMatchObject({ priority: 'SAB2', objective: 'Respond to LPS', row: 5 });
    expect(json.priorities).toEqual([expect.objectContaining({ code: 'SAB2', title: 'Mental Capacity' })]);
  });

  it('reads section rows and repeated headers in one long sheet', () => {
    const header = ['Ref. no.', 'In 2014/5 we will', 'Who will lead?', 'Timescale'];
    const json = check(
      grid(
        'Plan',
        [
          ['Business Plan 2014-15'],
          ['Priority 2a: To be assured that children are safe'],
          header,
          ['2a. 1', 'Audit programme', 'SEG', 'Feb 2015'],
          header,
          ['2a. 2', 'CSE team', 'CSE Sub group', 'Aug 2014'],
          ['Priority 2b - To be assured that adults are safe'],
          header,
          ['2b.1', 'Survey', 'Engagement group', 'December 2014'],
        ],
        ['A2:D2', 'A7:D7'],
      ),
    );
    expect(json.actions.map((a) => [a.ref, a.priority])).toEqual([
      ['2a.1', '2a'],
      ['2a.2', '2a'],
      ['2b.1', '2b'],
    ]);
    expect(json.tables).toHaveLength(3);
    expect(json.priorities.map((p) => p.code)).toEqual(['2a', '2b']);
  });

  it('carries merged objectives, merged leads and blank objectives down to every action', () => {
    const json = check(
      grid(
        'P',
        [
          ['Key Deliverables', 'Lead', 'Activity', 'Timescale'],
          ['Analysis of hidden harm', 'Performance Group', 'Feed information', 'Oct 2019'],
          [null, 'Audit Group', 'Collate information', 'Jan 2020'],
          [null, null, 'Multi-agency audit', 'Sept 2019'],
          ['', 'SAB', 'Review learning', 'Mar 2020'],
          [null, null, 'Unmerged, no lead', 'Mar 2020'],
        ],
        ['A2:A4', 'B3:B4'],
      ),
    );
    expect(json.actions.map((a) => [a.objective, a.owner])).toEqual([
      ['Analysis of hidden harm', 'Performance Group'],
      ['Analysis of hidden harm', 'Audit Group'],
      ['Analysis of hidden harm', 'Audit Group'],
      ['Analysis of hidden harm', 'SAB'],
      ['Analysis of hidden harm', ''],
    ]);
    expect(json.findings.filter((f) => f.rule === 'MISSING_OWNER').map((f) => f.cell)).toEqual(['B6']);
  });

  it('reads a row of N actions with N timescales as N parts, sharing one lead', () => {
    const json = check(
      grid('P', [
        ['Activity', 'Lead', 'Timescale'],
        [
          '\uF0B7 Identify key messages\n\uF0B7 Establish links\n\uF0B7 Plan campaign',
          'Task and Finish Group',
          'Jun 2019\nJul 2019\nJun-Sep 2019',
        ],
      ]),
    );
    expect(json.actions.map((a) => [a.row, a.part, a.text, a.owner, a.due.date])).toEqual([
      [2, 1, 'Identify key messages', 'Task and Finish Group', '2019-06-30'],
      [2, 2, 'Establish links', 'Task and Finish Group', '2019-07-31'],
      [2, 3, 'Plan campaign', 'Task and Finish Group', '2019-09-30'],
    ]);
  });

  it('keeps a row whose parts do not pair up as one action and says so', () => {
    const json = check(
      grid('P', [
        ['Activity', 'Lead', 'Timescale'],
        ['Audit\n\nSurvey\n\nReport', 'SEG', 'Sept 2019\n\nMar 2020'],
      ]),
    );
    expect(json.actions).toHaveLength(1);
    expect(json.actions[0].due).toEqual({ text: 'Sept 2019 Mar 2020', date: '2020-03-31', kind: 'milestones' });
    expect(json.findings.map((f) => f.rule)).toContain('MISMATCHED_PARTS');
  });

  it('skips tables that are not action plans, with a reason', () => {
    const json = check(
      grid('Business as usual', [
        ['Group', 'Role', 'Specific additional deliverables for 2021/22'],
        ['Review Group', 'Carry out SARs'],
      ]),
      grid('Action Log', [
        ['Lead', 'RAG', 'Date'],
        ['SEG', 'G', '1 Oct'],
      ]),
      grid('Vision', [['Our vision is a Luton free from abuse']]),
      grid('Blank', []),
      grid('Plan', [
        ['Action', 'Lead', 'Timescale'],
        ['Audit', 'SEG', 'Mar 2022'],
      ]),
    );
    expect(json.skipped).toEqual([
      { sheet: 'Business as usual', reason: expect.stringMatching(/row 1 .*"Group".*not an action plan/) },
      { sheet: 'Action Log', reason: expect.stringMatching(/row 1 .*no action column/) },
      { sheet: 'Vision', reason: expect.stringMatching(/text only/) },
      { sheet: 'Blank', reason: 'empty sheet' },
    ]);
    expect(json.findings).toEqual([]);
  });

  it('cleans action text but keeps markup and formulas literal', () => {
    const json = check(
      grid('P', [
        ['Action', 'Lead', 'Timescale'],
        ['<img src=x onerror=alert(1)>', 'SEG', 'Mar 2020'],
        ['=SUM(A1:A3)', 'SEG', 'Mar 2020'],
        ['  Review   and report ', 'SEG', 'Mar 2020'],
      ]),
    );
    expect(json.actions.map((a) => a.text)).toEqual(['<img src=x onerror=alert(1)>', '=SUM(A1:A3)', 'Review and report']);
  });
});

describe('objective roll-ups', () => {
  it('rates each objective worst first from its actions', () => {
    const result = checkPlan(
      [
        grid(
          'P',
          [
            ['Objective', 'Action', 'Lead', 'Timescale', 'Progress'],
            ['Guidance in place', 'Draft guidance', 'SEG', 'Jul 2019', 'Complete'],
            [null, 'Publish guidance', 'SEG', 'Mar 2020', ''],
            ['Audit', 'Case file audit', 'Audit Group', 'Sept 2019', ''],
          ],
          ['A2:A3'],
        ),
      ],
      { asOf: AS_OF },
    );
    expect(summariseObjectives(result.actions).map((o) => [o.objective, o.rag, o.counts.blue, o.counts.green, o.counts.red])).toEqual([
      ['Guidance in place', 'green', 1, 1, 0],
      ['Audit', 'red', 0, 0, 1],
    ]);
  });
});

describe('a plan that keeps revised dates', () => {
  const plan = grid('Plan', [
    ['Ref', 'Action', 'Lead', 'Target date', 'Revised target date', 'Reason for delay', 'Progress'],
    ['1.1', 'Audit of case files', 'Audit Group', 'Jun 2019', 'Dec 2019', 'Waiting for data from partners', 'Started'],
    ['1.2', 'Refresh the strategy', 'Board', 'Jun 2019', 'Aug 2019', 'Consultation ran long', 'Draft out'],
    ['1.3', 'Training needs analysis', 'Training Group', 'Jun 2019', '', '', 'Started'],
    ['1.4', 'Publish the annual report', 'Board', 'Mar 2020', 'Jun 2020', 'Printing', ''],
  ]);

  it('reads the revised date beside the due date, which stays the baseline, and the reason', () => {
    const json = check(plan);
    expect(json.tables[0].columns).toMatchObject({ due: 'D', revisedDue: 'E', delayReason: 'F' });
    expect(json.actions.map((a) => [a.ref, a.due.date, a.revisedDue?.date ?? null, a.delayReason])).toEqual([
      ['1.1', '2019-06-30', '2019-12-31', 'Waiting for data from partners'],
      ['1.2', '2019-06-30', '2019-08-31', 'Consultation ran long'],
      ['1.3', '2019-06-30', null, ''],
      ['1.4', '2020-03-31', '2020-06-30', 'Printing'],
    ]);
  });

  it('rates a slipped action amber while its revised date is ahead, red once that passes, and by its due date until then', () => {
    const json = check(plan);
    expect(json.actions.map((a) => [a.ref, a.rag, a.ragReason])).toEqual([
      ['1.1', 'amber', 'slipped to 31 Dec 2019 (due 30 Jun 2019)'],
      ['1.2', 'red', 'overdue: due 30 Jun 2019, revised to 31 Aug 2019, not complete'],
      ['1.3', 'red', 'overdue: due 30 Jun 2019, not complete'],
      ['1.4', 'green', 'on track: due 31 Mar 2020'],
    ]);
  });
});
