import { COLUMN_TERMS, readHeader } from '../../src/plan/columns';

const roleOf = (header: string) => readHeader(header)?.role ?? null;

describe('column roles from header text', () => {
  test.each([
    ['What are we going to do?', 'action'],
    ['In 2014/5 we will', 'action'],
    ['In 2021/22 we will', 'action'],
    ['Activity', 'action'],
    ['Action', 'action'],
    ['Actions', 'action'],
    ['Specific Actions', 'action'],
    ['Key actions', 'action'],
    ['When is it going to be done by?', 'due'],
    ['When is it going\nto be done by?', 'due'],
    ['Timescale', 'due'],
    ['Timescales', 'due'],
    ['Timescale/Target', 'due'],
    ['By When', 'due'],
    ['Target date', 'due'],
    ['Deadline', 'due'],
    ['Due', 'due'],
    ['Date to be completed by', 'due'],
    ['End date', 'due'],
    ['Completion date', 'due'],
    ['Target completion date', 'due'],
    ['Who is responsible?', 'owner'],
    ['Who is\nresponsible?', 'owner'],
    ['Who will lead?', 'owner'],
    ['Lead', 'owner'],
    ['Lead officer', 'owner'],
    ['Responsible officer', 'owner'],
    ['Owner', 'owner'],
    ['Lead Officer / Agency', 'owner'],
    ['Responsible manager', 'owner'],
    ['Lead Agency', 'owner'],
    ['Action owner', 'owner'],
    ['Lead subgroup', 'owner'],
    ['Supported by', 'support'],
    ['How will we measure progress and impact?', 'measure'],
    ['Outcome/Evidence Measure', 'measure'],
    ['Output/Outcome measurement', 'measure'],
    ['Monitoring and Evaluation', 'measure'],
    ['Measure', 'measure'],
    ['Measures', 'measure'],
    ['Evidence', 'measure'],
    ['Success measure', 'measure'],
    ['Evidence / impact', 'measure'],
    ['Objective', 'objective'],
    ['Key Deliverables', 'objective'],
    ['Ofsted Area for Improvement', 'objective'],
    ['Outcome', 'objective'],
    ['Priority', 'priority'],
    ['Theme', 'priority'],
    ['Workstream', 'priority'],
    ['Strategic priority', 'priority'],
    ['Ref. no.', 'ref'],
    ['Ref', 'ref'],
    ['No.', 'ref'],
    ['Action No.', 'ref'],
    ['ID', 'ref'],
    ['Progress', 'progress'],
    ['Progress update', 'progress'],
    ['Update', 'progress'],
    ['Commentary', 'progress'],
    ['Progress to date – September', 'progress'],
    ['Position at Q3', 'progress'],
    ['Progress against target', 'progress'],
    ['Status', 'status'],
    ['Q2 status', 'status'],
    ['RAG', 'recordedRag'],
    ['RAG rating', 'recordedRag'],
    ['R/A/G', 'recordedRag'],
    ['RAG status', 'recordedRag'],
    ['Status (RAG)', 'recordedRag'],
    ['RAG (end of quarter)', 'recordedRag'],
    ['BRAG', 'recordedRag'],
    ['RAYG rating', 'recordedRag'],
    ['B/R/A/G', 'recordedRag'],
    ['RAG end of Q2', 'recordedRag'],
    ['% complete', 'percentComplete'],
    ['Percentage complete', 'percentComplete'],
    ['% Completed', 'percentComplete'],
    ['Progress %', 'percentComplete'],
    ['Start date', 'start'],
    ['Start', 'start'],
    ['Date started', 'start'],
    ['Other Partnerships involved', 'partners'],
    ['Lead partners involved', 'partners'],
    ['Partners', 'partners'],
    ['Revised date', 'revisedDue'],
    ['Revised target date', 'revisedDue'],
    ['New deadline', 'revisedDue'],
    ['Reason for delay', 'delayReason'],
    ['Reason for slippage', 'delayReason'],
  ])('%j is %s', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  test.each([
    'Action Log',
    'Group',
    'Role',
    'Rationale:',
    'Date of last update',
    'Computed RAG',
    'Action plan',
    'Notes for the chair and the board about this particular action today',
  ])('%j names no column', (header) => {
    expect(roleOf(header)).toBeNull();
  });

  test.each([
    ['Q1 update', 'progress', 'Q1'],
    ['Q2 RAG', 'recordedRag', 'Q2'],
    ['Quarter 3 update', 'progress', 'Q3'],
    ['Position at Q3', 'progress', 'Q3'],
    ['RAG end of Q2', 'recordedRag', 'Q2'],
    ['Progress (Jun 22)', 'progress', 'Jun 22'],
    ['Progress (Sep 22)', 'progress', 'Sep 22'],
    ['Progress to date – September', 'progress', 'September'],
    ['Q4 2022/23 RAG', 'recordedRag', 'Q4'],
  ])('%j is %s kept for %s', (header, role, label) => {
    expect(readHeader(header)).toMatchObject({ role, period: { label } });
  });

  test.each(['Progress', 'RAG (end of quarter)', 'Update', 'Timescale: Q3', 'Update (may be blank)'])(
    '%j is kept once, not per period',
    (header) => {
      expect(readHeader(header)?.period).toBeUndefined();
    },
  );
});

describe('the synonym table', () => {
  // readHeader passes over cells with neither without trying the table: a term without one would never match.
  test('every key term has a letter or is a percent sign', () => {
    for (const { terms } of COLUMN_TERMS) for (const term of terms) expect(term).toMatch(/[a-z%]/i);
  });
});
