/**
 * A strict test double of the slice of the Excel JavaScript API the adapter
 * uses. Like Excel: reading a property that was not loaded and synced throws
 * PropertyNotLoaded; writes and loads happen at sync, in order; a request or
 * response over 5 MB fails as Excel on the web does. It counts syncs and the
 * bytes of each request and response.
 */
import { address as a1, parseAddress } from '../../src/plan';
import { PAYLOAD_LIMIT_BYTES } from '../../src/workbook/excel/limits';
import { ModelCell, ModelSheet, emptyModelSheet, key } from './model';
import { dateFromSerial, displayDate, displayNumber, isDateFormat } from '../../src/workbook/displayText';

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    // Excel's errors carry a code the adapter can act on (OfficeExtension.Error.code).
    super(`${code}: ${message}`);
  }
}

interface Op {
  describe: unknown;
  apply(): void;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Whether suspendApiCalculationUntilNextSync was called for this sync. */
  calculationSuspended: boolean;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => { this.suspended = true; } };
  readonly syncs: SyncRecord[] = [];
  private suspended = false;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  private ops: Op[] = [];
  private loads = new Set<Loadable>();

  constructor(readonly model: ModelSheet[]) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  queueLoad(target: Loadable): void {
    this.loads.add(target);
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    const loads = [...this.loads];
    this.ops = [];
    this.loads.clear();
    const requestBytes = JSON.stringify([ops.map((op) => op.describe), loads.map((l) => l.requested())]).length;
    if (requestBytes > PAYLOAD_LIMIT_BYTES) throw new OfficeError('RequestPayloadSizeLimitExceeded', `${requestBytes} bytes`);
    for (const op of ops) op.apply();
    const response = loads.map((load) => load.resolve());
    const responseBytes = JSON.stringify(response).length;
    this.syncs.push({ requestBytes, responseBytes, calculationSuspended: this.suspended });
    this.suspended = false;
    if (responseBytes > PAYLOAD_LIMIT_BYTES) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `${responseBytes} bytes`);
  }

  sheet(name: string): ModelSheet {
    const sheet = this.model.find((s) => s.name === name);
    if (!sheet) throw new OfficeError('ItemNotFound', `no worksheet named ${name}`);
    return sheet;
  }
}

/** Loaded state of a proxy: properties are readable only after load() and sync(). */
abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Set<string>();

  constructor(protected readonly context: FakeContext) {}

  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(',');
    for (const prop of list) this.pending.add(prop.trim().split('/')[0]);
    this.context.queueLoad(this);
    return this;
  }

  requested(): string[] {
    return [...this.pending];
  }

  resolve(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const prop of this.pending) {
      const value = this.read(prop);
      this.loaded.set(prop, value);
      out[prop] = value;
    }
    this.pending.clear();
    return out;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new OfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }

  protected abstract read(prop: string): unknown;
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
}

class FakeWorksheetCollection extends Loadable {
  get items(): FakeWorksheet[] {
    return this.get<string[]>('items').map((name) => new FakeWorksheet(this.context, name, true));
  }

