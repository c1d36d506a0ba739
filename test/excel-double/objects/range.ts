import { address as a1Address } from '../../../src/plan';
import { ExcelError, ServerObject } from '../protocol';
import { ModelArea, ModelCell, ModelSheet, key } from '../model';
import { Base, NullObject, State, assertWritable, checkArea, MAX_COLUMNS, MAX_ROWS } from './base';
import { writeNumberFormats, writeValues } from './cells';
import { ConditionalFormatCollectionObject } from './conditionalFormats';
import { RangeFormatObject } from './format';
import { areaOf } from './worksheet';

/** "A1" or "A1:C4". */
export function a1Of([top, left, bottom, right]: ModelArea): string {
  const from = a1Address(top, left);
  return top === bottom && left === right ? from : `${from}:${a1Address(bottom, right)}`;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits and underscores. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const intersect = (a: ModelArea, b: ModelArea): ModelArea | null => {
  const area: ModelArea = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return area[0] <= area[2] && area[1] <= area[3] ? area : null;
};

export class RangeObject extends Base {
  readonly className = 'Range';
  readonly defaultSelect = [
    'Address',
    'RowIndex',
    'ColumnIndex',
    'RowCount',
    'ColumnCount',
    'CellCount',
    'Values',
    'Text',
    'ValueTypes',
    'NumberFormat',
    'Formulas',
  ];

  constructor(
    state: State,
    readonly sheetId: string,
    readonly area: ModelArea,
  ) {
    super(state);
  }

  get sheet(): ModelSheet {
    return this.sheetById(this.sheetId);
  }

  get a1(): string {
    return a1Of(this.area);
  }

  private get cellCount(): number {
    const [top, left, bottom, right] = this.area;
    return (bottom - top + 1) * (right - left + 1);
  }

  get(name: string): unknown {
    const [top, left, bottom, right] = this.area;
    switch (name) {
      case 'Address':
      case 'AddressLocal':
        return `${sheetRef(this.sheet.name)}!${this.a1}`;
      case 'RowIndex':
        return top;
      case 'ColumnIndex':
        return left;
      case 'RowCount':
        return bottom - top + 1;
      case 'ColumnCount':
        return right - left + 1;
      case 'CellCount':
        return this.cellCount;
      case 'IsEntireRow':
        return left === 0 && right === MAX_COLUMNS - 1;
      case 'IsEntireColumn':
        return top === 0 && bottom === MAX_ROWS - 1;
      case 'Values':
        return this.grid((cell) => cell?.value ?? '');
      case 'Text':
        return this.grid((cell) => cell?.text ?? '');
      case 'ValueTypes':
        return this.grid((cell) => cell?.type ?? 'Empty');
      case 'Formulas':
        return this.grid((cell) => cell?.formula ?? cell?.value ?? '');
      case 'NumberFormat': {
        const formats = this.sheet.numberFormats;
        return this.grid((cell, k) => cell?.numberFormat ?? formats.get(k) ?? 'General');
      }
      default:
        return super.get(name);
    }
  }

  /** Above the read limit Excel returns null rather than the cells (office-js issues 4783, 6781). */
  private grid<T>(pick: (cell: ModelCell | undefined, k: string) => T): T[][] | null {
    if (this.cellCount > this.state.options.maxReadCells) return null;
    const [top, left, bottom, right] = this.area;
    const cells = this.sheet.cells;
    const out: T[][] = [];
    for (let r = top; r <= bottom; r += 1) {
      const row: T[] = [];
      for (let c = left; c <= right; c += 1) {
        const k = key(r, c);
        row.push(pick(cells.get(k), k));
      }
      out.push(row);
    }
    return out;
  }

  set(name: string, value: unknown): void {
    assertWritable(this.state);
    if (name === 'Values' || name === 'Formulas') this.state.sync.changed.push({ sheetId: this.sheetId, address: this.a1 });
    switch (name) {
      case 'Values':
        writeValues(this.model, this.sheet, this.area, value, false);
        return;
      case 'Formulas':
        writeValues(this.model, this.sheet, this.area, value, true);
        return;
      case 'NumberFormat':
        writeNumberFormats(this.model, this.sheet, this.area, value);
        return;
      case 'Hyperlink': {
        const link = value as { documentReference?: string; textToDisplay?: string };
        this.sheet.hyperlinks.set(this.a1, link);
        if (link.textToDisplay)
          writeValues(this.model, this.sheet, [this.area[0], this.area[1], this.area[0], this.area[1]], [[link.textToDisplay]], true);
        return;
      }
      default:
        super.set(name, value);
    }
  }

  /** getCellProperties: only the fill's color and pattern are modelled; asking for anything else is NotImplemented. */
  private cellProperties(args: unknown[]): unknown {
    const wanted = args[0] as { format?: { fill?: Record<string, boolean> } } & Record<string, unknown>;
    const fill = wanted.format?.fill ?? {};
    if (
      Object.keys(wanted).some((k) => k !== 'format') ||
      Object.keys(wanted.format ?? {}).some((k) => k !== 'fill') ||
      Object.keys(fill).some((k) => k !== 'color' && k !== 'pattern')
    ) {
      return super.invoke(`GetCellProperties(${JSON.stringify(wanted)})`, args);
    }
    if (this.cellCount > this.state.options.maxReadCells)
      throw new ExcelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    const fills = this.sheet.fills;
    return this.grid((_cell, k) => {
      const colour = fills.get(k);
      return {
        format: {
          fill: { ...(fill.color && { color: colour ?? '#FFFFFF' }), ...(fill.pattern && { pattern: colour ? 'Solid' : 'None' }) },
        },
      };
    });
  }

  navigate(name: string): ServerObject {
    switch (name) {
      case 'Format':
        return new RangeFormatObject(this.state, this.sheetId, this.area);
      case 'ConditionalFormats':
        return new ConditionalFormatCollectionObject(this.state, this.sheetId, this.area);
      default:
        return super.navigate(name);
    }
  }

  open(name: string, args: unknown[]): ServerObject {
    const [top, left, bottom, right] = this.area;
    const n = args as number[];
    switch (name) {
      case 'GetCell':
        return this.range([top + n[0], left + n[1], top + n[0], left + n[1]]);
      case 'GetRow':
        return this.range([top + n[0], left, top + n[0], right]);
      case 'GetColumn':
        return this.range([top, left + n[0], bottom, left + n[0]]);
      case 'GetAbsoluteResizedRange':
        return this.range([top, left, top + n[0] - 1, left + n[1] - 1]);
      case 'GetResizedRange':
        return this.range([top, left, bottom + n[0], right + n[1]]);
      case 'GetOffsetRange':
        return this.range([top + n[0], left + n[1], bottom + n[0], right + n[1]]);
      case 'GetEntireRow':
        return this.range([top, 0, bottom, MAX_COLUMNS - 1]);
      case 'GetEntireColumn':
        return this.range([0, left, MAX_ROWS - 1, right]);
      case 'GetIntersection':
      case 'GetIntersectionOrNullObject': {
        const other = this.other(args[0]);
        const area = other.sheetId === this.sheetId ? intersect(this.area, other.area) : null;
        if (area) return this.range(area);
        if (name === 'GetIntersection') throw new ExcelError('ItemNotFound', "The requested resource doesn't exist.", 404);
        return new NullObject(this.state, 'Range');
      }
      case 'GetMergedAreasOrNullObject':
        return this.mergedAreas();
      case 'GetSpecialCellsOrNullObject':
        return this.specialCells(args[0] as string);
      case 'GetBoundingRect': {
        const other = this.other(args[0]);
        const [t, l, b, r] = other.area;
        return this.range([Math.min(top, t), Math.min(left, l), Math.max(bottom, b), Math.max(right, r)]);
      }
      default:
        return super.open(name, args);
    }
  }

  invoke(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'GetCellProperties':
        return this.cellProperties(args);
      case 'Select':
        this.model.selection = { sheet: this.sheet.name, address: this.a1 };
        this.model.activeSheet = this.sheet.name;
        return null;
      case 'Merge':
        assertWritable(this.state);
        this.merge(Boolean(args[0]));
        return null;
      case 'Clear':
        assertWritable(this.state);
        this.clear();
        return null;
      // office.js sends this before splitting an array of more than 1,500 cells into blocks of rows.
      case '_ValidateArraySize': {
        const [rows, cols] = args as number[];
        if (rows !== this.area[2] - this.area[0] + 1 || cols !== this.area[3] - this.area[1] + 1) {
          throw new ExcelError(
            'InvalidArgument',
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        }
        return null;
      }
      default:
        return super.invoke(name, args);
    }
  }

  private range(area: ModelArea): RangeObject {
    checkArea(area);
    return new RangeObject(this.state, this.sheetId, area);
  }

  private other(arg: unknown): RangeObject {
    if (arg instanceof RangeObject) return arg;
    return this.range(areaOf(String(arg)));
  }

  /** Only areas whose top-left cell lies in this range (office-js issue 3611); more than 512 fail, as documented. */
  private mergedAreas(): ServerObject {
    const [top, left, bottom, right] = this.area;
    const found = this.sheet.merges.map(areaOf).filter(([r, c]) => r >= top && r <= bottom && c >= left && c <= right);
    if (found.length > this.state.options.maxMergedAreas) {
      throw new ExcelError('GeneralException', `There are more than ${this.state.options.maxMergedAreas} merged areas in the range.`, 500);
    }
    if (found.length === 0) return new NullObject(this.state, 'RangeAreas');
    return new RangeAreasObject(this.state, this.sheetId, found);
  }

  /**
   * getSpecialCells for constants or formulas: the cells holding them, as
   * runs along each row (Excel may group them otherwise; callers use only
   * where they are). Other kinds are NotImplemented.
   */
  private specialCells(kind: string): ServerObject {
    if (kind !== 'Constants' && kind !== 'Formulas') return super.open(`GetSpecialCellsOrNullObject(${kind})`, [kind]);
    const [top, left, bottom, right] = this.area;
    const cells = [...this.sheet.cells]
      .map(([k, cell]) => ({ at: k.split(',').map(Number), cell }))
      .filter(
        ({ at: [r, c], cell }) =>
          r >= top && r <= bottom && c >= left && c <= right && (cell.formula !== undefined) === (kind === 'Formulas'),
      )
      .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
    const areas: ModelArea[] = [];
    for (const {
      at: [r, c],
    } of cells) {
      const last = areas[areas.length - 1];
      if (last && last[0] === r && last[3] === c - 1) last[3] = c;
      else areas.push([r, c, r, c]);
    }
    return areas.length === 0 ? new NullObject(this.state, 'RangeAreas') : new RangeAreasObject(this.state, this.sheetId, areas);
  }

  /** Range.clear(): values, formats and merges of the range go. */
  private clear(): void {
    const [top, left, bottom, right] = this.area;
    const sheet = this.sheet;
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) {
        sheet.cells.delete(key(r, c));
        sheet.numberFormats.delete(key(r, c));
      }
    }
    sheet.merges = sheet.merges.filter((merge) => !intersect(areaOf(merge), this.area));
  }

  /** Excel keeps only the top-left value of each merged area. */
  private merge(across: boolean): void {
    const [top, left, bottom, right] = this.area;
    const areas: ModelArea[] = across ? Array.from({ length: bottom - top + 1 }, (_, i) => [top + i, left, top + i, right]) : [this.area];
    const sheet = this.sheet;
    sheet.merges = sheet.merges.filter((merge) => !intersect(areaOf(merge), this.area));
    for (const area of areas) {
      if (area[1] === area[3] && area[0] === area[2]) continue;
      sheet.merges.push(a1Of(area));
      for (let r = area[0]; r <= area[2]; r += 1) {
        for (let c = area[1]; c <= area[3]; c += 1) if (r !== area[0] || c !== area[1]) sheet.cells.delete(key(r, c));
      }
    }
  }
}

