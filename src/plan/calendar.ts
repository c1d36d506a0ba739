import { Day, dateOfDay, dayOf, endOfMonth } from './day';

/** Month names and the abbreviations officers use ("Sept", "Sep", "Jun"). */
export const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** "Sept" → 9. Accepts any spelling MONTH_PATTERN matches. */
export function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()];
}

/** Two- or four-digit years: "21" → 2021. */
export function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? 2000 + year : year;
}

/** The plan period: usually a UK financial year, 1 April to 31 March. */
export interface Period {
  start: Day;
  end: Day;
  /** The text it was read from, for messages. */
  label: string;
}

/** UK financial year starting 1 April of startYear. */
export function financialYear(startYear: number, label: string): Period {
  return { start: dayOf(startYear, 4, 1), end: dayOf(startYear + 1, 3, 31), label };
}

/**
 * "2019-20", "2014/5", "2021/2022" → the start year, when the second part is
 * the following year; null for ranges that are not a single year.
 */
export function financialYearStart(first: string, second: string): number | null {
  const start = Number(first);
  const digits = second.length;
  const end = digits >= 4 ? Number(second) : Math.floor(start / 10 ** digits) * 10 ** digits + Number(second);
  return end === start + 1 || (digits < 4 && end + 10 ** digits === start + 1) ? start : null;
}

/** End of a UK financial quarter: Q1 is April to June of the year the financial year starts. */
export function endOfFinancialQuarter(fyStartYear: number, quarter: number): Day {
  return endOfMonth(fyStartYear, 3 + quarter * 3);
}

/**
 * The year a month falls in when an officer writes it without one: the plan
 * period's year that contains that month.
 */
export function yearInPeriod(month: number, period: Period): number {
  const start = dateOfDay(period.start);
  const startYear = start.getUTCFullYear();
  return month >= start.getUTCMonth() + 1 ? startYear : startYear + 1;
}
