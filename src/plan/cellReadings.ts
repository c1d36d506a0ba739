import { Cell } from './grid';
import { Day, dateOfDay, dayOf } from './day';
import { Due } from './timescale';

/**
 * A % complete cell as a fraction: 0.75 formatted as a percentage, "75%"
 * written as text, or 75 in a column the header calls a percentage. Null
 * when blank or not a percentage at all.
 */
export function readPercent(cell: Cell): number | null {
  if (cell.kind === 'number' && typeof cell.value === 'number') {
    // Formatted as a percentage, the number is already the fraction (0.5 shows "50%").
    return share(cell.text.includes('%') || cell.value <= 1 ? cell.value : cell.value / 100);
  }
  if (cell.kind !== 'text') return null;
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$/.exec(cell.text);
  if (!match) return null;
  const value = Number(match[1]);
  return share(cell.text.includes('%') || value > 1 ? value / 100 : value);
}

function share(value: number): number | null {
  return value >= 0 && value <= 1 ? value : null;
}

/**
 * The day work starts, from a start column read like a timescale: a date is
 * that day, a month or quarter its first day ("Apr 2023" starts 1 April).
 */
export function startDay(due: Due): Day | null {
  if (due.date === null) return null;
  const end = dateOfDay(due.date);
  const [year, month] = [end.getUTCFullYear(), end.getUTCMonth() + 1];
  switch (due.kind) {
    case 'date':
      return due.date;
    case 'quarter':
      return dayOf(year, month - 2, 1);
    case 'year':
      return dayOf(year - 1, month + 1, 1);
    default:
      return dayOf(year, month, 1);
  }
}
