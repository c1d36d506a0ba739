import { PlanJson, checkPlan, parseIsoDay, toPlanJson } from '../../src/plan';
import { PROGRESS_AGAINST_TIME_POLICY } from '../../src/plan/policies';
import { GridValue, grid } from '../helpers/grid';

const AS_OF = parseIsoDay('2022-10-15')!;
const TITLE = ['Safeguarding Adults Board – Business Plan 2022-23'];

function check(rows: GridValue[][], options: { name?: string; policy?: typeof PROGRESS_AGAINST_TIME_POLICY } = {}): PlanJson {
  return toPlanJson(checkPlan([grid(options.name ?? 'Tracker', [TITLE, [], ...rows])], { asOf: AS_OF, policy: options.policy }));
}

const rules = (json: PlanJson, rule: string) => json.findings.filter((f) => f.rule === rule).map((f) => f.cell);

describe('progress and RAG kept per period', () => {
  const header = ['Ref', 'Action', 'Lead', 'Target date', 'Q1 update', 'Q1 RAG', 'Q2 update', 'Q2 RAG', 'Q3 update', 'Q3 RAG'];

  it('takes the latest period up to the review date, keeping the earlier ones', () => {
    const json = check([
      header,
      [
        '1.1',
        'Refresh the self-neglect protocol',
        'Adult Social Care',
        'Mar 2023',
        'Scoping under way',
        'G',
        'Draft out to consultation; delayed by staff absence',
        'A',
      ],
      ['1.2', 'Audit of section 42 enquiries', 'Quality Subgroup', 'Sep 2022', 'Audit tool agreed', 'G', '', 'R'],
      ['1.3', 'Launch the transitions protocol', 'Children and Adults Services', 'Dec 2022', 'Not started', 'G'],
      ['1.4', 'Publish the annual report', 'Board Manager', 'Nov 2022', '', '', 'Published in September – complete', ''],
      // Q3 (October to December) began before the review date: its update counts.
      ['1.5', 'Train GP practices in MCA', 'ICB', 'Mar 2023', 'Planned', 'G', 'Sessions booked', 'G', 'First two sessions held', 'G'],
    ]);
    expect(json.tables[0].periods).toEqual([
      { label: 'Q1', progress: 'E', recordedRag: 'F' },
      { label: 'Q2', progress: 'G', recordedRag: 'H' },
      { label: 'Q3', progress: 'I', recordedRag: 'J' },
    ]);
    expect(json.actions.map((a) => [a.ref, a.period, a.progress, a.recordedRag, a.rag])).toEqual([
      ['1.1', 'Q2', 'Draft out to consultation; delayed by staff absence', 'amber', 'amber'],
      // The Q2 RAG with no Q2 update still makes Q2 the latest period: its update is blank.
      ['1.2', 'Q2', '', 'red', 'red'],
      ['1.3', 'Q1', 'Not started', 'green', 'green'],
      ['1.4', 'Q2', 'Published in September – complete', null, 'blue'],
      ['1.5', 'Q3', 'First two sessions held', 'green', 'green'],
    ]);
    expect(json.actions[0].periods).toEqual([
      { label: 'Q1', progress: 'Scoping under way', recordedRag: 'green', status: '' },
      { label: 'Q2', progress: 'Draft out to consultation; delayed by staff absence', recordedRag: 'amber', status: '' },
    ]);
    expect(rules(json, 'NO_PROGRESS')).toEqual(['G5']);
  });

  it('leaves out a period that begins after the review date', () => {
    const json = check([
      ['Action', 'Lead', 'Due', 'Progress (Jun 22)', 'Progress (Sep 22)', 'Progress (Dec 22)'],
      ['Review the escalation policy', 'Procedures Group', 'Mar 2023', 'Started', 'Consultation closed', 'Adopted by the Board – complete'],
    ]);
    expect(json.actions[0]).toMatchObject({ period: 'Sep 22', progress: 'Consultation closed', rag: 'green' });
  });

  it('reads "Position at Q3" and "RAG end of Q2" as periods', () => {
    const json = check([
      ['Action', 'Lead', 'Timescale', 'RAG end of Q1', 'Position at Q2', 'RAG end of Q2'],
      ['Agree the exploitation strategy', 'Community Safety Partnership', 'Jan 2023', 'G', 'Strategy drafted; slipped to February', 'A'],
    ]);
    expect(json.actions[0]).toMatchObject({
      period: 'Q2',
      progress: 'Strategy drafted; slipped to February',
      recordedRag: 'amber',
      rag: 'amber',
    });
  });
});