  /** Like Excel, a missing sheet is an ItemNotFound error at the next sync, when something queued against it runs. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, false);
  }

  add(name: string): FakeWorksheet {
    this.context.queue({
      describe: ['addWorksheet', name],
      apply: () => {
        if (this.context.model.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw new OfficeError('ItemAlreadyExists', `a sheet named ${name} exists`);
        this.context.model.push(emptyModelSheet(name));
      },
    });
    return new FakeWorksheet(this.context, name, true);
  }

  protected read(prop: string): unknown {
    if (prop !== 'items') throw new OfficeError('InvalidArgument', `cannot load ${prop}`);
    return this.context.model.map((sheet) => sheet.name);
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

class FakeWorksheet extends Loadable {
  constructor(context: FakeContext, private readonly sheetName: string, private readonly nameLoaded: boolean) {
    super(context);
  }

  get name(): string {
    if (!this.nameLoaded) return this.get<string>('name');
    return this.sheetName;
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new OfficeError('NotImplemented', 'the double models getUsedRange(true) only');
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const k of this.context.sheet(this.sheetName).cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }
    if (bottom < 0) return this.getRangeByIndexes(0, 0, 1, 1);
    return this.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
      throw new OfficeError('InvalidArgument', `range ${row},${col} ${rows}x${cols}`);
    }
    return new FakeRange(this.context, this.sheetName, row, col, rows, cols);
  }

  getRange(address: string): FakeRange {
    const [from, to = from] = address.split(':');
    const start = parseAddress(from);
    const end = parseAddress(to);
    return this.getRangeByIndexes(start.row, start.col, end.row - start.row + 1, end.col - start.col + 1);
  }

  activate(): void {
    this.context.queue({ describe: ['activate', this.sheetName], apply: () => { this.context.sheet(this.sheetName); this.context.activeSheet = this.sheetName; } });
  }

  delete(): void {
    this.context.queue({
      describe: ['deleteWorksheet', this.sheetName],
      apply: () => { this.context.model.splice(this.context.model.indexOf(this.context.sheet(this.sheetName)), 1); },
    });
  }

  set showGridlines(value: boolean) {
    this.context.queue({ describe: ['showGridlines', value], apply: () => { this.context.sheet(this.sheetName).setup.set('showGridlines', value); } });
  }

  get freezePanes() {
    return { freezeRows: (rows: number) => this.context.queue({ describe: ['freezeRows', rows], apply: () => { this.context.sheet(this.sheetName).setup.set('freezeRows', rows); } }) };
  }

  get pageLayout(): Record<string, unknown> {
    const record = (path: string, value: unknown) => this.context.queue({ describe: ['pageLayout', path, value], apply: () => { this.context.sheet(this.sheetName).setup.set(`pageLayout.${path}`, value); } });
    return writeOnly(`pageLayout of ${this.sheetName}`, record, { setPrintTitleRows: (rows: string) => record('printTitleRows', rows) });
  }

  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart = { type, source: source.a1(), seriesBy, props: new Map<string, unknown>() };
        this.context.queue({ describe: ['addChart', type, source.a1()], apply: () => { this.context.sheet(this.sheetName).charts.push(chart); } });
        return chartProxy(this.context, chart.props, []);
      },
    };
  }

  protected read(prop: string): unknown {
    if (prop === 'name') return this.sheetName;
    throw new OfficeError('InvalidArgument', `cannot load ${prop}`);
  }
}

const EMPTY: ModelCell = { value: '', text: '', type: 'String', numberFormat: 'General' };

export class FakeRange extends Loadable {
  readonly format: Record<string, unknown>;
  readonly conditionalFormats: { clearAll(): void; add(type: string): FakeConditionalFormat };

  constructor(context: FakeContext, readonly sheetName: string, readonly top: number, readonly left: number, readonly height: number, readonly width: number) {
    super(context);
    const range = this;
    this.format = formatRecorder(context, sheetName, () => range.a1(), []);
    this.conditionalFormats = {
      clearAll: () => context.queue({
        describe: ['clearConditionalFormats', range.a1()],
        apply: () => {
          const sheet = context.sheet(sheetName);
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.range !== range.a1());
        },
      }),
      add: (type: string) => {
        if (type !== 'ContainsText') throw new OfficeError('NotImplemented', type);
        return new FakeConditionalFormat(context, sheetName, range.a1());
      },
    };
  }

  a1(): string {
    return `${a1(this.top, this.left)}:${a1(this.top + this.height - 1, this.left + this.width - 1)}`;
  }

  get address(): string { return this.get('address'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get values(): unknown[][] { return this.get('values'); }
  get text(): string[][] { return this.get('text'); }
  get valueTypes(): string[][] { return this.get('valueTypes'); }
  get numberFormat(): string[][] { return this.get('numberFormat'); }

  set values(values: unknown[][]) {
    this.checkShape(values, 'values');
    this.context.queue({
      describe: ['setValues', this.a1(), values],
      apply: () => {
        const cells = this.context.sheet(this.sheetName).cells;
        values.forEach((row, r) => row.forEach((value, c) => {
          const k = key(this.top + r, this.left + c);
          const format = numberFormats(this.context.sheet(this.sheetName)).get(k) ?? 'General';
          if (value === '' || value === null) cells.delete(k);
          else cells.set(k, officeCell(value as string | number, format));
        }));
      },
    });
  }

  set numberFormat(formats: string[][]) {
    this.checkShape(formats, 'numberFormat');
    this.context.queue({
      describe: ['setNumberFormat', this.a1(), formats],
      apply: () => {
        const sheet = this.context.sheet(this.sheetName);
        formats.forEach((row, r) => row.forEach((format, c) => {
          const k = key(this.top + r, this.left + c);
          sheet.formats.push({ range: a1(this.top + r, this.left + c), path: 'numberFormat', value: format });
          numberFormats(sheet).set(k, format);
          const cell = sheet.cells.get(k);
          if (cell) sheet.cells.set(k, officeCell(cell.value, format));
        }));
      },
    });
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.context.queue({ describe: ['hyperlink', this.a1(), link], apply: () => { this.context.sheet(this.sheetName).hyperlinks.set(this.a1(), link); } });
  }

  /** merge(true) merges each row of the range on its own, as Excel's "Merge Across". */
  merge(across = false): void {
    const areas = across
      ? Array.from({ length: this.height }, (_, r) => `${a1(this.top + r, this.left)}:${a1(this.top + r, this.left + this.width - 1)}`)
      : [this.a1()];
    this.context.queue({ describe: ['merge', this.a1(), across], apply: () => { this.context.sheet(this.sheetName).merges.push(...areas); } });
  }

