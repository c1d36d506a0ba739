import { Cell } from './grid';
import { Day, dateOfDay, dayFromDate, dayFromSerial, dayOf, endOfMonth, isPlausibleDateSerial } from './day';
import { MONTH_PATTERN, Period, endOfFinancialQuarter, financialYearStart, fullYear, monthNumber, yearInPeriod } from './calendar';
import { oneLine, withoutMarkup } from './text';
import { remembered } from './remembered';

/**
 * How a timescale was read:
 * date (a real date), month ("Sept 2019"), range ("Jun-Sep 2021", "June, September and December 2014"),
 * quarter ("Q3 2021/22"), year ("financial year 2012/13"), milestones (several dated steps: due at the last),
 * undated ("Ongoing", "As required"), event ("October Board meeting"), unparsed, missing (blank), error (#REF!).
 */
export type DueKind =
  'date' | 'month' | 'range' | 'quarter' | 'year' | 'milestones' | 'undated' | 'event' | 'unparsed' | 'missing' | 'error';

export interface Milestone {
  text: string;
  date: Day;
}

export interface Due {
  text: string;
  date: Day | null;
  kind: DueKind;
  milestones: Milestone[];
  /** Why a timescale could not be dated, when there is more to say than "no date found". */
  note?: string;
}

type MentionKind = 'date' | 'month' | 'range' | 'quarter' | 'year';

interface Mention {
  start: number;
  end: number;
  date: Day;
  kind: MentionKind;
}

/** A pattern's named groups: each pattern reads its match by name, not by position. */
type Groups = Partial<Record<string, string>>;

interface Pattern {
  kind: MentionKind;
  regex: RegExp;
  /** The due date a match stands for, or null when the match is not a date after all. */
  read(groups: Groups, period: Period | null): Day | null;
}

const M = MONTH_PATTERN;
const YEAR4 = '(?:19|20)\\d{2}';

/** A month written without a year takes the plan period's year; with no period it cannot be dated. */
function monthEnd(monthName: string, yearText: string | undefined, period: Period | null): Day | null {
  const month = monthNumber(monthName);
  if (yearText) return endOfMonth(fullYear(yearText), month);
  return period ? endOfMonth(yearInPeriod(month, period), month) : null;
}

function validDay(year: number, month: number, date: number): Day | null {
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  const day = dayOf(year, month, date);
  return dateOfDay(day).getUTCDate() === date ? day : null;
}

/** "Autumn 2023" ends with November; "Winter 2023/24" (or "Winter 2023") with the February after. */
const SEASON_END_MONTH: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 14 };

function quarterEnd({ quarter, year, yearEnd }: Groups, period: Period | null): Day | null {
  const number = Number(quarter);
  if (year && yearEnd) {
    const start = financialYearStart(year, yearEnd);
    return start === null ? null : endOfFinancialQuarter(start, number);
  }
  if (year) return endOfFinancialQuarter(Number(year), number);
  return period ? endOfFinancialQuarter(dateOfDay(period.start).getUTCFullYear(), number) : null;
}

/**
 * What officers write, most specific first: a later pattern never reads text
 * an earlier one has already claimed.
 */
