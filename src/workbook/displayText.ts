import { format, is_date as isDateFormatCode } from 'ssf';
import { serialOfDate } from '../plan';

/**
 * The text Excel shows for a number in a cell, from its number format, so
 * both adapters hand the engine the same text (Excel computes it itself; an
 * .xlsx file only stores the number and the format).
 */

/** Excel's built-in short date (format 14, written "mm-dd-yy" by exceljs) follows the user's locale: UK boards see 31/12/2014. */
const SHORT_DATE = /^(m{1,2}[-/]d{1,2}[-/]y{2,4}|general date)$/i;
const UK_SHORT_DATE = 'dd/mm/yyyy';

export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || /^general$/i.test(numberFormat)) return false;
  try {
    return isDateFormatCode(numberFormat);
  } catch {
    return false;
  }
}

export function displayNumber(value: number, numberFormat: string | undefined): string {
  const code = !numberFormat ? 'General' : SHORT_DATE.test(numberFormat) ? UK_SHORT_DATE : numberFormat;
  try {
    return format(code, value);
  } catch {
    return String(value);
  }
}

/** A date as Excel shows it: its number format applied to its serial number. */
export function displayDate(date: Date, numberFormat: string | undefined): string {
  const code = numberFormat && isDateFormat(numberFormat) ? numberFormat : UK_SHORT_DATE;
  return displayNumber(serialOfDate(date), code);
}