  private checkShape(grid: unknown[][], what: string): void {
    if (grid.length !== this.height || grid.some((row) => row.length !== this.width)) {
      throw new OfficeError('InvalidArgument', `${what} is ${grid.length}x${grid[0]?.length} for a ${this.height}x${this.width} range`);
    }
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, this.sheetName, this.top + row, this.left + col, 1, 1);
  }

  getAbsoluteResizedRange(rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this.sheetName, this.top, this.left, Math.min(rows, MAX_ROWS - this.top), Math.min(cols, MAX_COLS - this.left));
  }

  getIntersection(other: FakeRange): FakeRange {
    const top = Math.max(this.top, other.top);
    const left = Math.max(this.left, other.left);
    const bottom = Math.min(this.top + this.height, other.top + other.height);
    const right = Math.min(this.left + this.width, other.left + other.width);
    if (other.sheetName !== this.sheetName || bottom <= top || right <= left) throw new OfficeError('ItemNotFound', 'no intersection');
    return new FakeRange(this.context, this.sheetName, top, left, bottom - top, right - left);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this);
  }

  select(): void {
    this.context.queue({ describe: ['select', this.a1()], apply: () => { this.context.selection = { sheet: this.sheetName, address: this.a1() }; } });
  }

  private grid<T>(pick: (cell: ModelCell | undefined) => T): T[][] {
    const cells = this.context.sheet(this.sheetName).cells;
    return Array.from({ length: this.height }, (_, r) => Array.from({ length: this.width }, (_c, c) => pick(cells.get(key(this.top + r, this.left + c)))));
  }

  protected read(prop: string): unknown {
    switch (prop) {
      case 'address': return `'${this.sheetName}'!${this.a1()}`;
      case 'rowIndex': return this.top;
      case 'columnIndex': return this.left;
      case 'rowCount': return this.height;
      case 'columnCount': return this.width;
      case 'values': return this.grid((cell) => (cell ?? EMPTY).value);
      case 'text': return this.grid((cell) => (cell ?? EMPTY).text);
      case 'valueTypes': return this.grid((cell) => (cell ? cell.type : 'Empty'));
      case 'numberFormat': return this.grid((cell) => (cell ?? EMPTY).numberFormat);
      default: throw new OfficeError('InvalidArgument', `cannot load ${prop}`);
    }
  }
}

class FakeRangeAreas extends Loadable {
  private synced = false;

  constructor(context: FakeContext, private readonly range: FakeRange) {
    super(context);
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new OfficeError('PropertyNotLoaded', 'isNullObject before sync');
    return this.get<{ address: string }[]>('areas').length === 0;
  }

  get areas(): { items: { address: string }[] } {
    return { items: this.get<{ address: string }[]>('areas') };
  }

  protected read(prop: string): unknown {
    if (prop !== 'areas') throw new OfficeError('InvalidArgument', `cannot load ${prop}`);
    this.synced = true;
    const { range } = this;
    return this.context.sheet(range.sheetName).merges
      .filter((merge) => {
        const [from, to] = merge.split(':').map(parseAddress);
        return from.row < range.top + range.height && to.row >= range.top && from.col < range.left + range.width && to.col >= range.left;
      })
      .map((merge) => ({ address: `'${range.sheetName}'!${merge}` }));
  }
}

class FakeConditionalFormat {
  priority = 0;
  stopIfTrue = false;
  readonly textComparison: { format: { fill: { color: string }; font: { color: string } }; rule: { operator: string; text: string } };

