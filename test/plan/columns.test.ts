import { roleOfHeader } from '../../src/plan/columns';

describe('column roles from header text', () => {
  test.each([
    ['What are we going to do?', 'action'], ['In 2014/5 we will', 'action'], ['In 2021/22 we will', 'action'],
    ['Activity', 'action'], ['Action', 'action'], ['Actions', 'action'], ['Specific Actions', 'action'],
    ['When is it going to be done by?', 'due'], ['When is it going\nto be done by?', 'due'], ['Timescale', 'due'],
    ['Timescales', 'due'], ['Timescale/Target', 'due'], ['By When', 'due'], ['Target date', 'due'], ['Deadline', 'due'], ['Due', 'due'],
    ['Who is responsible?', 'owner'], ['Who is\nresponsible?', 'owner'], ['Who will lead?', 'owner'], ['Lead', 'owner'],
    ['Lead officer', 'owner'], ['Responsible officer', 'owner'], ['Owner', 'owner'],
    ['How will we measure progress and impact?', 'measure'], ['Outcome/Evidence Measure', 'measure'],
    ['Output/Outcome measurement', 'measure'], ['Monitoring and Evaluation', 'measure'], ['Measure', 'measure'],
    ['Measures', 'measure'], ['Evidence', 'measure'], ['Success measure', 'measure'],
    ['Objective', 'objective'], ['Key Deliverables', 'objective'], ['Ofsted Area for Improvement', 'objective'],
    ['Outcome', 'objective'], ['Theme', 'objective'],
    ['Ref. no.', 'ref'], ['Ref', 'ref'], ['No.', 'ref'],
    ['Progress', 'progress'], ['Progress update', 'progress'], ['Update', 'progress'], ['Status', 'progress'], ['Commentary', 'progress'],
    ['RAG', 'recordedRag'], ['RAG rating', 'recordedRag'], ['R/A/G', 'recordedRag'], ['RAG status', 'recordedRag'],
    ['Other Partnerships involved', 'partners'],
  ])('%j is %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  test.each(['Action Log', 'Group', 'Role', 'Specific additional deliverables for 2021/22', 'RAG Rating proposal by SEG', 'Rationale:'])(
    '%j names no column', (header) => {
      expect(roleOfHeader(header)).toBeNull();
    });
});
