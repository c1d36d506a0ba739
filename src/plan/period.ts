import { endOfMonth, dayOf } from './day';
import { MONTH_PATTERN, Period, financialYear, financialYearStart, fullYear, monthNumber } from './calendar';
import { oneLine } from './text';

const MONTH_TO_MONTH = new RegExp(
  `\\b(${MONTH_PATTERN})\\.?\\s+(\\d{4})\\s*(?:to|until|-|–|—)\\s*(${MONTH_PATTERN})\\.?\\s+(\\d{4})\\b`,
  'i',
);
const YEAR_PAIR = /\b((?:19|20)\d{2})\s*[-/–]\s*(\d{1,4})\b/;
const TITLE_WORDS = /\b(plan|business|priorit|strateg|programme|work ?plan)/i;

/** "April 2021 to March 2022", "2019-20", "2014/5" in one piece of text. */
export function periodInText(text: string): Period | null {
  const range = MONTH_TO_MONTH.exec(text);
  if (range) {
    const start = dayOf(Number(range[2]), monthNumber(range[1]), 1);
    const end = endOfMonth(fullYear(range[4]), monthNumber(range[3]));
    if (end > start) return { start, end, label: oneLine(range[0]) };
  }
  const pair = YEAR_PAIR.exec(text);
  if (pair) {
    const startYear = financialYearStart(pair[1], pair[2]);
    if (startYear !== null) return financialYear(startYear, oneLine(pair[0]));
  }
  return null;
}

/**
 * The plan period, from the workbook's titles: a text naming a plan
 * ("Business Development Plan 2019-20") wins over any other text with years
 * (such as a header "In 2014/5 we will").
 */
export function inferPeriod(texts: Iterable<string>): Period | null {
  let fallback: Period | null = null;
  for (const text of texts) {
    const period = periodInText(text);
    if (!period) continue;
    if (TITLE_WORDS.test(text)) return period;
    fallback ??= period;
  }
  return fallback;
}
