import type { Fill } from 'exceljs';
import { attributesOf, scan } from './scan';
import { get_table as builtInFormats } from 'ssf';
import { ThemeColours, solidFillColour } from '../colours';

/** What the reader needs of a cell format: its number format's code (none for General) and its solid fill's colour. */
export interface CellFormat {
  numFmt?: string;
  fill?: string;
}

type Colour = { argb?: string; theme?: number; tint?: number; indexed?: number };

function colourOf(attributes: Record<string, string>): Colour {
  const colour: Colour = {};
  if (attributes.rgb !== undefined) colour.argb = attributes.rgb;
  if (attributes.theme !== undefined) colour.theme = Number(attributes.theme);
  if (attributes.tint !== undefined) colour.tint = Number(attributes.tint);
  if (attributes.indexed !== undefined) colour.indexed = Number(attributes.indexed);
  return colour;
}

/**
 * Each cell format (<cellXfs>) of a styles part, by index, reduced to its
 * number format and solid fill colour. Format 0 and fill 0 are the
 * defaults (General, no fill); a built-in number format's code is Excel's,
 * as SheetJS's format library lists them.
 */
export function cellFormats(xml: string | undefined, theme: ThemeColours): CellFormat[] {
  if (!xml) return [];
  const codes = new Map<number, string>();
  const fills: Fill[] = [];
  const xfs: { numFmtId: number; fillId: number }[] = [];
  const open: string[] = [];
  let selfClosed = false;
  scan(xml, {
    open(name, from, to, selfClosing) {
      selfClosed = selfClosing;
      const a = attributesOf(xml, from, to);
      const parent = open[open.length - 1];
      if (name === 'numFmt' && parent === 'numFmts') codes.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'fill' && parent === 'fills') fills.push({ type: 'pattern', pattern: 'none' } as Fill);
      else if (name === 'patternFill' && parent === 'fill') Object.assign(fills[fills.length - 1], { pattern: a.patternType });
      else if (name === 'gradientFill' && parent === 'fill') Object.assign(fills[fills.length - 1], { type: 'gradient' });
      else if (name === 'fgColor' && parent === 'patternFill') Object.assign(fills[fills.length - 1], { fgColor: colourOf(a) });
      else if (name === 'xf' && parent === 'cellXfs') xfs.push({ numFmtId: Number(a.numFmtId ?? 0), fillId: Number(a.fillId ?? 0) });
      if (!selfClosing) open.push(name);
    },
    close() {
      // A self-closing tag's close comes straight after its open, which pushed nothing.
      if (selfClosed) selfClosed = false;
      else open.pop();
    },
  });
  const table = builtInFormats() as Record<number, string>;
  return xfs.map(({ numFmtId, fillId }) => {
    const format: CellFormat = {};
    const code = numFmtId ? (codes.get(numFmtId) ?? table[numFmtId]) : undefined;
    if (code) format.numFmt = code;
    const fill = fillId ? solidFillColour(fills[fillId], theme) : undefined;
    if (fill) format.fill = fill;
    return format;
  });
}
