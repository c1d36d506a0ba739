/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC). Plans speak in
 * dates, never times, so the engine never touches time zones.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** The last day of a month (month 1..12; month 13 rolls into the next year). */
export function endOfMonth(year: number, month: number): Day {
  return dayOf(year, month + 1, 1) - 1;
}

/**
 * A Date read from a workbook. Adapters hand over dates at UTC midnight
 * (exceljs does); a local-midnight Date is rounded to the nearest day.
 */
export function dayFromDate(date: Date): Day {
  return Math.round(date.getTime() / MS_PER_DAY);
}

/**
 * Excel's date serials, all converted here. In the 1900 date system serial 1
 * is 1900-01-01 (with the phantom 29 Feb 1900), so serial 25569 is 1970-01-01.
 */
const SERIAL_OF_EPOCH = 25569;

/** Days from 30 December 1899 (serial 0 of the 1900 date system) to 1 January 1904 (serial 0 of the 1904 system). */
export const DATE_1904_OFFSET = 1462;

export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - SERIAL_OF_EPOCH;
}

/** A serial as the Date (and time of day) it stands for, at UTC. */
export function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - SERIAL_OF_EPOCH) * MS_PER_DAY));
}

export function serialOfDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + SERIAL_OF_EPOCH;
}

/** A bare number read as a date only from 1970 to 2099: outside that it is more likely a count or a reference. */
export function isPlausibleDateSerial(serial: number): boolean {
  return serial >= SERIAL_OF_EPOCH && serial <= 73051;
}

/** The Date at UTC midnight of a day: what exceljs writes as that date. */
export function dateOfDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** The same day of the month, months later (31 Jan + 1 month rolls into March, as Date does). */
export function addMonths(day: Day, months: number): Day {
  const date = dateOfDay(day);
  date.setUTCMonth(date.getUTCMonth() + months);
  return dayFromDate(date);
}

/** A plan names a few hundred days thousands of times over: each is written once. */
const isoDays = new Map<Day, string>();

export function isoDay(day: Day): string {
  let text = isoDays.get(day);
  if (text === undefined) {
    text = dateOfDay(day).toISOString().slice(0, 10);
    if (isoDays.size < 100_000) isoDays.set(day, text);
  }
  return text;
}

export function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number);
  const day = dayOf(year, month, date);
  return isoDay(day) === text.trim() ? day : null;
}

export function today(): Day {
  return dayFromDate(new Date(new Date().toISOString().slice(0, 10)));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "31 Mar 2020": how officers write dates in messages (built by hand: Intl formatting costs more than the rest of a check). */
export function displayDay(day: Day): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
