import { readDue, readTimescale } from '../../src/plan/timescale';
import { financialYear } from '../../src/plan/calendar';
import { isoDay } from '../../src/plan/day';

const FY2019 = financialYear(2019, '2019-20');
const FY2014 = financialYear(2014, '2014-15');
const FY2021 = financialYear(2021, '2021/22');

/** [what the officer wrote, plan period, due date, kind] — phrases from the seed plans first, then others boards write. */
const CASES: [string, typeof FY2019 | null, string | null, string][] = [
  // seed 000 / 001: Leicestershire & Rutland SAB 2019-20
  ['Sept 2019', FY2019, '2019-09-30', 'month'],
  ['Mar 2020', FY2019, '2020-03-31', 'month'],
  ['Jul 2019', FY2019, '2019-07-31', 'month'],
  ['Dec 2019', FY2019, '2019-12-31', 'month'],
  ['September 2019', FY2019, '2019-09-30', 'month'],
  ['March 2020', FY2019, '2020-03-31', 'month'],
  ['June 2019', FY2019, '2019-06-30', 'month'],
  ['January 2020', FY2019, '2020-01-31', 'month'],
  ['<i>Mar 2020</i>', FY2019, '2020-03-31', 'month'],
  ['As required', FY2019, null, 'undated'],
  ['Mar 2020\nAs required', FY2019, '2020-03-31', 'month'],
  ['Jul 2019\nDec 2019', FY2019, '2019-12-31', 'milestones'],
  // seed 002: LLR SAB April 2021 to March 2022
  ['Oct 2021', FY2021, '2021-10-31', 'month'],
  ['Jan 2022', FY2021, '2022-01-31', 'month'],
  ['Sep 2021', FY2021, '2021-09-30', 'month'],
  ['Jun-Sep 2021', FY2021, '2021-09-30', 'range'],
  ['July 2021', FY2021, '2021-07-31', 'month'],
  ['Jan 2023', FY2021, '2023-01-31', 'month'],
  ['Jun 2021 Jul 2021 Jun-Sep 2021', FY2021, '2021-09-30', 'milestones'],
  ['Sep 2021 Sep 2021 Mar 2022', FY2021, '2022-03-31', 'milestones'],
  // seed 004: LSCB and SAB 2014-15
  ['Audit Plan developed by June 2014  Implemented from October 2014 Presentations in January 2015', FY2014, '2015-01-31', 'milestones'],
  ['Audit current understanding in June 2014  Plan in place by December 2014 Implementation in 2015', FY2014, '2015-12-31', 'milestones'],
  ['Task and finish group created by June 2014', FY2014, '2014-06-30', 'month'],
  ['Engagement activity reported to each Board meeting.', FY2014, null, 'undated'],
  ['Safeguarding matter edition to be published by December 2014', FY2014, '2014-12-31', 'month'],
  ['March 2015', FY2014, '2015-03-31', 'month'],
  ['March 2015.', FY2014, '2015-03-31', 'month'],
  ['To go live in August 2014  Quarterly monitoring of performance', FY2014, '2014-08-31', 'month'],
  [
    'Consultation with young people June 2014  Action implemented From September 2014  Young peoples survey Feb 2015.',
    FY2014,
    '2015-02-28',
    'milestones',
  ],
  ['December 2014', FY2014, '2014-12-31', 'month'],
  ['October 2014  January 2015', FY2014, '2015-01-31', 'milestones'],
  ['Quarterly monitoring of PMF', FY2014, null, 'undated'],
  ['October Board meeting', FY2014, null, 'event'],
  ['October Board meeting Action plan agreed February 2015', FY2014, '2015-02-28', 'month'],
  ['May 2014  September 2014', FY2014, '2014-09-30', 'milestones'],
  [
    'Task and finish group established May 2014, New legislation embedded Data received on a quarterly basis.',
    FY2014,
    '2014-05-31',
    'month',
  ],
  ['July 2014  January 2015', FY2014, '2015-01-31', 'milestones'],
  ['June, September and December 2014', FY2014, '2014-12-31', 'range'],
  ['Review dates: Quarterly Review: July, October, January 2015 April 2015', FY2014, '2015-04-30', 'milestones'],
  // docs/DESIGN.md and what other boards write
  ['by April 2012', null, '2012-04-30', 'month'],
  ['Strategy agreed and in place by April 2012', null, '2012-04-30', 'month'],
  ['June/July 2012', null, '2012-07-31', 'range'],
  ['Q3 2021/22', null, '2021-12-31', 'quarter'],
  ['Q1 2021/22', null, '2021-06-30', 'quarter'],
  ['Q4 2021/22', null, '2022-03-31', 'quarter'],
  ['Q2', FY2021, '2021-09-30', 'quarter'],
  ['Quarter 4 2019/20', null, '2020-03-31', 'quarter'],
  ['financial year 2012/13', null, '2013-03-31', 'year'],
  ['2019-20', null, '2020-03-31', 'year'],
  ['By end of 2014/5', null, '2015-03-31', 'year'],
  ['End of year', FY2021, '2022-03-31', 'year'],
  ['Year end', FY2019, '2020-03-31', 'year'],
  ['31/03/2020', null, '2020-03-31', 'date'],
  ['31.3.20', null, '2020-03-31', 'date'],
  ['2021-09-30', null, '2021-09-30', 'date'],
  ['30th September 2021', null, '2021-09-30', 'date'],
  ['April 7th 2014', null, '2014-04-07', 'date'],
  ['Sep-21', null, '2021-09-30', 'month'],
  ["Mar '20", null, '2020-03-31', 'month'],
  ['Spring 2020', null, '2020-05-31', 'month'],
  ['Winter 2019', null, '2020-02-29', 'month'],
  ['October', FY2014, '2014-10-31', 'month'],
  ['February', FY2014, '2015-02-28', 'month'],
  ['Sept - Dec', FY2019, '2019-12-31', 'range'],
  ['Ongoing', FY2019, null, 'undated'],
  ['On-going', FY2019, null, 'undated'],
  ['Annually', FY2019, null, 'undated'],
  ['Monthly', FY2019, null, 'undated'],
  ['Quarterly', FY2019, null, 'undated'],
  ['Business as usual', FY2019, null, 'undated'],
  ['Annual conference', FY2019, null, 'undated'],
  ['At the Board development day', FY2019, null, 'event'],
  ['TBC', FY2019, null, 'unparsed'],
  ['New legislation embedded', FY2014, null, 'unparsed'],
  ['October', null, null, 'unparsed'],
  ['', FY2019, null, 'missing'],
  ['   ', FY2019, null, 'missing'],
  ['This may take some time', FY2019, null, 'unparsed'],
  // UK text dates and seasons in live trackers
  ['31/01/2024', FY2021, '2024-01-31', 'date'],
  ['02/03/2023', FY2021, '2023-03-02', 'date'],
  ['15.10.23', FY2021, '2023-10-15', 'date'],
  ['3rd June 2023', FY2021, '2023-06-03', 'date'],
  ['Jan-24', FY2021, '2024-01-31', 'month'],
  ['End Q3', FY2021, '2021-12-31', 'quarter'],
  ['End of Q4', FY2021, '2022-03-31', 'quarter'],
  ['Autumn 2023', FY2021, '2023-11-30', 'month'],
  ['Winter 2023/24', FY2021, '2024-02-29', 'month'],
  ['Winter 2023', FY2021, '2024-02-29', 'month'],
  ['Spring 2022', FY2021, '2022-05-31', 'month'],
  ['Summer 2022', FY2021, '2022-08-31', 'month'],
];

