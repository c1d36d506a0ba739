import { checkFixture, findingKeys } from './helpers/fixtures';

/**
 * The seed plans as officers keep them in Excel, checked against expectations
 * written by hand from the seeds (see test/fixtures/plans for each workbook).
 */

describe('seed 000: one sheet per priority with a header block (SAB 2019-20, as of 15 Oct 2019)', () => {
  let json: Awaited<ReturnType<typeof checkFixture>>;
  beforeAll(async () => {
    json = await checkFixture('sab-2019-20-sheets.xlsx', '2019-10-15');
  });

  it('reads the plan year from the title', () => {
    expect(json.period).toEqual({ start: '2019-04-01', end: '2020-03-31' });
  });

  it('finds one table per priority sheet and skips the cover sheet', () => {
    expect(json.tables.map((t) => [t.sheet, t.headerRow, t.columns])).toEqual(
      ['SAB1', 'SAB2', 'SAB3', 'SAB4'].map((sheet) => [sheet, 8, { objective: 'A', action: 'B', due: 'C', owner: 'D', measure: 'E' }]),
    );
    expect(json.skipped).toEqual([{ sheet: 'Plan', reason: expect.stringMatching(/text only/) }]);
  });

  it('reads every action, splitting two-action cells and carrying merged objectives', () => {
    expect(json.actions.map((a) => [a.priority, a.row, a.part, a.due.date, a.due.kind, a.owner, a.rag])).toEqual([
      ['SAB1', 9, 1, '2019-09-30', 'month', 'Procedures Subgroup', 'red'],
      ['SAB1', 10, 1, '2020-03-31', 'month', 'Procedures Subgroup', 'green'],
      ['SAB1', 11, 1, null, 'missing', '', 'none'],
      ['SAB1', 12, 1, '2019-07-31', 'month', 'Procedures Subgroup', 'red'],
      ['SAB1', 12, 2, '2019-12-31', 'month', 'Procedures Subgroup', 'green'],
      ['SAB2', 9, 1, '2020-03-31', 'month', 'Board Office', 'green'],
      ['SAB2', 9, 2, null, 'undated', 'Executive / Local Improvement Network', 'none'],
      ['SAB2', 10, 1, '2019-09-30', 'month', 'MC Task and Finish Group', 'red'],
      ['SAB2', 11, 1, '2020-03-31', 'month', 'Audit Subgroup', 'green'],
      ['SAB3', 9, 1, '2019-09-30', 'month', 'Procedures Subgroup', 'red'],
      ['SAB3', 10, 1, '2020-03-31', 'month', 'Procedures Subgroup', 'green'],
      ['SAB3', 11, 1, '2020-03-31', 'month', 'Procedures Subgroup', 'green'],
      ['SAB3', 11, 2, '2020-03-31', 'month', 'Task and Finish group', 'green'],
      ['SAB3', 12, 1, '2020-03-31', 'month', '', 'green'],
      ['SAB4', 9, 1, '2020-03-31', 'month', 'Transitions Task and Finish Group', 'green'],
      ['SAB4', 10, 1, '2019-06-30', 'month', 'Transitions Task and Finish Group', 'red'],
      ['SAB4', 11, 1, '2020-01-31', 'month', 'Transitions Task and Finish Group', 'green'],
    ]);
    const sab1 = json.actions.filter((a) => a.priority === 'SAB1').map((a) => a.objective.slice(0, 30));
    expect(sab1).toEqual([...Array(3).fill('An effective structure is in p'), ...Array(2).fill('Multi-agency meetings to safeg')]);
  });

  it('reports what an officer must fix', () => {
    expect(findingKeys(json, ['MISSING_OWNER', 'MISSING_DUE', 'PLACEHOLDER_OWNER'])).toEqual([
      'MISSING_DUE SAB1!C11',
      'MISSING_OWNER SAB1!D11',
      'MISSING_OWNER SAB3!D12',
      'PLACEHOLDER_OWNER SAB1!B4',
      'PLACEHOLDER_OWNER SAB1!B5',
      'PLACEHOLDER_OWNER SAB2!B4',
      'PLACEHOLDER_OWNER SAB2!B5',
      'PLACEHOLDER_OWNER SAB3!B4',
      'PLACEHOLDER_OWNER SAB3!B5',
      'PLACEHOLDER_OWNER SAB4!B5',
    ]);
    expect(findingKeys(json, ['MULTI_VALUE', 'UNDATED'])).toEqual([
      'MULTI_VALUE SAB1!B12',
      'MULTI_VALUE SAB2!B9',
      'MULTI_VALUE SAB3!B11',
      'UNDATED SAB2!C9',
    ]);
  });

  it('rolls RAG up to priorities', () => {
    expect(json.priorities.map((p) => [p.code, p.rag, p.counts])).toEqual([
      ['SAB1', 'red', { red: 2, amber: 0, green: 2, blue: 0, none: 1 }],
      ['SAB2', 'red', { red: 1, amber: 0, green: 2, blue: 0, none: 1 }],
      ['SAB3', 'red', { red: 1, amber: 0, green: 4, blue: 0, none: 0 }],
      ['SAB4', 'red', { red: 1, amber: 0, green: 2, blue: 0, none: 0 }],
    ]);
  });
});