const PATTERNS: Pattern[] = [
  {
    kind: 'date',
    regex: /\b(?<year>\d{4})-(?<month>\d{2})-(?<date>\d{2})\b/g,
    read: (g) => validDay(Number(g.year), Number(g.month), Number(g.date)),
  },
  {
    kind: 'date',
    regex: /\b(?<date>\d{1,2})[/.](?<month>\d{1,2})[/.](?<year>\d{4}|\d{2})\b/g,
    read: (g) => validDay(fullYear(g.year!), Number(g.month), Number(g.date)),
  },
  {
    kind: 'date',
    regex: new RegExp(`\\b(?<date>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${M})\\.?,?\\s+(?<year>${YEAR4})\\b`, 'gi'),
    read: (g) => validDay(Number(g.year), monthNumber(g.month!), Number(g.date)),
  },
  {
    kind: 'date',
    regex: new RegExp(`\\b(?<month>${M})\\.?\\s+(?<date>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>${YEAR4})\\b`, 'gi'),
    read: (g) => validDay(Number(g.year), monthNumber(g.month!), Number(g.date)),
  },
  {
    kind: 'month',
    regex: /\b(?<season>spring|summer|autumn|fall|winter)\s+(?<year>(?:19|20)\d{2})(?:\s*\/\s*\d{2,4})?\b/gi,
    read: (g) => endOfMonth(Number(g.year), SEASON_END_MONTH[g.season!.toLowerCase()]),
  },
  {
    kind: 'quarter',
    regex: /\b(?:q|quarter\s*)(?<quarter>[1-4])(?:\s+(?:of\s+)?(?:fy\s*)?(?<year>(?:19|20)\d{2})(?:\s*[/-]\s*(?<yearEnd>\d{1,4}))?)?\b/gi,
    read: quarterEnd,
  },
  {
    kind: 'year',
    regex: /\b(?<year>(?:19|20)\d{2})\s*[/-]\s*(?<yearEnd>\d{1,4})\b/g,
    read: (g) => {
      const start = financialYearStart(g.year!, g.yearEnd!);
      return start === null ? null : endOfMonth(start + 1, 3);
    },
  },
  {
    // "June, September and December 2014", "Jun-Sep 2021": due at the last month named.
    kind: 'range',
    regex: new RegExp(
      `\\b(?:(?:${M})\\.?(?:\\s+${YEAR4})?\\s*(?:,|and|&|-|–|to|/)\\s*)+(?<month>${M})\\.?(?:\\s*[-'’]?\\s*(?<year>${YEAR4})|[-'’](?<yy>\\d{2})\\b)?`,
      'gi',
    ),
    read: (g, period) => monthEnd(g.month!, g.year ?? g.yy, period),
  },
  {
    kind: 'month',
    regex: new RegExp(`\\b(?<month>${M})\\.?(?:,?\\s*(?<year>${YEAR4})|\\s?[-'’]\\s?(?<yy>\\d{2}))\\b`, 'gi'),
    read: (g, period) => monthEnd(g.month!, g.year ?? g.yy, period),
  },
  {
    kind: 'year',
    regex: /\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:financial\s+|plan\s+|business\s+)?year|year[- ]end)\b/gi,
    read: (_g, period) => (period ? period.end : null),
  },
  {
    kind: 'year',
    regex: /\b(?<year>(?:19|20)\d{2})\b/g,
    read: (g) => endOfMonth(Number(g.year), 12),
  },
];

/** A month standing alone must be capitalised, so "may" and "march" as words are not read as months. */
const BARE_MONTH = new RegExp(`\\b(?<month>${M.replace(/(^|\|)([a-z])/g, (_s, bar, ch) => `${bar}[${ch.toUpperCase()}]`)})\\b\\.?`, 'g');
const EVENT_AFTER =
  /^\s*(?:board|meeting|exec\w*|committee|conference|event|workshop|away\s*day|development\s*day|panel|launch|summit|forum|session)/i;
const UNDATED =
  /\b(as\s+(?:and\s+when\s+)?required|as\s+needed|as\s+and\s+when|as\s+appropriate|when\s+required|on[- ]?going|continuous(?:ly)?|throughout|quarterly|annual(?:ly)?|monthly|bi-?monthly|six[- ]monthly|weekly|regular(?:ly)?|each\s+(?:board\s+)?meeting|every\s+(?:board\s+)?meeting|each\s+quarter|business\s+as\s+usual|rolling)\b/i;
const EVENT_WORDS = /\b(meeting|conference|event|workshop|away\s*day|development\s*day|launch|summit)\b/i;

/** Reads a timescale cell: a real date, a date serial, or what an officer wrote. */
export function readDue(cell: Cell, period: Period | null): Due {
  const text = oneLine(cell.text);
  if (cell.kind === 'error') return { text, date: null, kind: 'error', milestones: [] };
  if (cell.value instanceof Date) return { text, date: dayFromDate(cell.value), kind: 'date', milestones: [] };
  if (cell.kind === 'number' && typeof cell.value === 'number') return readSerial(cell.value, text);
  return readTimescale(cell.text, period);
}

