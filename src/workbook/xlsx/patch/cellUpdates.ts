import { CellUpdate, columnLetter, dateOfDay, serialOfDate } from '../../../plan';
import { isDateFormat } from '../../displayText';
import { DATE_FORMAT } from '../../sheets';
import { xmlText } from '../package';
import { excelEscaped } from '../xmlSafe';
import type { CellWrite } from './sheet';
import type { StylesPart } from './styles';

/** Excel's built-in date and time formats (ECMA-376 §18.8.30): a cell formatted with one shows a date already. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * A plan cell a confirmed return writes, as the cell element spliced in: the
 * value only — the cell keeps its own format (font, fill, borders,
 * alignment); a date given to a cell not formatted as one gets a date's
 * number format and nothing else. Text stays text, a formula's look
 * included; a number (put back by undo) is a number.
 */
export function updateWrite(update: CellUpdate, styles: StylesPart): CellWrite {
  const ref = `${columnLetter(update.col)}${update.row + 1}`;
  return (old) => {
    const style = old?.style ?? 0;
    if (typeof update.value === 'number') return `<c r="${ref}" s="${style}"><v>${update.value}</v></c>`;
    // An empty cell put back by undo holds no value at all, as before the merge (not an empty text).
    if (update.value === '') return `<c r="${ref}" s="${style}"/>`;
    if (typeof update.value === 'object') {
      const serial = serialOfDate(dateOfDay(update.value.day));
      return `<c r="${ref}" s="${datedFormat(styles, style)}"><v>${serial}</v></c>`;
    }
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(excelEscaped(update.value))}</t></is></c>`;
  };
}

/** The cell's format, or the same with a date's number format where it shows no date. */
function datedFormat(styles: StylesPart, index: number): number {
  const xf = styles.item('cellXfs', index) || '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  const id = Number(/\snumFmtId="(\d+)"/.exec(xf)?.[1] ?? 0);
  if (BUILT_IN_DATES.has(id) || isDateFormat(styles.formatCode(id))) return index;
  const withDate = xf
    .replace(/\snumFmtId="\d+"/, '')
    .replace(/\sapplyNumberFormat="[^"]*"/, '')
    .replace(/^<([\w.-]+:)?xf\b/, (open) => `${open} numFmtId="${styles.formatId(DATE_FORMAT)}" applyNumberFormat="1"`);
  return styles.add('cellXfs', withDate);
}