describe('seed 001: the PDF copy in one long sheet, headers broken over lines', () => {
  let json: Awaited<ReturnType<typeof checkFixture>>;
  beforeAll(async () => {
    json = await checkFixture('sab-2019-20-pdf.xlsx', '2019-10-15');
  });

  it('matches headers broken over lines, including a repeated header', () => {
    expect(json.tables.map((t) => t.headerRow)).toEqual([6, 12, 14]);
    expect(json.tables[0].columns).toEqual({ objective: 'A', action: 'B', due: 'C', owner: 'D', measure: 'E' });
  });

  it('unwraps PDF line breaks and will not guess when 3 actions have 2 dates', () => {
    expect(json.actions.map((a) => [a.priority, a.row, a.part, a.due.date, a.owner])).toEqual([
      ['SAB1', 7, 1, '2020-03-31', 'Procedures Subgroup; Procedures Subgroup'],
      ['SAB1', 8, 1, '2019-07-31', 'Procedures Subgroup'],
      ['SAB1', 8, 2, '2019-12-31', 'Procedures Subgroup'],
      ['SAB2', 13, 1, '2020-03-31', 'Board Office'],
      ['SAB2', 13, 2, null, 'Executive / Local Improvement Network'],
      ['SAB2', 15, 1, '2020-03-31', 'Audit Subgroup'],
    ]);
    expect(json.actions[1].text).toBe(
      'Measure current levels of confidence regarding safeguarding adults across a variety of practitioners.',
    );
    expect(json.findings.find((f) => f.rule === 'MISMATCHED_PARTS')).toMatchObject({
      cell: 'B7',
      message: expect.stringContaining('3 actions but 2 timescales'),
    });
  });
});

describe('seed 002: two priorities on one sheet, merged leads, Word bullets, mid-year RAG (as of 15 Oct 2021)', () => {
  let json: Awaited<ReturnType<typeof checkFixture>>;
  beforeAll(async () => {
    json = await checkFixture('llr-sab-2021-22.xlsx', '2021-10-15');
  });

  it('reads "April 2021 to March 2022" as the period and skips the business-as-usual table', () => {
    expect(json.period).toEqual({ start: '2021-04-01', end: '2022-03-31' });
    expect(json.skipped).toEqual([{ sheet: 'Business as usual', reason: expect.stringContaining('"Group", "Role"') }]);
  });

  it('gives each action its priority, merged lead and partners', () => {
    expect(json.priorities.map((p) => [p.code, p.title, p.rag, p.counts])).toEqual([
      ['1', 'Hidden Harm', 'red', { red: 3, amber: 2, green: 6, blue: 5, none: 0 }],
      ['2', 'Care Homes', 'red', { red: 2, amber: 0, green: 1, blue: 2, none: 0 }],
    ]);
    const row = (r: number) => json.actions.filter((a) => a.row === r);
    expect(row(8)[0]).toMatchObject({
      owner: 'Engagement Group; Audit Group',
      objective: expect.stringMatching(/^Analysis that outlines/),
    });
    expect(row(14)[0]).toMatchObject({ owner: 'Training Group; Task and Finish group as required' });
    expect(row(15)[0]).toMatchObject({ owner: 'Audit Group', objective: expect.stringMatching(/^Training and campaigns/) });
  });

  it('reads a three-bullet cell with three timescales as three actions, cleaned of bullets', () => {
    expect(json.actions.filter((a) => a.row === 16).map((a) => [a.part, a.text, a.due.text, a.due.kind, a.recordedRag, a.rag])).toEqual([
      [1, 'Identify key messages and routes', 'Jun 2021', 'month', 'blue', 'blue'],
      [
        2,
        'Establish links with existing community engagement work across Leicester, Leicestershire & Rutland.',
        'Jul 2021',
        'month',
        'blue',
        'blue',
      ],
      [3, 'Plan and deliver communications campaign building on #ourdoorisopen', 'Jun-Sep 2021', 'range', 'amber', 'red'],
    ]);
  });

  it('flags the date beyond the plan year, the unreadable RAG and the overdue action with no update', () => {
    expect(findingKeys(json, ['DUE_OUTSIDE_PERIOD', 'INVALID_RAG', 'NO_PROGRESS'])).toEqual([
      'DUE_OUTSIDE_PERIOD Priorities!E17',
      'INVALID_RAG Priorities!G24',
      'NO_PROGRESS Priorities!F15',
    ]);
    expect(findingKeys(json, ['RAG_DISAGREES'])).toEqual(
      ['G12', 'G13', 'G16', 'G23', 'G6', 'G7'].map((c) => `RAG_DISAGREES Priorities!${c}`),
    );
  });
});

