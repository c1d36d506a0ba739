import { Cell, DATE_1904_OFFSET, dateFromSerial } from '../../plan';
import { displayNumber, isDateFormat } from '../displayText';

/** One cell as Office.js returns it in the parallel arrays of a loaded range. */
export interface OfficeCell {
  value: unknown;
  text: string;
  type: string;
  numberFormat: string;
}

/**
 * Office.js cell to the engine's cell: serial numbers with a date format are
 * dates, in the workbook's date system; errors keep their text.
 */
export function cellFromOffice({ value, text, type, numberFormat }: OfficeCell, date1904: boolean): Cell | undefined {
  switch (type) {
    case 'Empty':
      return undefined;
    case 'Error':
      return { value: text, text, kind: 'error' };
    case 'Double':
    case 'Integer':
      return isDateFormat(numberFormat)
        ? { value: dateFromSerial((value as number) + (date1904 ? DATE_1904_OFFSET : 0)), text, kind: 'date' }
        : { value: value as number, text, kind: 'number' };
    case 'Boolean':
      return { value: value as boolean, text, kind: 'text' };
    default:
      return text === '' && value === '' ? undefined : { value: String(value), text: text || String(value), kind: 'text' };
  }
}

/**
 * Office.js has no property for the workbook's date system (a Mac workbook
 * may count from 1904), but Excel shows each date in it: a date cell's text
 * matches its serial read in one system and not the other. Most votes win;
 * with no date cells to ask, the 1900 system (then no cell depends on it).
 */
export function usesDate1904(cells: Iterable<OfficeCell>): boolean {
  let votes = 0;
  for (const cell of cells) {
    if (cell.type !== 'Double' || !isDateFormat(cell.numberFormat) || cell.text === '') continue;
    const as1900 = displayNumber(cell.value as number, cell.numberFormat) === cell.text;
    const as1904 = displayNumber((cell.value as number) + DATE_1904_OFFSET, cell.numberFormat) === cell.text;
    if (as1904 !== as1900) votes += as1904 ? 1 : -1;
  }
  return votes > 0;
}
