import { DEFAULT_POLICY, computeRag, readRecordedRag, rollUp, saysComplete } from '../../src/plan/rag';
import { parseIsoDay } from '../../src/plan/day';

const day = (iso: string) => parseIsoDay(iso)!;
const AS_OF = day('2021-10-15');
const NOTHING_ELSE = { start: null, status: null, percentComplete: null };

describe('default RAG policy', () => {
  test.each([
    ['complete progress', '2021-09-30', 'Completed September 2021', null, 'blue'],
    ['recorded blue', '2021-09-30', '', 'blue', 'blue'],
    ['100%', '2021-09-30', '100%', null, 'blue'],
    ['overdue', '2021-09-30', '', null, 'red'],
    ['overdue, not yet complete', '2021-09-30', 'Not yet complete', null, 'red'],
    ['overdue though slipping', '2021-09-30', 'Delayed', null, 'red'],
    ['due on the as-of date', '2021-10-15', '', null, 'amber'],
    ['due inside the window', '2021-11-14', '', null, 'amber'],
    ['due the day after the window', '2021-11-15', '', null, 'green'],
    ['slipping though not due', '2022-03-31', 'Rescheduled to March', null, 'amber'],
    ['at risk', '2022-03-31', 'Funding at risk', null, 'amber'],
    ['no delay', '2022-03-31', 'No delay expected', null, 'green'],
    ['undated', null, '', null, 'none'],
    ['undated but slipping', null, 'Behind schedule', null, 'amber'],
    ['recorded green, computed from date', '2021-09-30', '', 'green', 'red'],
  ])('%s', (_name, due, progress, recordedRag, rag) => {
    const result = computeRag({ ...NOTHING_ELSE, due: due ? day(due) : null, progress, recordedRag: recordedRag as never }, AS_OF);
    expect(result.rag).toBe(rag);
    expect(result.reason).not.toBe('');
  });

  it('gives days of grace before red when the board allows them', () => {
    const policy = { ...DEFAULT_POLICY, graceDays: 90 };
    expect(computeRag({ ...NOTHING_ELSE, due: day('2021-09-30'), progress: '', recordedRag: null }, AS_OF, policy).rag).toBe('amber');
    expect(computeRag({ ...NOTHING_ELSE, due: day('2021-06-30'), progress: '', recordedRag: null }, AS_OF, policy).rag).toBe('red');
  });

  it('widens amber with the window', () => {
    const policy = { ...DEFAULT_POLICY, amberDays: 90 };
    expect(computeRag({ ...NOTHING_ELSE, due: day('2022-01-10'), progress: '', recordedRag: null }, AS_OF, policy).rag).toBe('amber');
  });
});

describe('complete or not', () => {
  test.each([
    ['Complete', true],
    ['Completed September 2021', true],
    ['Done', true],
    ['Achieved', true],
    ['100%', true],
    ['Not yet complete', false],
    ['Due to be completed in March', false],
    ['Nothing done yet', false],
    ['Will be completed by March', false],
    ['50%', false],
    ['', false],
    ['Incomplete', false],
  ])('%j', (progress, complete) => {
    expect(saysComplete(progress)).toBe(complete);
  });
});

describe('recorded RAG read leniently', () => {
  test.each([
    ['G', 'green'],
    ['green', 'green'],
    ['Amber ', 'amber'],
    ['A', 'amber'],
    ['R', 'red'],
    ['Red', 'red'],
    ['B', 'blue'],
    ['Blue', 'blue'],
    ['Complete', 'blue'],
    ['GREEN', 'green'],
    ['Amber/Green', 'amber'],
    ['', null],
    ['N/A', null],
    ['-', null],
    ['Purple', undefined],
    ['7', undefined],
  ])('%j → %s', (text, rag) => {
    expect(readRecordedRag(text)).toBe(rag);
  });
});

describe('rolling RAG up', () => {
  test.each([
    [['green', 'red', 'amber'], 'red'],
    [['green', 'amber', 'blue'], 'amber'],
    [['green', 'blue', 'none'], 'green'],
    [['blue', 'blue', 'none'], 'blue'],
    [['none'], 'none'],
    [[], 'none'],
  ])('%j → %s', (rags, rag) => {
    expect(rollUp(rags as never)).toBe(rag);
  });
});
