import { ExcelError, ServerObject } from '../protocol';
import type { ModelArea, ModelConditionalFormat, ModelSheet } from '../model';
import { Base, State, assertWritable } from './base';
import { a1Of } from './range';
import { areaOf } from './worksheet';

const overlaps = (a: ModelArea, b: ModelArea) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * A range's conditional formats: those of its sheet that touch the range, in
 * priority order. add() puts the new format at the top (priority 0).
 */
export class ConditionalFormatCollectionObject extends Base {
  readonly className = 'ConditionalFormatCollection';

  constructor(
    state: State,
    private readonly sheetId: string,
    private readonly area: ModelArea,
  ) {
    super(state);
  }

  items(): ServerObject[] {
    return this.members().map((_, index) => new ConditionalFormatObject(this.state, this.sheetId, this.area, index));
  }

  members(): ModelConditionalFormat[] {
    return this.sheetById(this.sheetId).conditionalFormats.filter((cf) => overlaps(areaOf(cf.range), this.area));
  }

  open(name: string, args: unknown[]): ServerObject {
    switch (name) {
      case 'Add': {
        assertWritable(this.state);
        this.sheetById(this.sheetId).conditionalFormats.unshift({
          range: a1Of(this.area),
          type: String(args[0]),
          text: '',
          operator: '',
          fill: '',
          font: '',
          stopIfTrue: false,
        });
        return new ConditionalFormatObject(this.state, this.sheetId, this.area, 0);
      }
      case 'GetItemAt':
        return new ConditionalFormatObject(this.state, this.sheetId, this.area, args[0] as number);
      default:
        return super.open(name, args);
    }
  }

  invoke(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'ClearAll': {
        assertWritable(this.state);
        const sheet = this.sheetById(this.sheetId);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(areaOf(cf.range), this.area));
        return null;
      }
      case 'GetCount':
        return this.members().length;
      default:
        return super.invoke(name, args);
    }
  }
}

/**
 * A conditional format as the API hands it out: bound to its place in the
 * collection, not to the rule. Its documentation says that after a change
 * of priority the object must be fetched again before further changes; here,
 * as there, a stale object changes whichever rule now holds its old place.
 */
class ConditionalFormatObject extends Base {
  readonly className = 'ConditionalFormat';
  readonly defaultSelect = ['Priority', 'StopIfTrue', 'Type'];

  constructor(
    state: State,
    private readonly sheetId: string,
    private readonly area: ModelArea,
    private readonly index: number,
  ) {
    super(state);
  }

  get sheet(): ModelSheet {
    return this.sheetById(this.sheetId);
  }

  rule(): ModelConditionalFormat {
    const rule = new ConditionalFormatCollectionObject(this.state, this.sheetId, this.area).members()[this.index];
    if (!rule) throw new ExcelError('ItemNotFound', "The requested resource doesn't exist.", 404);
    return rule;
  }

  get(name: string): unknown {
    switch (name) {
      case 'Priority':
        return this.index;
      case 'StopIfTrue':
        return this.rule().stopIfTrue;
      case 'Type':
        return this.rule().type;
      default:
        return super.get(name);
    }
  }

  set(name: string, value: unknown): void {
    assertWritable(this.state);
    switch (name) {
      case 'Priority':
        this.move(value as number);
        return;
      case 'StopIfTrue':
        this.rule().stopIfTrue = Boolean(value);
        return;
      default:
        super.set(name, value);
    }
  }

  navigate(name: string): ServerObject {
    if (name === 'TextComparison') {
      if (this.rule().type !== 'ContainsText')
        throw new ExcelError('InvalidOperation', 'This conditional format is not a text comparison.');
      return new RulePart(this.state, () => this.rule(), 'TextConditionalFormat');
    }
    return super.navigate(name);
  }

  /** Moves the rule to that priority within the collection; the others close up around it. */
  private move(priority: number): void {
    const list = this.sheet.conditionalFormats;
    const rule = this.rule();
    const others = new ConditionalFormatCollectionObject(this.state, this.sheetId, this.area).members().filter((r) => r !== rule);
    list.splice(list.indexOf(rule), 1);
    const place = Math.max(0, Math.min(priority, others.length));
    const at =
      place < others.length ? list.indexOf(others[place]) : others.length > 0 ? list.indexOf(others[others.length - 1]) + 1 : list.length;
    list.splice(at, 0, rule);
  }
}

/** The rule and format of a text comparison: rule, format.fill.color, format.font.color. */
class RulePart extends Base {
  constructor(
    state: State,
    private readonly rule: () => ModelConditionalFormat,
    readonly className: string,
    private readonly part = '',
  ) {
    super(state);
  }

  navigate(name: string): ServerObject {
    if (this.part === '' && name === 'Format') return new RulePart(this.state, this.rule, 'ConditionalRangeFormat', 'format');
    if (this.part === 'format' && (name === 'Fill' || name === 'Font'))
      return new RulePart(this.state, this.rule, `ConditionalRange${name}`, name.toLowerCase());
    return super.navigate(name);
  }

  set(name: string, value: unknown): void {
    assertWritable(this.state);
    const rule = this.rule();
    if (this.part === '' && name === 'Rule') {
      const { operator, text } = value as { operator: string; text: string };
      rule.operator = operator;
      rule.text = text;
    } else if ((this.part === 'fill' || this.part === 'font') && name === 'Color') {
      rule[this.part] = String(value);
    } else {
      super.set(name, value);
    }
  }
}
