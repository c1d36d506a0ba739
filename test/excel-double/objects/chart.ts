import { ServerObject } from '../protocol';
import type { ModelChart } from '../model';
import { Base, SheetObject, State, assertWritable } from './base';
import { RangeObject } from './range';

const PARTS = new Set(['Title', 'Legend', 'Axes', 'CategoryAxis', 'ValueAxis', 'Series', 'Format', 'Fill', 'Font', 'DataLabels']);
const PROPERTIES = new Set([
  'Text',
  'Position',
  'Visible',
  'ReversePlotOrder',
  'Name',
  'Color',
  'Bold',
  'Size',
  'ShowValue',
  'Top',
  'Left',
  'Height',
  'Width',
]);
const METHODS = new Set(['SetPosition', 'SetXAxisValues', 'SetValues', 'SetSolidColor']);

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export class ChartCollectionObject extends SheetObject {
  readonly className = 'ChartCollection';

  open(name: string, args: unknown[]): ServerObject {
    if (name !== 'Add') return super.open(name, args);
    assertWritable(this.state);
    const [type, source, seriesBy] = args as [string, RangeObject, string];
    const chart: ModelChart = { type, source: source.a1, seriesBy, props: new Map() };
    this.sheetById(this.sheetId).charts.push(chart);
    return new ChartPart(this.state, chart, []);
  }
}

/**
 * A chart and its parts. Settings and method calls are kept under their
 * path ("title.text", "series.0.format.fill.setSolidColor"), ranges as their
 * A1 address, for tests to look at.
 */
class ChartPart extends Base {
  readonly className: string;

  constructor(
    state: State,
    private readonly chart: ModelChart,
    private readonly path: string[],
  ) {
    super(state);
    this.className = ['Chart', ...path].join('.');
  }

  navigate(name: string): ServerObject {
    if (PARTS.has(name)) return new ChartPart(this.state, this.chart, [...this.path, camel(name)]);
    return super.navigate(name);
  }

  open(name: string, args: unknown[]): ServerObject {
    if (name === 'GetItemAt' && this.path[this.path.length - 1] === 'series')
      return new ChartPart(this.state, this.chart, [...this.path, String(args[0])]);
    return super.open(name, args);
  }

  set(name: string, value: unknown): void {
    if (!PROPERTIES.has(name)) {
      super.set(name, value);
      return;
    }
    assertWritable(this.state);
    this.chart.props.set([...this.path, camel(name)].join('.'), value);
  }

  invoke(name: string, args: unknown[]): unknown {
    if (!METHODS.has(name)) return super.invoke(name, args);
    assertWritable(this.state);
    this.chart.props.set(
      [...this.path, camel(name)].join('.'),
      args.map((arg) => (arg instanceof RangeObject ? arg.a1 : arg)),
    );
    return null;
  }
}
