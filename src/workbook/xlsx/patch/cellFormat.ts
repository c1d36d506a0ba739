import type { StylesPart } from './styles';
import { withAttribute } from './spans';

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/** The xf's text with its <alignment> holding these attributes (created first among its children, as CT_Xf orders them). */
function withAlignment(xf: string, alignment: Record<string, string>): string {
  const existing = /<((?:[\w.-]+:)?alignment)\b[^>]*?\/?>/.exec(xf);
  if (existing) {
    let tag = existing[0];
    for (const [name, value] of Object.entries(alignment)) tag = withAttribute(tag, name, value);
    return xf.replace(existing[0], tag);
  }
  const prefix = /^<([\w.-]+:)?xf\b/.exec(xf)?.[1] ?? '';
  const tag = `<${prefix}alignment ${Object.entries(alignment)
    .map(([n, v]) => `${n}="${v}"`)
    .join(' ')}/>`;
  const open = /^<[^>]*?(\/?)>/.exec(xf)!;
  if (open[1] === '/') return `${open[0].replace(/\s*\/>$/, '>')}${tag}</${prefix}xf>`;
  return `${open[0]}${tag}${xf.slice(open[0].length)}`;
}

/** A font's text made bold (CT_Font's children may come in any order). */
function boldFont(font: string): string {
  if (/<(?:[\w.-]+:)?b(?:\s[^>]*)?\/?>/.test(font) && !/<(?:[\w.-]+:)?b\s+val="(?:0|false)"/.test(font)) return font;
  const prefix = /^<([\w.-]+:)?font\b/.exec(font)?.[1] ?? '';
  const withoutB = font.replace(/<(?:[\w.-]+:)?b\s+val="(?:0|false)"\s*\/>/, '');
  const open = /^<[^>]*?(\/?)>/.exec(withoutB)!;
  if (open[1] === '/') return `${open[0].replace(/\s*\/>$/, '>')}<${prefix}b/></${prefix}font>`;
  return `${open[0]}<${prefix}b/>${withoutB.slice(open[0].length)}`;
}

/**
 * The cell format for a cell the product writes into the officer's sheet:
 * the cell's own format (borders, fill, number format kept) with the text
 * wrapped at the top, and bold for a header — added to the styles part once
 * per distinct original. Gives the new index.
 */
export function derivedFormat(styles: StylesPart, index: number, change: { bold: boolean }): number {
  let xf = styles.item('cellXfs', index) || DEFAULT_XF;
  xf = withOpenAttributes(withAlignment(xf, { wrapText: '1', vertical: 'top' }), { applyAlignment: '1' });
  if (change.bold) {
    const fontId = Number(/\sfontId="(\d+)"/.exec(xf)?.[1] ?? 0);
    const font = styles.item('fonts', fontId) || '<font><sz val="11"/><name val="Calibri"/></font>';
    xf = withOpenAttributes(xf, { fontId: String(styles.add('fonts', boldFont(font))), applyFont: '1' });
  }
  return styles.add('cellXfs', xf);
}

/** The element's open tag with attributes set, its children as they were. */
function withOpenAttributes(element: string, attributes: Record<string, string>): string {
  const open = /^<[^>]*>/.exec(element)![0];
  let tag = open;
  for (const [name, value] of Object.entries(attributes)) tag = withAttribute(tag, name, value);
  return tag + element.slice(open.length);
}
