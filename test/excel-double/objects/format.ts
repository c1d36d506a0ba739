import { ServerObject } from '../protocol';
import type { ModelArea } from '../model';
import { Base, State, assertWritable } from './base';
import { a1Of } from './range';

/** The properties each part of Range.format can be given, as the API names them. */
const PART_PROPERTIES: Record<string, string[]> = {
  '': ['ColumnWidth', 'RowHeight', 'WrapText', 'HorizontalAlignment', 'VerticalAlignment', 'IndentLevel', 'ShrinkToFit'],
  font: ['Bold', 'Italic', 'Size', 'Color', 'Name', 'Underline', 'Strikethrough'],
  fill: ['Color', 'Pattern'],
  border: ['Style', 'Weight', 'Color'],
  protection: ['Locked', 'FormulaHidden'],
};
const PARTS: Record<string, string> = { Font: 'font', Fill: 'fill', Borders: 'borders', Protection: 'protection' };

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * Range.format and its parts. Every property set is kept on the sheet, in
 * order, as { range, path: "font.bold" | "fill.color" | "columnWidth" |
 * "borders.EdgeBottom.style", value }, for tests to look at.
 */
export class RangeFormatObject extends Base {
  readonly className: string;

  constructor(
    state: State,
    private readonly sheetId: string,
    private readonly area: ModelArea,
    private readonly path: string[] = [],
  ) {
    super(state);
    this.className = path.length === 0 ? 'RangeFormat' : `RangeFormat.${path.join('.')}`;
  }

  private get kind(): string {
    if (this.path[0] === 'borders') return this.path.length === 2 ? 'border' : 'borders';
    return this.path[0] ?? '';
  }

  navigate(name: string): ServerObject {
    if (this.path.length === 0 && PARTS[name]) return new RangeFormatObject(this.state, this.sheetId, this.area, [PARTS[name]]);
    return super.navigate(name);
  }

  open(name: string, args: unknown[]): ServerObject {
    if (this.kind === 'borders' && (name === '' || name === 'GetItem'))
      return new RangeFormatObject(this.state, this.sheetId, this.area, ['borders', String(args[0])]);
    return super.open(name, args);
  }

  set(name: string, value: unknown): void {
    if (!(PART_PROPERTIES[this.kind] ?? []).includes(name)) {
      super.set(name, value);
      return;
    }
    assertWritable(this.state);
    this.sheetById(this.sheetId).formats.push({ range: a1Of(this.area), path: [...this.path, camel(name)].join('.'), value });
  }

  invoke(name: string, args: unknown[]): unknown {
    if (this.kind === 'fill' && name === 'Clear') {
      this.sheetById(this.sheetId).formats.push({ range: a1Of(this.area), path: 'fill.clear', value: true });
      return null;
    }
    return super.invoke(name, args);
  }
}
