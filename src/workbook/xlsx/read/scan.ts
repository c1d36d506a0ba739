/**
 * A small, fast XML scanner for the parts the reader takes: it walks the
 * tags of a part in one pass with indexOf, hands each element's local name
 * and raw attribute text to the caller, and decodes text only when asked.
 * A sheet of 10,000 actions scans in a fraction of a full parser's time.
 * It does not check that the XML is well-formed beyond what it needs to
 * find the tags (the patcher's parser is strict where it writes); a part
 * cut off inside a tag throws.
 */
export interface ScanHandler {
  /**
   * The tag's attributes are the text of `xml` from `from` to `to`: read them
   * with attributeOf, only those needed. The tag itself runs from `start` to
   * `end` (past its '>').
   */
  open(name: string, from: number, to: number, selfClosing: boolean, start: number, end: number): void;
  /**
   * start and end are those of the closing tag (for an empty element, of the
   * element); the name as written (x:row) is xml from `tagFrom` to `tagTo`,
   * left for the caller to take: most callers never need it.
   */
  close?(name: string, start: number, end: number, tagFrom: number, tagTo: number): void;
  /** Asked before any text is decoded: only text the caller wants costs anything. */
  wantsText?(): boolean;
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with XML's character and entity references replaced; an unknown entity is kept as written. */
export function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (tag: string) => {
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(colon + 1);
};

/** One-letter names (c, v, f, t, r: most of a sheet's tags) without slicing a new string for each. */
const LETTERS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** The local name of the tag whose name is xml[from, to). */
function nameAt(xml: string, from: number, to: number): string {
  if (to - from === 1) {
    const code = xml.charCodeAt(from);
    if (code < 128) return LETTERS[code];
  }
  return localName(xml.slice(from, to));
}

function truncated(): Error {
  return new Error('unexpected end of XML inside a tag');
}

/** The index of the '>' closing the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i += 1) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  throw truncated();
}

function skipPast(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw truncated();
  return at + end.length;
}

/** <!DOCTYPE …> with an internal subset in brackets. */
function doctypeEnd(xml: string, from: number): number {
  let depth = 0;
  for (let i = from; i < xml.length; i += 1) {
    const c = xml[i];
    if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  throw truncated();
}

/** Walks the part's tags; a part that ends inside an element (cut short, or unpacked short of what it held) throws. */
export function scan(xml: string, handler: ScanHandler): void {
  let i = 0;
  let depth = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i && handler.wantsText?.()) handler.text!(decode(xml.slice(i, stop)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw truncated();
      let nameEnd = gt;
      while (nameEnd > lt + 2 && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd -= 1;
      handler.close?.(nameAt(xml, lt + 2, nameEnd), lt, gt + 1, lt + 2, nameEnd);
      depth -= 1;
      i = gt + 1;
    } else if (next === 63 /* ? */) {
      i = skipPast(xml, lt, '?>');
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) i = skipPast(xml, lt, '-->');
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) throw truncated();
        if (handler.wantsText?.()) handler.text!(xml.slice(lt + 9, end));
        i = end + 3;
      } else i = doctypeEnd(xml, lt);
    } else {
      const gt = tagEnd(xml, lt + 1);
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const end = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < end && xml.charCodeAt(nameEnd) > 32) nameEnd += 1;
      const name = nameAt(xml, lt + 1, nameEnd);
      handler.open(name, nameEnd, end, selfClosing, lt, gt + 1);
      if (selfClosing) handler.close?.(name, lt, gt + 1, lt + 1, nameEnd);
      else depth += 1;
      i = gt + 1;
    }
  }
  if (depth !== 0) throw new Error('unexpected end of XML: an element is left open');
}

/**
 * One attribute of the tag whose attributes are xml[from, to), decoded;
 * undefined when absent. Walks that tag's attributes only, cheaper than
 * reading every attribute for the thousands of cells of a sheet.
 */
export function attributeOf(xml: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    while (i < to && xml.charCodeAt(i) <= 32) i += 1;
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 /* = */ && xml.charCodeAt(i) > 32) i += 1;
    const nameEnd = i;
    while (i < to && xml.charCodeAt(i) !== 61) i += 1;
    i += 1;
    while (i < to && xml.charCodeAt(i) <= 32) i += 1;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return undefined;
    if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) return decode(xml.slice(i + 1, close));
    i = close + 1;
  }
  return undefined;
}

/** Every attribute of the tag whose attributes are xml[from, to), by name as written (r, t, r:id), values decoded. */
export function attributesOf(xml: string, from: number, to: number): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of xml.slice(from, to).matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found[match[1]] = decode(match[2] ?? match[3]);
  return found;
}

/** Every element of a local name, as its attributes: for the small parts (relationships, tables, the workbook). */
export function elementsNamed(xml: string, local: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  scan(xml, {
    open(name, from, to) {
      if (name === local) found.push(attributesOf(xml, from, to));
    },
  });
  return found;
}
