import { inferPeriod, periodInText } from '../../src/plan/period';
import { isoDay } from '../../src/plan/day';

const range = (text: string) => {
  const period = periodInText(text);
  return period && [isoDay(period.start), isoDay(period.end)];
};

describe('plan period', () => {
  test.each([
    ['Leicestershire and Rutland Safeguarding Adults Board Business Development Plan 2019-20', ['2019-04-01', '2020-03-31']],
    ['BUSINESS PLAN APRIL 2021 to MARCH 2022 (V1.0)', ['2021-04-01', '2022-03-31']],
    ['Business Plan 2014-15', ['2014-04-01', '2015-03-31']],
    ['In 2014/5 we will', ['2014-04-01', '2015-03-31']],
    ['Business Plan 2021/2022', ['2021-04-01', '2022-03-31']],
    ['January 2020 to December 2020', ['2020-01-01', '2020-12-31']],
    ['Strategy 2019-2022', null],
    ['Vision & Strategic Plan', null],
  ])('%j', (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it('prefers a plan title over other text with years', () => {
    const period = inferPeriod(['In 2013/14 we did', 'Business Plan 2014-15']);
    expect(period && isoDay(period.start)).toBe('2014-04-01');
  });

  it('falls back to any text with a financial year', () => {
    const period = inferPeriod(['Ref', 'In 2014/5 we will']);
    expect(period && isoDay(period.end)).toBe('2015-03-31');
  });
});
