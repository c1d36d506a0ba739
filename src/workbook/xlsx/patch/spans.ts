import { attributeOf, attributesOf, scan } from '../read/scan';

/**
 * Where an element sits in a part's text, so the patcher can change a part
 * by splicing text in and leave every other character as the file had it.
 * Offsets are UTF-16 indices into the string; for an empty element
 * (`<a/>`) openEnd, closeStart and end are equal.
 */
export interface Span {
  /** Local name, without a prefix: OOXML writers may prefix the main namespace (x:row). */
  name: string;
  /** The tag as written (x:row), for the closing tag of an element the patcher opens up. */
  tag: string;
  /** Read from the open tag when first asked for: a sheet's thousands of row and cell spans are mostly only passed by. */
  readonly attributes: Record<string, string>;
  depth: number;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

class ElementSpan implements Span {
  tag = '';
  closeStart: number;
  end: number;
  private read: Record<string, string> | undefined;

  constructor(
    private readonly xml: string,
    readonly name: string,
    readonly depth: number,
    readonly start: number,
    readonly openEnd: number,
    /** Where the open tag's attributes are in xml. */
    private readonly attributesFrom: number,
    private readonly attributesTo: number,
  ) {
    this.closeStart = openEnd;
    this.end = openEnd;
  }

  get attributes(): Record<string, string> {
    this.read ??= attributesOf(this.xml, this.attributesFrom, this.attributesTo);
    return this.read;
  }
}

/**
 * The spans of the elements `wanted` picks (by local name, depth — the root
 * at 0 — and, read on demand, attributes; it sees every element, in document
 * order, so it can keep count), in document order of their start. Built on
 * the reader's scanner, with each closing tag checked against the element it
 * closes: a part whose tags do not nest throws, as a strict parser would.
 */
export function spansOf(
  xml: string,
  wanted: (name: string, depth: number, attribute: (name: string) => string | undefined) => boolean,
): Span[] {
  const found: Span[] = [];
  const open: { name: string; span: Span | null }[] = [];
  // An empty element (<a/>) is closed straight after it is opened, by its own tag.
  let empty: { start: number; span: Span | null } | null = null;
  // One reader of the current tag's attributes for every element, not a function made for each.
  let tagFrom = 0;
  let tagTo = 0;
  const attribute = (name: string) => attributeOf(xml, tagFrom, tagTo, name);
  scan(xml, {
    open(name, from, to, selfClosing, start, end) {
      const depth = open.length;
      tagFrom = from;
      tagTo = to;
      const span: Span | null = wanted(name, depth, attribute) ? new ElementSpan(xml, name, depth, start, end, from, to) : null;
      if (span) found.push(span);
      if (selfClosing) empty = { start, span };
      else open.push({ name, span });
    },
    close(name, start, end, tagFrom, tagTo) {
      if (empty && empty.start === start) {
        if (empty.span) empty.span.tag = xml.slice(tagFrom, tagTo);
        empty = null;
        return;
      }
      const element = open.pop();
      if (!element || element.name !== name) throw new Error(`XML: closing tag ${name} does not match the element open`);
      if (!element.span) return;
      element.span.tag = xml.slice(tagFrom, tagTo);
      element.span.closeStart = start;
      element.span.end = end;
    },
  });
  return found;
}

export interface Splice {
  at: number;
  /** Characters replaced from `at`; 0 inserts. */
  length: number;
  text: string;
}

/**
 * The text with the splices made: they must not overlap. At one offset,
 * insertions go before a replacement that starts there (a cell added
 * before the cell written over next to it), each kind in the order given.
 */
export function spliced(xml: string, splices: readonly Splice[]): string {
  const replaces = (s: Splice) => (s.length > 0 ? 1 : 0);
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.at - b.at || replaces(a) - replaces(b) || a.i - b.i);
  const parts: string[] = [];
  let from = 0;
  for (const s of ordered) {
    if (s.at < from) throw new Error('overlapping edits to one part');
    parts.push(xml.slice(from, s.at), s.text);
    from = s.at + s.length;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}

/** The open tag with one attribute set (added at its end when absent), the rest as written. */
export function withAttribute(openTag: string, name: string, value: string): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(openTag)) return openTag.replace(pattern, `$1"${escaped}"`);
  return openTag.replace(/\s*(\/?)>$/, ` ${name}="${escaped}"$1>`);
}

/**
 * Splices that put children into an element — each before the child at
 * `at`, or before the closing tag — with attributes set on its open tag
 * (a count); an empty element (<a/>) is opened up to hold them.
 */
export function intoElement(
  xml: string,
  span: Span,
  children: readonly { at?: number; text: string }[],
  attributes: Record<string, string> = {},
): Splice[] {
  const written = xml.slice(span.start, span.openEnd);
  let open = written;
  for (const [name, value] of Object.entries(attributes)) open = withAttribute(open, name, value);
  if (span.openEnd === span.end && written.endsWith('/>')) {
    const text = `${open.replace(/\s*\/>$/, '>')}${children.map((c) => c.text).join('')}</${span.tag}>`;
    return [{ at: span.start, length: span.end - span.start, text }];
  }
  const splices: Splice[] = open === written ? [] : [{ at: span.start, length: span.openEnd - span.start, text: open }];
  return [...splices, ...children.map((c) => ({ at: c.at ?? span.closeStart, length: 0, text: c.text }))];
}