describe('seed 004: one long sheet with section rows, progress and RAG (as of 15 Oct 2014)', () => {
  let json: Awaited<ReturnType<typeof checkFixture>>;
  beforeAll(async () => {
    json = await checkFixture('lrscb-2014-15.xlsx', '2014-10-15');
  });

  it('finds a table under every section row and under the repeated header', () => {
    expect(json.tables.map((t) => t.headerRow)).toEqual([6, 13, 19, 26, 28, 33, 38, 44, 49]);
    expect(json.tables[0].columns).toEqual({ ref: 'A', action: 'B', measure: 'C', owner: 'D', due: 'E', progress: 'F', recordedRag: 'G' });
    expect(json.priorities.map((p) => p.code)).toEqual(['1', '2a', '2b', '2c', '3', '3b', '4', '5']);
  });

  it('reads refs written "2a. 1" as "2a.1"', () => {
    expect(json.actions.filter((a) => a.priority === '2a').map((a) => a.ref)).toEqual(['2a.1', '2a.2', '2a.3']);
  });

  it('reads every kind of timescale cell', () => {
    const due = (ref: string, part = 1) => json.actions.find((a) => a.ref === ref && a.part === part)!.due;
    expect(due('1.1')).toEqual({
      text: 'Audit Plan developed by June 2014 Implemented from October 2014 Presentations in January 2015',
      date: '2015-01-31',
      kind: 'milestones',
    });
    expect(due('2b.4')).toMatchObject({ date: '2014-12-31', kind: 'date' });
    expect(due('5.1')).toMatchObject({ date: '2015-02-28', kind: 'date' });
    expect(due('5.2')).toMatchObject({ date: '2014-12-31', kind: 'date' });
    expect(due('5.4')).toMatchObject({ date: '2014-12-31', kind: 'range' });
    expect(due('2c.1')).toMatchObject({ date: null, kind: 'event' });
    expect(due('2b.3')).toMatchObject({ date: null, kind: 'undated' });
    expect(due('1.3', 2)).toMatchObject({ date: null, kind: 'undated' });
  });

  it('reads rich text, hyperlinks and hidden rows like any other cell', () => {
    expect(json.actions.find((a) => a.ref === '1.4')).toMatchObject({
      text: 'Increase community understanding and involvement within the safeguarding referral process',
      owner: 'Engagement task and finish group',
    });
    expect(json.actions.find((a) => a.ref === '3b.3')).toMatchObject({ rag: 'green' });
  });

  it('computes RAG from dates and progress next to the recorded RAG', () => {
    const rags = json.actions.map((a) => `${a.ref}${a.part > 1 ? `/${a.part}` : ''}:${a.recordedRag ?? '-'}>${a.rag}`);
    expect(rags).toEqual([
      '1.1:green>green',
      '1.2:amber>green',
      '1.3:blue>blue',
      '1.3/2:green>none',
      '1.3/3:green>green',
      '1.4:->green',
      '2a.1:green>green',
      '2a.2:amber>red',
      '2a.3:green>green',
      '2b.1:->green',
      '2b.2:green>green',
      '2b.3:green>none',
      '2b.4:green>green',
      '2c.1:->none',
      '2c.2:->green',
      '2c.3:blue>blue',
      '2c.3/2:amber>red',
      '3a.1:green>green',
      '3a.2:->red',
      '3b.1:blue>blue',
      '3b.2:amber>green',
      '3b.3:->green',
      '4.1:->green',
      '4.2:blue>blue',
      '4.2/2:green>green',
      '5.1:green>green',
      '5.2:green>green',
      '5.3:->green',
      '5.4:->green',
      '5.5:->green',
    ]);
  });

  it('reports the broken lookup, the overdue action with no update and the skipped sheets', () => {
    expect(findingKeys(json, ['CELL_ERROR', 'NO_PROGRESS', 'DUE_OUTSIDE_PERIOD'])).toEqual([
      'CELL_ERROR Business Plan 2014-15!G52',
      'DUE_OUTSIDE_PERIOD Business Plan 2014-15!E8',
      'NO_PROGRESS Business Plan 2014-15!F35',
    ]);
    expect(json.skipped.map((s) => s.sheet)).toEqual(['Introduction', 'Action Log', 'Performance Indicators']);
  });
});

