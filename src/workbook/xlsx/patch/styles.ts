import { Span, intoElement, spansOf, spliced } from './spans';
import { fragmentIn } from './namespace';

/** The collections of a styles part, in CT_Stylesheet's order (a missing one is created in its place). */
const COLLECTIONS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
type Kind = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const ITEM: Record<Kind, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };
/** Number formats below this id are Excel's built-in ones; a file's own start here. */
const FIRST_CUSTOM_FORMAT = 164;

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * A workbook's styles part, to which the patcher only adds: new fonts,
 * fills, borders, number formats, cell formats and differential formats go
 * at the end of their lists (so every index the officer's cells use keeps
 * its meaning), and an item already there, character for character, is
 * used again instead of added twice.
 */
export class StylesPart {
  private readonly root: Span;
  private readonly collections = new Map<string, Span>();
  private readonly items = new Map<Kind, string[]>();
  private readonly added = new Map<Kind, string[]>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;

  constructor(private readonly xml: string) {
    const spans = spansOf(xml, (name, depth) => depth <= 1 || (depth === 2 && Object.values(ITEM).includes(name)));
    this.root = spans[0];
    for (const span of spans.filter((s) => s.depth === 1)) if (!this.collections.has(span.name)) this.collections.set(span.name, span);
    for (const kind of Object.keys(ITEM) as Kind[]) {
      const parent = this.collections.get(kind);
      const list = parent
        ? spans.filter((s) => s.depth === 2 && s.name === ITEM[kind] && s.start >= parent.openEnd && s.end <= parent.end)
        : [];
      this.items.set(
        kind,
        list.map((s) => xml.slice(s.start, s.end)),
      );
      this.added.set(kind, []);
      if (kind === 'numFmts')
        for (const s of list) {
          const id = Number(s.attributes.numFmtId);
          this.customFormats.set(s.attributes.formatCode, id);
          if (id >= this.nextFormatId) this.nextFormatId = id + 1;
        }
    }
  }

  /** The item's text at an index ('' past the end, as Excel reads a missing index as the default). */
  item(kind: Exclude<Kind, 'numFmts'>, index: number): string {
    const all = [...this.items.get(kind)!, ...this.added.get(kind)!];
    return all[index] ?? '';
  }

  /** The index of the item, added at the end of its list unless the same text is there already. */
  add(kind: Exclude<Kind, 'numFmts'>, text: string): number {
    const all = [...this.items.get(kind)!, ...this.added.get(kind)!];
    const found = all.indexOf(text);
    if (found >= 0) return found;
    this.added.get(kind)!.push(text);
    return all.length;
  }

  /** The code of a number format the part defines (undefined for a built-in id). */
  formatCode(id: number): string | undefined {
    for (const [code, known] of this.customFormats) if (known === id) return code;
    return undefined;
  }

  /** The id of a custom number format with this code, added when the part has none. */
  formatId(code: string): number {
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId;
    this.nextFormatId += 1;
    this.customFormats.set(code, id);
    this.added
      .get('numFmts')!
      .push(`<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`);
    return id;
  }

  get changed(): boolean {
    return [...this.added.values()].some((list) => list.length > 0);
  }

  /** The part's text with the additions: items before each list's end, counts updated, a missing list created in schema order. */
  text(): string {
    const splices = [];
    for (const kind of Object.keys(ITEM) as Kind[]) {
      const added = this.added.get(kind)!.map((item) => fragmentIn(this.root, item));
      if (added.length === 0) continue;
      const count = this.items.get(kind)!.length + added.length;
      const parent = this.collections.get(kind);
      if (parent) {
        splices.push(...intoElement(this.xml, parent, [{ text: added.join('') }], { count: String(count) }));
      } else {
        const at = this.insertPoint(kind);
        splices.push({
          at,
          length: 0,
          text: fragmentIn(this.root, `<${kind} count="${count}">${this.added.get(kind)!.join('')}</${kind}>`),
        });
      }
    }
    return spliced(this.xml, splices);
  }

  private insertPoint(kind: Kind): number {
    const after = COLLECTIONS.slice(COLLECTIONS.indexOf(kind) + 1);
    const next = [...this.collections.values()].filter((s) => after.includes(s.name)).sort((a, b) => a.start - b.start)[0];
    return next ? next.start : this.root.closeStart;
  }
}
