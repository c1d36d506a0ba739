import { DEFAULT_POLICY, computeRag, readRecordedRag, rollUp, saysComplete } from '../../src/plan/rag';
import { parseIsoDay } from '../../src/plan/day';

const day = (iso: string) => parseIsoDay(iso)!;
const AS_OF = day('2021-10-15');
const NOTHING_ELSE = { start: null, status: null, percentComplete: null, revisedDue: null };

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

describe('an action slipped to a revised date', () => {
  const rated = (due: string | null, revised: string, progress = '', policy = DEFAULT_POLICY) =>
    computeRag({ ...NOTHING_ELSE, due: due ? day(due) : null, revisedDue: day(revised), progress, recordedRag: null }, AS_OF, policy);

  it('is amber past its due date while the revised date is ahead, saying both dates', () => {
    expect(rated('2021-09-30', '2022-01-31')).toEqual({ rag: 'amber', reason: 'slipped to 31 Jan 2022 (due 30 Sep 2021)' });
  });

  it('is red once the revised date has passed too', () => {
    expect(rated('2021-06-30', '2021-09-30')).toEqual({
      rag: 'red',
      reason: 'overdue: due 30 Jun 2021, revised to 30 Sep 2021, not complete',
    });
  });

  it('is rated by its due date (the baseline) until that passes, and is blue when complete', () => {
    expect(rated('2022-03-31', '2022-06-30').rag).toBe('green');
    expect(rated('2021-10-31', '2022-06-30').rag).toBe('amber');
    expect(rated('2021-09-30', '2022-01-31', 'Completed October 2021').rag).toBe('blue');
  });

  it("rates as the board's policy says: red while slipped, where a board counts slippage as red", () => {
    expect(rated('2021-09-30', '2022-01-31', '', { ...DEFAULT_POLICY, slipped: 'red' }).rag).toBe('red');
  });

  it('counts days of grace against both dates', () => {
    const policy = { ...DEFAULT_POLICY, graceDays: 30 };
    expect(rated('2021-09-30', '2021-10-01', '', policy).rag).not.toBe('red');
    expect(rated('2021-08-31', '2021-09-10', '', policy).rag).toBe('red');
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
