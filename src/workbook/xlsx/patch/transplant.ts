import JSZip from 'jszip';
import { NS, elements, partText, relsOf } from '../package';
import { withOpenAttributes } from './cellFormat';
import { StylesPart } from './styles';
import { Span, Splice, spansOf, spliced, withAttribute } from './spans';
import { cellPosition } from './sheet';

/**
 * A sheet exceljs wrote in a scratch workbook (the product's own, laid out
 * by src/workbook/sheets), made to stand in the officer's workbook: its cell
 * formats re-numbered into the officer's styles part, its shared strings
 * written inline (the officer's shared strings part is left alone), its
 * links to cells written as locations instead of relationships.
 */
export class ScratchWorkbook {
  private constructor(
    private readonly zip: JSZip,
    private readonly styles: StylesPart,
    private readonly strings: string[],
    private readonly parts: Map<string, { part: string; index: number }>,
    readonly workbookXml: string,
  ) {}

  static async open(bytes: Uint8Array): Promise<ScratchWorkbook> {
    const zip = await JSZip.loadAsync(bytes);
    const styles = new StylesPart((await partText(zip, 'xl/styles.xml'))!);
    const sst = (await partText(zip, 'xl/sharedStrings.xml')) ?? '<sst/>';
    const strings = spansOf(sst, (name, depth) => depth === 1 && name === 'si').map((s) => sst.slice(s.openEnd, s.closeStart));
    const workbookXml = (await partText(zip, 'xl/workbook.xml'))!;
    const rels = elements((await partText(zip, 'xl/_rels/workbook.xml.rels'))!, 'Relationship', NS.package);
    const targets = new Map(rels.map((r) => [r.Id, `xl/${r.Target}`]));
    const parts = new Map(
      elements(workbookXml, 'sheet', NS.spreadsheet).map((s, index) => [
        s.name,
        { part: targets.get(s[`{${NS.relationships}}id`])!, index },
      ]),
    );
    return new ScratchWorkbook(zip, styles, strings, parts, workbookXml);
  }

  /** The scratch sheet's position, for its print names. */
  indexOf(name: string): number {
    return this.parts.get(name)!.index;
  }

  /**
   * The sheet's XML for the officer's workbook, its formats added to
   * `target`; conditional format priorities start after `priorityBase`.
   */
  async sheetXml(name: string, target: StylesPart, priorityBase = 0): Promise<string> {
    const part = this.parts.get(name)!.part;
    const xml = (await partText(this.zip, part))!;
    const links = new Map(
      elements((await partText(this.zip, relsOf(part))) ?? '<Relationships/>', 'Relationship', NS.package).map((r) => [r.Id, r.Target]),
    );
    const formats = new Map<number, number>();
    const format = (index: number) => {
      if (!formats.has(index)) formats.set(index, this.importFormat(index, target));
      return formats.get(index)!;
    };
    const spans = spansOf(
      xml,
      (local, depth) => (depth === 3 && local === 'c') || (depth === 2 && ['row', 'col', 'cfRule', 'hyperlink'].includes(local)),
    );
    return spliced(
      xml,
      spans.map((span) => this.rewrite(xml, span, format, target, priorityBase, links)),
    );
  }

  private rewrite(
    xml: string,
    span: Span,
    format: (i: number) => number,
    target: StylesPart,
    priorityBase: number,
    links: Map<string, string>,
  ): Splice {
    const open = xml.slice(span.start, span.openEnd);
    const replaceOpen = (text: string): Splice => ({ at: span.start, length: span.openEnd - span.start, text });
    switch (span.name) {
      case 'c': {
        const style = String(format(Number(span.attributes.s ?? 0)));
        if (span.attributes.t !== 's') return replaceOpen(withAttribute(open, 's', style));
        const index = Number(/<v>(\d+)<\/v>/.exec(xml.slice(span.openEnd, span.closeStart))?.[1]);
        const text = `<c r="${span.attributes.r}" s="${style}" t="inlineStr"><is>${this.strings[index] ?? ''}</is></c>`;
        return { at: span.start, length: span.end - span.start, text };
      }
      case 'row':
        return replaceOpen(span.attributes.s ? withAttribute(open, 's', String(format(Number(span.attributes.s)))) : open);
      case 'col':
        return replaceOpen(span.attributes.style ? withAttribute(open, 'style', String(format(Number(span.attributes.style)))) : open);
      case 'cfRule': {
        let tag = withAttribute(open, 'priority', String(priorityBase + Number(span.attributes.priority ?? 1)));
        if (span.attributes.dxfId)
          tag = withAttribute(tag, 'dxfId', String(target.add('dxfs', this.styles.item('dxfs', Number(span.attributes.dxfId)))));
        return replaceOpen(tag);
      }
      default: {
        // exceljs writes a link to a cell as an external relationship to "#Sheet!A1"; a location says the same without one.
        const id = span.attributes['r:id'];
        const location = id ? links.get(id) : undefined;
        if (!location?.startsWith('#')) return replaceOpen(open);
        const ref = span.attributes.ref.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        const at = location.slice(1).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
        return { at: span.start, length: span.end - span.start, text: `<hyperlink ref="${ref}" location="${at}" display="${at}"/>` };
      }
    }
  }

  /** A scratch cell format added to the officer's styles: its font, fill, border and number format first. */
  private importFormat(index: number, target: StylesPart): number {
    const xf = this.styles.item('cellXfs', index) || '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const attribute = (name: string) => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(xf)?.[1] ?? 0);
    const numFmt = attribute('numFmtId');
    const code = this.styles.formatCode(numFmt);
    return target.add(
      'cellXfs',
      withOpenAttributes(xf, {
        numFmtId: String(code === undefined ? numFmt : target.formatId(code)),
        fontId: String(target.add('fonts', this.styles.item('fonts', attribute('fontId')))),
        fillId: String(target.add('fills', this.styles.item('fills', attribute('fillId')))),
        borderId: String(target.add('borders', this.styles.item('borders', attribute('borderId')))),
        xfId: '0',
      }),
    );
  }
}

/** The rows of a sheet's XML (each <row> element's text with its index), the merges and conditional formats: what an append adds. */
export function sheetContents(xml: string): {
  rows: Map<number, { tag: string; cells: Map<number, string> }>;
  merges: string[];
  conditionalFormats: string[];
} {
  const spans = spansOf(
    xml,
    (local, depth) =>
      (depth === 1 && ['sheetData', 'mergeCells', 'conditionalFormatting'].includes(local)) ||
      (depth === 2 && ['row', 'mergeCell'].includes(local)) ||
      (depth === 3 && local === 'c'),
  );
  const rows = new Map<number, { tag: string; cells: Map<number, string> }>();
  let current: Map<number, string> | null = null;
  for (const span of spans) {
    if (span.name === 'row') {
      current = new Map();
      rows.set(Number(span.attributes.r), { tag: xml.slice(span.start, span.openEnd).replace(/\s*\/>$/, '>'), cells: current });
    } else if (span.name === 'c' && current) current.set(cellPosition(span.attributes.r)[1], xml.slice(span.start, span.end));
  }
  return {
    rows,
    merges: spans.filter((s) => s.name === 'mergeCell').map((s) => s.attributes.ref),
    conditionalFormats: spans.filter((s) => s.name === 'conditionalFormatting').map((s) => xml.slice(s.start, s.end)),
  };
}