describe('RAG held only as a cell colour', () => {
  const header = ['Action', 'Lead', 'Due', 'Progress', 'RAG'];
  test.each([
    ['#FF0000', 'red'],
    ['#C00000', 'red'],
    ['#FFC7CE', 'red'],
    ['#FFC000', 'amber'],
    ['#ED7D31', 'amber'],
    ['#FFFF00', 'amber'],
    ['#FFEB9C', 'amber'],
    ['#00B050', 'green'],
    ['#92D050', 'green'],
    ['#C6EFCE', 'green'],
    ['#0070C0', 'blue'],
    ['#00B0F0', 'blue'],
    ['#BDD7EE', 'blue'],
    ['#FFFFFF', null],
    ['#D9D9D9', null],
    ['#7030A0', null],
    ['#000000', null],
  ])('a blank cell filled %s is recorded %s', (fill, rag) => {
    const json = check([header, ['Audit of DoLS', 'Quality Group', 'Mar 2023', 'Under way', { fill }]]);
    expect(json.actions[0].recordedRag).toBe(rag);
    expect(json.actions[0].recordedRagFrom).toBe(rag ? 'fill' : null);
  });

  it('reads words over colour, and says when they disagree', () => {
    const json = check([header, ['Audit of DoLS', 'Quality Group', 'Mar 2023', 'Under way', { text: 'Green', fill: '#FF0000' }]]);
    expect(json.actions[0]).toMatchObject({ recordedRag: 'green', recordedRagFrom: 'text' });
    expect(json.findings.find((f) => f.rule === 'RAG_COLOUR_DISAGREES')?.message).toBe(
      'The action on row 4 is written "Green" but the cell is coloured Red: the words are read; make the two agree.',
    );
  });

  it('says a disagreement came from the colour', () => {
    const json = check([header, ['Audit of DoLS', 'Quality Group', 'Jun 2022', 'Under way', { fill: '#00B050' }]]);
    expect(json.findings.find((f) => f.rule === 'RAG_DISAGREES')?.message).toMatch(
      /recorded Green \(as the cell's colour\) but computes Red/,
    );
  });
});

describe('start and end dates, status and % complete', () => {
  const header = ['Ref', 'Action', 'Lead Agency', 'Lead Officer', 'Start date', 'End date', 'Status', '% complete'];
  const plan = () =>
    check([
      header,
      [
        '1',
        'Develop a hoarding protocol',
        'Housing',
        'J. Patel',
        new Date(Date.UTC(2022, 3, 1)),
        new Date(Date.UTC(2023, 2, 31)),
        'In progress',
        0.5,
      ],
      [
        '2',
        'Commission a SAR thematic review',
        'SAB',
        '',
        new Date(Date.UTC(2022, 10, 1)),
        new Date(Date.UTC(2023, 1, 28)),
        'Not started',
        0,
      ],
      ['3', 'Refresh the website', 'Comms', 'A. Jones', new Date(Date.UTC(2022, 3, 1)), new Date(Date.UTC(2022, 8, 30)), 'Cancelled', ''],
      [
        '4',
        'Deliver MCA training',
        'Health',
        'B. Smith',
        new Date(Date.UTC(2022, 3, 1)),
        new Date(Date.UTC(2022, 11, 31)),
        'Delayed',
        '20%',
      ],
      ['5', 'Publish the annual report', '', '', new Date(Date.UTC(2022, 3, 1)), new Date(Date.UTC(2022, 8, 30)), 'Complete', 1],
      ['6', 'Merge the two procedures', 'Procedures Group', '', '', 'Dec 2022', 'Merged with 1', ''],
    ]);

  it('takes the end date as due, never the start; a future start is not a fault', () => {
    const json = plan();
    expect(json.actions.map((a) => [a.ref, a.start, a.due.date])).toEqual([
      ['1', '2022-04-01', '2023-03-31'],
      ['2', '2022-11-01', '2023-02-28'],
      ['3', '2022-04-01', '2022-09-30'],
      ['4', '2022-04-01', '2022-12-31'],
      ['5', '2022-04-01', '2022-09-30'],
      ['6', null, '2022-12-31'],
    ]);
    expect(json.actions[1]).toMatchObject({ rag: 'green', ragReason: 'not due to start until 1 Nov 2022' });
  });

  it('reads status words and % complete under the default policy', () => {
    const json = plan();
    expect(json.actions.map((a) => [a.ref, a.status?.meaning ?? null, a.percentComplete, a.rag])).toEqual([
      ['1', 'active', 0.5, 'green'],
      ['2', 'notStarted', 0, 'green'],
      ['3', 'withdrawn', null, 'none'],
      ['4', 'slipping', 0.2, 'amber'],
      ['5', 'complete', 1, 'blue'],
      ['6', 'withdrawn', null, 'none'],
    ]);
    expect(json.actions[2].ragReason).toBe('not rated: marked "Cancelled"');
    // Withdrawn actions are never overdue, and are said to be withdrawn.
    expect(rules(json, 'WITHDRAWN')).toEqual(['G6', 'G9']);
    expect(rules(json, 'DUE_OUTSIDE_PERIOD')).toEqual([]);
  });

  it('names the owner from every lead column together; MISSING_OWNER only when all are blank', () => {
    const json = plan();
    expect(json.actions.map((a) => a.owner)).toEqual([
      'Housing – J. Patel',
      'SAB',
      'Comms – A. Jones',
      'Health – B. Smith',
      '',
      'Procedures Group',
    ]);
    expect(json.tables[0].columnsOf).toEqual({ owner: ['C', 'D'] });
    expect(rules(json, 'MISSING_OWNER')).toEqual(['C8']);
  });

  it('rates by % complete against time elapsed under the second policy', () => {
    const year = (ref: string, action: string, done: number) => [
      ref,
      action,
      'Housing',
      'J. Patel',
      new Date(Date.UTC(2022, 3, 1)),
      new Date(Date.UTC(2023, 2, 31)),
      'In progress',
      done,
    ];
    const rated = check(
      [
        header,
        year('1', 'Develop a hoarding protocol', 0.5),
        year('2', 'Map transitions pathways', 0.35),
        year('3', 'Review the MARM process', 0.2),
      ],
      { policy: PROGRESS_AGAINST_TIME_POLICY },
    );
    // 197 of 364 days gone (54%): 50% done is on track, 35% is amber (19% behind), 20% is red (34% behind).
    expect(rated.actions.map((a) => [a.rag, a.ragReason])).toEqual([
      ['green', '50% complete with 54% of its time gone'],
      ['amber', '35% complete with 54% of its time gone (more than 10% behind)'],
      ['red', '20% complete with 54% of its time gone (more than 25% behind)'],
    ]);
  });
});

describe('priority per row and header words beyond the list', () => {
  it('gives each action the priority its Priority / Theme column names', () => {
    const json = check([
      ['Theme', 'Action', 'Lead Officer / Agency', 'Date to be completed by', 'Progress to date – September', 'Evidence / impact', 'BRAG'],
      ['1. Making Safeguarding Personal', 'Audit MSP outcomes', 'ASC', 'Dec 2022', 'Audit planned', 'Audit report', 'G'],
      ['', 'Train staff in MSP', 'Learning and Development', 'Mar 2023', 'Sessions booked', 'Attendance', 'G'],
      ['2. Self-neglect', 'Refresh the protocol', 'Housing', 'Nov 2022', 'Delayed by staffing', 'Protocol published', 'A'],
      ['Prevention', 'Run a scams awareness week', 'Trading Standards', 'Oct 2022', 'Complete', 'Reach', 'B'],
    ]);
    expect(json.tables[0].columns).toEqual({
      priority: 'A',
      action: 'B',
      owner: 'C',
      due: 'D',
      progress: 'E',
      measure: 'F',
      recordedRag: 'G',
    });
    expect(json.actions.map((a) => a.priority)).toEqual(['1', '1', '2', 'Prevention']);
    expect(json.priorities.map((p) => [p.code, p.title])).toEqual([
      ['1', 'Making Safeguarding Personal'],
      ['2', 'Self-neglect'],
      ['Prevention', ''],
    ]);
  });

  it('reports the header cells it could not place', () => {
    const json = check([
      [
        'Action',
        'Responsible manager',
        'Start date',
        'Target completion date',
        'Date of last update',
        'RAG (end of quarter)',
        'Computed RAG',
      ],
      ['Audit MSP outcomes', 'ASC', 'Apr 2022', 'Dec 2022', new Date(Date.UTC(2022, 8, 30)), 'G', 'Green'],
    ]);
    expect(json.tables[0].columns).toEqual({ action: 'A', owner: 'B', start: 'C', due: 'D', recordedRag: 'F' });
    expect(json.tables[0].unplaced).toEqual([
      { column: 'E', header: 'Date of last update', reason: 'the header names no column the tracker reads' },
      { column: 'G', header: 'Computed RAG', reason: 'written by Board Plan Tracker' },
    ]);
  });
});

describe('sheets that are not the plan', () => {
  const plan = grid('Plan 2022-23', [TITLE, [], ['Action', 'Lead', 'Due'], ['Audit MSP outcomes', 'ASC', 'Dec 2022']]);

  it('skips hidden sheets, keys, lists and instructions with a reason, never row by row', () => {
    const lastYear = {
      ...grid('Plan 2021-22', [['Business Plan 2021-22'], ['Action', 'Lead', 'Due'], ['Old action', 'ASC', 'Mar 2021']]),
      hidden: 'hidden' as const,
    };
    const lists = {
      ...grid('Lists', [
        ['Leads', 'Status', 'RAG'],
        ['ASC', 'Not started', 'Red'],
        ['Housing', 'In progress', 'Amber'],
      ]),
      hidden: 'veryHidden' as const,
    };
    const key = grid('Plan notes', [
      ['RAG', 'Definition'],
      ['Red', 'Overdue and not complete'],
      ['Amber', 'At risk of slipping'],
      ['Green', 'On track'],
      ['Blue', 'Complete'],
    ]);
    const instructions = grid('Instructions', [
      ['How to update this tracker'],
      ['1. Fill in the Q2 update column'],
      ['2. Choose a RAG from the drop-down'],
    ]);
    const json = toPlanJson(checkPlan([plan, lastYear, lists, key, instructions], { asOf: AS_OF }));
    expect(json.actions.map((a) => a.text)).toEqual(['Audit MSP outcomes']);
    expect(json.skipped).toEqual(
      [
        { sheet: 'Plan 2021-22', reason: "a hidden sheet (such as last year's plan or lookups): not checked; unhide it to include it" },
        { sheet: 'Lists', reason: "a very hidden sheet (such as last year's plan or lookups): not checked; unhide it to include it" },
        { sheet: 'Instructions', reason: 'instructions, by its name: not part of the plan' },
        { sheet: 'Plan notes', reason: 'a RAG key: not part of the plan' },
      ].sort((a, b) => json.skipped.findIndex((s) => s.sheet === a.sheet) - json.skipped.findIndex((s) => s.sheet === b.sheet)),
    );
    expect(json.skipped).toHaveLength(4);
  });

  it('still reads hidden rows (an officer filtered the list)', () => {
    expect(toPlanJson(checkPlan([plan], { asOf: AS_OF })).actions).toHaveLength(1);
  });
});

describe('slippage words', () => {
  it('reads "due to delays" as slipping', () => {
    const json = check([
      ['Action', 'Lead', 'Due', 'Progress'],
      ['Audit MSP outcomes', 'ASC', 'Mar 2023', 'Progress slow due to delays in recruitment'],
    ]);
    expect(json.actions[0].rag).toBe('amber');
  });
});

describe('a sheet formatted to the bottom', () => {
  it('ends the table at its last row with anything in it, however far below a stray space lies', () => {
    const sheet = grid('Tracker', [TITLE, [], ['Action', 'Lead', 'Due'], ['Audit MSP outcomes', 'ASC', 'Dec 2022']]);
    sheet.rows[1_047_999] = [undefined, undefined, { value: ' ', text: ' ', kind: 'text' }];
    sheet.rows[1_048_575] = [{ value: null, text: '', kind: 'empty', fill: '#FFFFFF' }];
    const result = checkPlan([sheet], { asOf: AS_OF });
    expect(result.tables.map((t) => [t.headerRow, t.endRow])).toEqual([[2, 4]]);
    expect(result.actions).toHaveLength(1);
  });
});