  constructor(context: FakeContext, sheetName: string, range: string) {
    const state = { fill: '', text: '' };
    const format = { fill: { color: '' }, font: { color: '' } };
    Object.defineProperty(format.fill, 'color', { set: (color: string) => { state.fill = color; } });
    this.textComparison = {
      format,
      set rule(rule: { operator: string; text: string }) {
        if (rule.operator !== 'Contains') throw new OfficeError('NotImplemented', rule.operator);
        state.text = rule.text;
      },
      get rule() { throw new OfficeError('PropertyNotLoaded', 'rule'); },
    };
    context.queue({
      describe: ['conditionalFormat', range],
      apply: () => context.sheet(sheetName).conditionalFormats.push({ range, text: state.text, fill: state.fill, priority: this.priority }),
    });
  }
}

/** A cell as Excel holds a value written through the API under a number format. */
function officeCell(value: string | number | boolean, format: string): ModelCell {
  if (typeof value === 'number') {
    const text = isDateFormat(format) ? displayDate(dateFromSerial(value), format) : displayNumber(value, format);
    return { value, text, type: 'Double', numberFormat: format };
  }
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE', type: 'Boolean', numberFormat: format };
  return { value, text: value, type: 'String', numberFormat: format };
}

const NUMBER_FORMATS = new WeakMap<ModelSheet, Map<string, string>>();

/** The number format last set on each cell of a sheet (a cell keeps its format when its value changes). */
function numberFormats(sheet: ModelSheet): Map<string, string> {
  let formats = NUMBER_FORMATS.get(sheet);
  if (!formats) NUMBER_FORMATS.set(sheet, (formats = new Map()));
  return formats;
}

const FORMAT_OBJECTS = new Set(['font', 'fill', 'borders', 'protection']);

/**
 * Range.format and what hangs from it: every property set is queued and
 * recorded at sync; reading any property throws, as nothing here is loaded.
 */
function formatRecorder(context: FakeContext, sheetName: string, range: () => string, path: string[]): Record<string, unknown> {
  return new Proxy({}, {
    get(_target, prop: string) {
      if (prop === 'getItem') return (item: string) => formatRecorder(context, sheetName, range, [...path, item]);
      if (FORMAT_OBJECTS.has(prop)) return formatRecorder(context, sheetName, range, [...path, prop]);
      throw new OfficeError('PropertyNotLoaded', `format.${[...path, prop].join('.')}`);
    },
    set(_target, prop: string, value: unknown) {
      const dotted = [...path, prop].join('.');
      context.queue({ describe: ['format', range(), dotted, value], apply: () => { context.sheet(sheetName).formats.push({ range: range(), path: dotted, value }); } });
      return true;
    },
  });
}

/** An object whose properties can be set (recorded through record) but not read, with the given methods. */
function writeOnly(what: string, record: (path: string, value: unknown) => void, methods: Record<string, unknown>): Record<string, unknown> {
  return new Proxy({}, {
    get(_target, prop: string) {
      if (prop in methods) return methods[prop];
      throw new OfficeError('PropertyNotLoaded', `${what}.${prop}`);
    },
    set(_target, prop: string, value: unknown) {
      record(prop, value);
      return true;
    },
  });
}

const CHART_METHODS = new Set(['setPosition', 'setXAxisValues', 'setSolidColor']);
const CHART_OBJECTS = new Set(['title', 'legend', 'axes', 'categoryAxis', 'series', 'format', 'fill']);

/** A chart and its parts: settings and method calls recorded under their path ("series.0.format.fill.setSolidColor"). */
function chartProxy(context: FakeContext, props: Map<string, unknown>, path: string[]): Record<string, unknown> {
  return new Proxy({}, {
    get(_target, prop: string) {
      if (prop === 'getItemAt') return (i: number) => chartProxy(context, props, [...path, String(i)]);
      if (CHART_METHODS.has(prop)) {
        return (...args: unknown[]) => context.queue({
          describe: ['chart', [...path, prop].join('.')],
          apply: () => { props.set([...path, prop].join('.'), args.map((arg) => (arg instanceof FakeRange ? arg.a1() : arg))); },
        });
      }
      if (CHART_OBJECTS.has(prop)) return chartProxy(context, props, [...path, prop]);
      throw new OfficeError('PropertyNotLoaded', `chart.${[...path, prop].join('.')}`);
    },
    set(_target, prop: string, value: unknown) {
      context.queue({ describe: ['chart', [...path, prop].join('.'), value], apply: () => { props.set([...path, prop].join('.'), value); } });
      return true;
    },
  });
}

/** Runs a batch like Excel.run, against a fresh context over the model. */
export function fakeExcelRunner(model: ModelSheet[]) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(model);
    contexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  };
  return { run, contexts, lastSyncs: () => contexts[contexts.length - 1].syncs };
}

