import { saysComplete } from '../../src/plan/completion';
import { readStatus } from '../../src/plan/statusWords';

/** Progress phrases as officers write them, read as an experienced board officer would. */
const COMPLETE = [
  'Complete',
  'Completed',
  'Completed September 2021',
  'Completed and signed off at the June Board',
  'Delivered – report published',
  'Done',
  'Achieved',
  'Closed',
  'Action closed at the September Board',
  'Action complete',
  'This action is complete.',
  'This action has been completed. Report to Board in November.',
  'Completed. Action plan to follow.',
  'Audit completed September 2021; report to Board in November.',
  'Report received July 2021 - complete',
  'Procedures reviewed and published Sept 2021 – complete',
  'All training delivered',
  'Strategy signed off by the Board in March',
  'Fully achieved',
  'Finished ahead of schedule',
  '100%',
  'Work completed in the first quarter',
  'Complete – evidence on the SharePoint site',
  'Successfully delivered in partnership with the CCG',
  'Delivered to 120 of 120 staff',
];

const NOT_COMPLETE = [
  'Not yet complete',
  'Not complete',
  'Nearly complete',
  'Almost done',
  'Partially complete',
  'To be completed by March',
  'Audit complete; action plan to follow in March',
  'Phase 1 delivered, phase 2 planned',
  'Phase 1 complete',
  'Training delivered to 40 of 120 staff',
  'First draft completed, consultation under way',
  'Draft complete',
  'Pilot completed in two teams; roll out to follow',
  'Scoping complete, fieldwork starts in May',
  'Survey closed; analysis in progress',
  'Consultation closed',
  'Stage one completed, stage two due in June',
  'Initial audit done',
  'Audit complete, report still to be written',
  'Questionnaire completed by 60% of homes',
  'Completed 3/5 sessions',
  'Due to complete in June',
  'Awaiting completion of the review',
  'Will be completed once the new lead is in post',
  'Interviews completed; findings pending',
  'Some sessions delivered',
  'Half of the audits done, remainder scheduled',
  'Started; insights project report awaited.',
  'Commissioning in progress.',
];

describe('progress that says an action is complete', () => {
  test.each(COMPLETE)('%j is complete', (progress) => {
    expect(saysComplete(progress)).toBe(true);
  });

  test.each(NOT_COMPLETE)('%j is not complete', (progress) => {
    expect(saysComplete(progress)).toBe(false);
  });
});

describe('status drop-down words', () => {
  test.each([
    ['Not started', 'notStarted'],
    ['In progress', 'active'],
    ['On track', 'active'],
    ['Off track', 'slipping'],
    ['At risk', 'slipping'],
    ['Delayed', 'slipping'],
    ['Slipped', 'slipping'],
    ['Complete', 'complete'],
    ['Completed', 'complete'],
    ['Closed', 'complete'],
    ['Cancelled', 'withdrawn'],
    ['Withdrawn', 'withdrawn'],
    ['Superseded', 'withdrawn'],
    ['Merged with 2.3', 'withdrawn'],
    ['Cancelled - see action 4.1', 'withdrawn'],
    ['ON TRACK', 'active'],
  ])('%j means %s', (text, meaning) => {
    expect(readStatus(text)?.meaning).toBe(meaning);
  });

  test.each(['Waiting for the CCG to reply', '', 'Purple'])('%j is no status word', (text) => {
    expect(readStatus(text)).toBeNull();
  });
});
