import type { StylesPart } from './styles';
import { spansOf, spliced, withAttribute } from './spans';

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

/**
 * CT_Font's children in the order Excel writes them and the Open XML SDK's
 * validator expects (ECMA-376's schema allows any order; Office's does not).
 */
const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];
const fontRank = (name: string) => (FONT_ORDER.includes(name) ? FONT_ORDER.indexOf(name) : FONT_ORDER.length);

/**
 * A <font>'s text with its children in Excel's order, and made bold when
 * asked (any <b> it had, bold or not, replaced): a font copied from the
 * officer's out of order (as exceljs writes its default font) is written in
 * order, so the font the product adds validates.
 */
function fontInOrder(font: string, bold = false): string {
  const [root, ...children] = spansOf(font, (_name, depth) => depth <= 1);
  const prefix = /^<([\w.-]+:)?font\b/.exec(font)?.[1] ?? '';
  const kept = children
    .filter((child) => !(bold && child.name === 'b'))
    .map((child) => ({ name: child.name, xml: font.slice(child.start, child.end) }));
  const all = bold ? [{ name: 'b', xml: `<${prefix}b/>` }, ...kept] : kept;
  const ordered = all.sort((a, b) => fontRank(a.name) - fontRank(b.name));
  const open = font.slice(root.start, root.openEnd).replace(/\s*\/>$/, '>');
  return `${open}${ordered.map((child) => child.xml).join('')}</${prefix}font>`;
}

/** A styles part with every font's children in Excel's order: for the package the product makes from a CSV. */
export function fontsInOrder(styles: string): string {
  const fonts = spansOf(styles, (name, depth) => depth === 2 && name === 'font');
  return spliced(
    styles,
    fonts.map((font) => ({ at: font.start, length: font.end - font.start, text: fontInOrder(styles.slice(font.start, font.end)) })),
  );
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
    xf = withOpenAttributes(xf, { fontId: String(styles.add('fonts', fontInOrder(font, true))), applyFont: '1' });
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