describe('reading timescales', () => {
  test.each(CASES)('%j → %#', (text, period, date, kind) => {
    const due = readTimescale(text, period);
    expect({ date: due.date === null ? null : isoDay(due.date), kind: due.kind }).toEqual({ date, kind });
  });

  it('keeps the milestones of a several-step timescale, due at the last', () => {
    const due = readTimescale('Audit Plan developed by June 2014\nImplemented from October 2014\nPresentations in January 2015', FY2014);
    expect(due.milestones.map((m) => [m.text, isoDay(m.date)])).toEqual([
      ['Audit Plan developed by June 2014', '2014-06-30'],
      ['Implemented from October 2014', '2014-10-31'],
      ['Presentations in January 2015', '2015-01-31'],
    ]);
  });

  it('says why a month without a year cannot be dated when the plan has no period', () => {
    expect(readTimescale('October', null).note).toMatch(/plan period/);
  });
});

describe('reading timescale cells', () => {
  it('reads a real Excel date as that date', () => {
    const due = readDue({ value: new Date(Date.UTC(2014, 11, 31)), text: '31/12/2014', kind: 'date' }, FY2014);
    expect([isoDay(due.date!), due.kind]).toEqual(['2014-12-31', 'date']);
  });

  it('reads a bare date serial as a date', () => {
    const due = readDue({ value: 42004, text: '42004', kind: 'number' }, FY2014);
    expect([isoDay(due.date!), due.kind]).toEqual(['2014-12-31', 'date']);
  });

  it('does not read a small number as a date', () => {
    expect(readDue({ value: 3, text: '3', kind: 'number' }, FY2014).kind).toBe('unparsed');
  });

  it('reads an error value as an error, not a date', () => {
    expect(readDue({ value: '#REF!', text: '#REF!', kind: 'error' }, FY2014)).toMatchObject({ kind: 'error', date: null });
  });
});