/** Excel stores dates as serial numbers; one without a date format still means a date when it is in a plausible range. */
function readSerial(serial: number, text: string): Due {
  const plausible = isPlausibleDateSerial(serial);
  return plausible
    ? { text, date: dayFromSerial(serial), kind: 'date', milestones: [] }
    : { text, date: null, kind: 'unparsed', milestones: [], note: 'a number that is not a date' };
}

/** The readings of the plan period last asked about: one check asks about one period. */
let dues: { period: Period | null; read: (raw: string) => Due } | null = null;

/**
 * Reads timescale text: see docs/DESIGN.md "Timescales — what officers write".
 * Plans repeat the same few timescales on hundreds of rows, so readings are
 * remembered for the period they were read in (Due objects are never changed
 * after they are made).
 */
export function readTimescale(raw: string, period: Period | null): Due {
  if (!dues || !samePeriod(dues.period, period)) dues = { period, read: remembered((text) => Object.freeze(parseTimescale(text, period))) };
  return dues.read(raw);
}

function samePeriod(a: Period | null, b: Period | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

function parseTimescale(raw: string, period: Period | null): Due {
  const source = withoutMarkup(raw)
    .replace(/[\u00A0\s]+/g, ' ')
    .trim();
  const text = oneLine(raw);
  if (source === '') return { text, date: null, kind: 'missing', milestones: [] };
  const mentions = findMentions(source, period);
  if (mentions.length === 0) return undatedDue(source, text, period);
  const milestones = mentions.map((mention, i) => ({
    text: milestoneText(source, mentions, i),
    date: mention.date,
  }));
  const due = Math.max(...mentions.map((mention) => mention.date));
  if (mentions.length === 1) return { text, date: due, kind: mentions[0].kind, milestones: [] };
  return { text, date: due, kind: 'milestones', milestones };
}

function findMentions(source: string, period: Period | null): Mention[] {
  const claimed: Mention[] = [];
  const overlaps = (start: number, end: number) => claimed.some((m) => start < m.end && end > m.start);
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(source); match; match = pattern.regex.exec(source)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      const date = pattern.read(match.groups ?? {}, period);
      if (date !== null) claimed.push({ start, end, date, kind: pattern.kind });
    }
  }
  for (const bare of bareMonths(source, period)) if (!overlaps(bare.start, bare.end)) claimed.push(bare);
  return claimed.sort((a, b) => a.start - b.start);
}

/** Capitalised month names with no year, not naming an event ("October Board meeting"). */
function bareMonths(source: string, period: Period | null): Mention[] {
  if (!period) return [];
  const found: Mention[] = [];
  BARE_MONTH.lastIndex = 0;
  for (let match = BARE_MONTH.exec(source); match; match = BARE_MONTH.exec(source)) {
    const end = match.index + match[0].length;
    if (EVENT_AFTER.test(source.slice(end))) continue;
    const date = monthEnd(match.groups!.month!, undefined, period);
    if (date !== null) found.push({ start: match.index, end, date, kind: 'month' });
  }
  return found;
}

/** The words leading up to a milestone's date: "Audit Plan developed by June 2014". */
function milestoneText(source: string, mentions: Mention[], index: number): string {
  const from = index === 0 ? 0 : mentions[index - 1].end;
  return source
    .slice(from, mentions[index].end)
    .replace(/^[\s,;/.\-–]+/, '')
    .trim();
}

function undatedDue(source: string, text: string, period: Period | null): Due {
  if (UNDATED.test(source)) return { text, date: null, kind: 'undated', milestones: [] };
  if (EVENT_WORDS.test(source) || hasEventMonth(source)) {
    return { text, date: null, kind: 'event', milestones: [], note: 'an event: give its date to track it' };
  }
  const monthWithoutYear = !period && new RegExp(`\\b(${M})\\b`, 'i').test(source);
  return {
    text,
    date: null,
    kind: 'unparsed',
    milestones: [],
    note: monthWithoutYear ? 'a month without a year, and the plan period is not in any title' : undefined,
  };
}

function hasEventMonth(source: string): boolean {
  BARE_MONTH.lastIndex = 0;
  for (let match = BARE_MONTH.exec(source); match; match = BARE_MONTH.exec(source)) {
    if (EVENT_AFTER.test(source.slice(match.index + match[0].length))) return true;
  }
  return false;
}