describe('seed 003: a vision and strategy with no action table', () => {
  it('says there is nothing to check', async () => {
    const json = await checkFixture('luton-vision.xlsx', '2021-10-15');
    expect(json.actions).toEqual([]);
    expect(json.findings.map((f) => f.rule)).toEqual(['NO_PLAN_TABLES']);
    expect(json.skipped).toEqual([{ sheet: 'Vision & Strategic Plan', reason: expect.stringMatching(/text only/) }]);
  });
});

describe('a quarterly tracker: updates and RAG per quarter, RAG as colour, a Theme column, two lead columns (as of 15 Oct 2022)', () => {
  let json: Awaited<ReturnType<typeof checkFixture>>;
  beforeAll(async () => {
    json = await checkFixture('quarterly-tracker.xlsx', '2022-10-15');
  });

  it('finds the quarters, the lead columns and the column it does not read', () => {
    expect(json.tables).toEqual([
      {
        sheet: 'Tracker 2022-23',
        headerRow: 4,
        columns: { priority: 'A', ref: 'B', action: 'C', owner: 'D', due: 'F', progress: 'K', recordedRag: 'L' },
        columnsOf: { owner: ['D', 'E'] },
        periods: [
          { label: 'Q1', progress: 'G', recordedRag: 'H' },
          { label: 'Q2', progress: 'I', recordedRag: 'J' },
          { label: 'Q3', progress: 'K', recordedRag: 'L' },
        ],
        unplaced: [{ column: 'M', header: 'Date of last update', reason: 'the header names no column the tracker reads' }],
      },
    ]);
  });

  it("skips last year's hidden tracker, the RAG key and the very hidden lists", () => {
    expect(json.skipped.map((s) => [s.sheet, s.reason.split(':')[0]])).toEqual([
      ['Tracker 2021-22', "a hidden sheet (such as last year's plan or lookups)"],
      ['RAG key', 'a RAG key, by its name'],
      ['Lists', "a very hidden sheet (such as last year's plan or lookups)"],
    ]);
  });

  it('reads each action from its latest quarter, its RAG from words or colour, its priority from the Theme column', () => {
    expect(json.actions.map((a) => [a.ref, a.priority, a.owner, a.due.date, a.period, a.recordedRag, a.recordedRagFrom, a.rag])).toEqual([
      ['1.1', '1', "Children's Services – Head of Early Help", '2022-12-31', 'Q2', 'green', 'fill', 'green'],
      ['1.2', '1', 'Quality Assurance Subgroup – Partnership Manager', '2022-06-30', 'Q2', 'red', 'fill', 'red'],
      ['1.3', '1', 'Partnership – Business Manager', '2022-12-31', 'Q2', 'blue', 'text', 'blue'],
      ['2.1', '2', 'Police – DI Lewis', '2022-11-30', 'Q1', 'green', 'text', 'green'],
      ['2.2', '2', 'Licensing', '2023-03-15', 'Q2', 'amber', 'fill', 'green'],
      ['2.3', '2', '', '2023-02-28', 'Q2', 'green', 'text', 'green'],
      ['3.1', '3', 'Youth Service – Participation Lead', '2023-06-03', 'Q3', 'green', 'text', 'green'],
    ]);
    expect(json.actions[0].periods.map((p) => [p.label, p.recordedRag])).toEqual([
      ['Q1', 'green'],
      ['Q2', 'green'],
    ]);
    expect(json.priorities.map((p) => [p.code, p.title, p.rag])).toEqual([
      ['1', 'Neglect', 'red'],
      ['2', 'Exploitation', 'green'],
      ['3', 'Voice of the child', 'green'],
    ]);
  });

  it('reports the missing lead, the late date, the colour that disagrees with its words and the recorded colour that disagrees with the dates', () => {
    expect(findingKeys(json)).toEqual([
      'DUE_OUTSIDE_PERIOD Tracker 2022-23!F11',
      'MISSING_OWNER Tracker 2022-23!D10',
      'RAG_COLOUR_DISAGREES Tracker 2022-23!J10',
      'RAG_DISAGREES Tracker 2022-23!J9',
    ]);
  });
});

