import { Day, dateOfDay, dayOf } from './day';
import { Period, yearInPeriod } from './calendar';
import { PeriodMark } from './columns';
import { PeriodColumns } from './tables';

/**
 * When a period a column is kept for begins: Q1 is April to June of the
 * plan's financial year (or of the year the header gives); a month without a
 * year falls in the plan period. Null when the plan gives no year to place it.
 */
function periodStart(mark: PeriodMark, plan: Period | null): Day | null {
  if (mark.quarter !== undefined) {
    const fyStart = mark.year ?? (plan ? dateOfDay(plan.start).getUTCFullYear() : null);
    return fyStart === null ? null : dayOf(fyStart, 1 + mark.quarter * 3, 1);
  }
  if (mark.month === undefined) return null;
  const year = mark.year ?? (plan ? yearInPeriod(mark.month, plan) : null);
  return year === null ? null : dayOf(year, mark.month, 1);
}

interface DatedPeriod {
  columns: PeriodColumns;
  start: Day | null;
}

/**
 * The table's periods, oldest first, leaving out any that begins after the
 * review date (a column made ready for next quarter is not this quarter's
 * news). Periods the plan gives no year for keep their column order.
 */
export function periodsUpTo(periods: readonly PeriodColumns[], plan: Period | null, asOf: Day): DatedPeriod[] {
  const dated = periods.map((columns) => ({ columns, start: periodStart(columns.mark, plan) }));
  const order = (p: DatedPeriod) =>
    Math.min(...[p.columns.progress, p.columns.recordedRag, p.columns.status].filter((c): c is number => c !== undefined));
  return dated
    .filter((p) => p.start === null || p.start <= asOf)
    .sort((a, b) => (a.start !== null && b.start !== null && a.start !== b.start ? a.start - b.start : order(a) - order(b)));
}