export class RangeAreasObject extends Base {
  readonly className = 'RangeAreas';
  readonly defaultSelect = ['Address', 'AreaCount'];

  constructor(
    state: State,
    private readonly sheetId: string,
    private readonly areas: ModelArea[],
  ) {
    super(state);
  }

  get(name: string): unknown {
    const sheet = this.sheetById(this.sheetId);
    switch (name) {
      case 'Address':
        return this.areas.map((area) => `${sheetRef(sheet.name)}!${a1Of(area)}`).join(',');
      case 'AreaCount':
        return this.areas.length;
      default:
        return super.get(name);
    }
  }

  navigate(name: string): ServerObject {
    if (name === 'Areas')
      return new RangeCollectionObject(
        this.state,
        this.areas.map((area) => new RangeObject(this.state, this.sheetId, area)),
      );
    return super.navigate(name);
  }
}

class RangeCollectionObject extends Base {
  readonly className = 'RangeCollection';

  constructor(
    state: State,
    private readonly ranges: RangeObject[],
  ) {
    super(state);
  }

  items(): ServerObject[] {
    return this.ranges;
  }

  open(name: string, args: unknown[]): ServerObject {
    if (name === 'GetItemAt') return this.ranges[args[0] as number];
    return super.open(name, args);
  }
}