describe('an Excel table with start and end dates, a Status drop-down and % complete (as of 15 Oct 2023)', () => {
  let json: Awaited<ReturnType<typeof checkFixture>>;
  beforeAll(async () => {
    json = await checkFixture('table-tracker.xlsx', '2023-10-15');
  });

  it('reads the table, its start and end dates and its supporting lead', () => {
    expect(json.tables.map((t) => t.columns)).toEqual([
      {
        priority: 'A',
        ref: 'B',
        action: 'C',
        owner: 'D',
        support: 'E',
        start: 'F',
        due: 'G',
        status: 'H',
        percentComplete: 'I',
        progress: 'J',
        measure: 'K',
      },
    ]);
    expect(json.skipped).toEqual([{ sheet: 'Instructions', reason: 'instructions, by its name: not part of the plan' }]);
  });

  it('rates by status, % complete and dates; withdrawn actions are not rated, say why, and are never overdue', () => {
    expect(
      json.actions.map((a) => [
        a.ref,
        a.priority,
        a.owner,
        a.start,
        a.due.date,
        a.status?.meaning ?? null,
        a.percentComplete,
        a.rag,
        a.ragReason,
      ]),
    ).toEqual([
      ['P1', 'SAB1', 'Trading Standards', '2023-04-01', '2023-09-30', 'complete', 1, 'blue', '100% complete'],
      ['P2', 'SAB1', 'Housing', '2023-04-01', '2024-03-31', 'active', 0.5, 'green', 'on track: due 31 Mar 2024'],
      ['M1', 'SAB2', 'Principal Social Worker', '2023-06-01', '2023-12-31', 'slipping', 0.2, 'amber', 'status says "Delayed"'],
      ['M2', 'SAB2', 'Commissioning', '2023-11-01', '2024-02-29', 'notStarted', 0, 'green', 'not due to start until 1 Nov 2023'],
      ['M3', 'SAB2', 'Comms team', null, '2023-09-30', 'withdrawn', null, 'none', 'not rated: marked "Merged with another action"'],
      ['W1', 'SAB3', 'Integrated Care Board', '2023-04-01', '2024-03-31', 'active', 0.3, 'green', 'on track: due 31 Mar 2024'],
      ['W2', 'SAB3', 'Learning and Development', '2023-04-01', '2023-06-30', 'withdrawn', null, 'none', 'not rated: marked "Cancelled"'],
    ]);
    expect(findingKeys(json)).toEqual(['WITHDRAWN Action Plan!H10', 'WITHDRAWN Action Plan!H8']);
  });
});

describe('the quarterly tracker formatted to the bottom: styles to row 1,048,576, a stray space at Z1048000', () => {
  it('reads exactly as the tracker without the formatting', async () => {
    const formatted = await checkFixture('formatted-to-bottom.xlsx', '2022-10-15');
    const plain = await checkFixture('quarterly-tracker.xlsx', '2022-10-15');
    expect(formatted).toEqual(plain);
  });
});
