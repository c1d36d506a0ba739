import type { Cell } from '../../plan';
import { dateFromSerial, isDateFormat } from '../displayText';

/** One cell as Office.js returns it in the parallel arrays of a loaded range. */
export interface OfficeCell {
  value: unknown;
  text: string;
  type: string;
  numberFormat: string;
}

/** Office.js cell to the engine's cell: serial numbers with a date format are dates; errors keep their text. */
export function cellFromOffice({ value, text, type, numberFormat }: OfficeCell): Cell | undefined {
  switch (type) {
    case 'Empty':
      return undefined;
    case 'Error':
      return { value: text, text, kind: 'error' };
    case 'Double':
    case 'Integer':
      return isDateFormat(numberFormat)
        ? { value: dateFromSerial(value as number), text, kind: 'date' }
        : { value: value as number, text, kind: 'number' };
    case 'Boolean':
      return { value: value as boolean, text, kind: 'text' };
    default:
      return text === '' && value === '' ? undefined : { value: String(value), text: text || String(value), kind: 'text' };
  }
}
