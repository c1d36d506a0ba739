import { parseAddress } from '../../../src/plan';
import { ExcelError, ServerObject } from '../protocol';
import { ModelArea, ModelSheet } from '../model';
import { Base, SheetObject, NullObject, State, assertWritable, checkArea, checkSheetName } from './base';
import { ChartCollectionObject } from './chart';
import { RangeObject } from './range';
import { TableCollectionObject } from './tables';

/** A worksheet, found again by its id on every call (renames and deletes between syncs behave as in Excel). */
export class WorksheetObject extends Base {
  readonly className = 'Worksheet';
  readonly defaultSelect = ['Id', 'Name', 'Position', 'Visibility', 'ShowGridlines'];

  constructor(
    state: State,
    readonly sheetId: string,
  ) {
    super(state);
  }

  get sheet(): ModelSheet {
    return this.sheetById(this.sheetId);
  }

  itemId(): string {
    return this.sheetId;
  }

  get(name: string): unknown {
    const sheet = this.sheet;
    switch (name) {
      case 'Id':
        return sheet.id;
      case 'Name':
        return sheet.name;
      case 'Position':
        return this.model.sheets.indexOf(sheet);
      case 'Visibility':
        return sheet.visibility;
      case 'ShowGridlines':
        return sheet.setup.get('showGridlines') ?? true;
      default:
        return super.get(name);
    }
  }

  set(name: string, value: unknown): void {
    assertWritable(this.state);
    const sheet = this.sheet;
    switch (name) {
      case 'Name':
        checkSheetName(this.model, String(value), sheet);
        if (this.model.activeSheet === sheet.name) this.model.activeSheet = String(value);
        sheet.name = String(value);
        return;
      case 'Visibility':
        if (value !== 'Visible' && this.otherVisibleSheets(sheet) === 0) {
          throw new ExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
        }
        sheet.visibility = value as ModelSheet['visibility'];
        return;
      // office.js sends showGridlines as "Gridlines" (and reads it back as ShowGridlines).
      case 'Gridlines':
        sheet.setup.set('showGridlines', value);
        return;
      default:
        super.set(name, value);
    }
  }

  navigate(name: string): ServerObject {
    switch (name) {
      case 'Charts':
        return new ChartCollectionObject(this.state, this.sheetId);
      case 'PageLayout':
        return new PageLayoutObject(this.state, this.sheetId);
      case 'HorizontalPageBreaks':
        return new PageBreakCollectionObject(this.state, this.sheetId);
      case 'FreezePanes':
        return new FreezePanesObject(this.state, this.sheetId);
      case 'Tables':
        return new TableCollectionObject(this.state, this.sheetId);
      default:
        return super.navigate(name);
    }
  }

  open(name: string, args: unknown[]): ServerObject {
    switch (name) {
      case 'GetUsedRange':
        return this.usedRange(Boolean(args[0])) ?? this.range([0, 0, 0, 0]);
      case 'GetUsedRangeOrNullObject':
        return this.usedRange(Boolean(args[0])) ?? new NullObject(this.state, 'Range');
      case 'GetRange':
        return this.range(areaOf(String(args[0] ?? '')));
      case 'GetRangeByIndexes': {
        const [row, col, rows, cols] = args as number[];
        return this.range([row, col, row + rows - 1, col + cols - 1]);
      }
      case 'GetCell':
        return this.range([args[0] as number, args[1] as number, args[0] as number, args[1] as number]);
      default:
        return super.open(name, args);
    }
  }

  invoke(name: string, args: unknown[]): unknown {
    const sheet = this.sheet;
    switch (name) {
      case 'Activate':
        if (sheet.visibility !== 'Visible') throw new ExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
        this.model.activeSheet = sheet.name;
        return null;
      case 'Delete':
        assertWritable(this.state);
        if (sheet.visibility === 'Visible' && this.otherVisibleSheets(sheet) === 0) {
          throw new ExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
        }
        this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
        if (this.model.activeSheet === sheet.name)
          this.model.activeSheet = this.model.sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
        return null;
      default:
        return super.invoke(name, args);
    }
  }

  private otherVisibleSheets(sheet: ModelSheet): number {
    return this.model.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length;
  }

  private range(area: ModelArea): RangeObject {
    checkArea(area);
    return new RangeObject(this.state, this.sheetId, area);
  }

  /** Excel's used range: every cell with a value (valuesOnly) or also every formatted cell; null on a blank sheet. */
  private usedRange(valuesOnly: boolean): RangeObject | null {
    const sheet = this.sheet;
    const keys = valuesOnly ? [...sheet.cells.keys()] : [...sheet.cells.keys(), ...sheet.numberFormats.keys()];
    if (keys.length === 0) return null;
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const k of keys) {
      const [r, c] = k.split(',').map(Number);
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }
    return this.range([top, left, bottom, right]);
  }
}

/** "A1", "A1:C4", "$A$1", "2:3" (whole rows), "B:D" (whole columns) → an area. */
export function areaOf(address: string): ModelArea {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase();
  const [from, to = from] = bare.split(':');
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) return [Number(from) - 1, 0, Number(to) - 1, 16_383];
  if (/^[A-Z]+$/.test(from) && /^[A-Z]+$/.test(to)) return [0, parseAddress(`${from}1`).col, 1_048_575, parseAddress(`${to}1`).col];
  try {
    const start = parseAddress(from);
    const end = parseAddress(to);
    return [start.row, start.col, end.row, end.col];
  } catch {
    throw new ExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format (address "${address}").`);
  }
}

class PageLayoutObject extends SheetObject {
  readonly className = 'PageLayout';
  readonly defaultSelect = ['Orientation', 'PaperSize', 'Zoom', 'PrintGridlines'];

  private record(path: string, value: unknown): void {
    this.sheetById(this.sheetId).setup.set(`pageLayout.${path}`, value);
  }

  get(name: string): unknown {
    const setup = this.sheetById(this.sheetId).setup;
    const stored = setup.get(`pageLayout.${name.charAt(0).toLowerCase()}${name.slice(1)}`);
    if (name === 'Zoom') return stored ?? { scale: 100 };
    if (['Orientation', 'PaperSize', 'PrintGridlines'].includes(name))
      return stored ?? { Orientation: 'Portrait', PaperSize: 'Letter', PrintGridlines: false }[name];
    return super.get(name);
  }

  set(name: string, value: unknown): void {
    assertWritable(this.state);
    switch (name) {
      case 'Zoom': {
        const zoom = value as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        const fits = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
        if (fits && this.state.options.fitToPagesIgnored) return;
        this.record('zoom', value);
        return;
      }
      case 'Orientation':
      case 'PaperSize':
      case 'PrintGridlines':
      case 'LeftMargin':
      case 'RightMargin':
      case 'TopMargin':
      case 'BottomMargin':
      case 'HeaderMargin':
      case 'FooterMargin':
        this.record(name.charAt(0).toLowerCase() + name.slice(1), value);
        return;
      default:
        super.set(name, value);
    }
  }

  invoke(name: string, args: unknown[]): unknown {
    if (name === 'SetPrintTitleRows') {
      assertWritable(this.state);
      this.record('printTitleRows', typeof args[0] === 'string' ? args[0] : areaOf(String(args[0])));
      return null;
    }
    return super.invoke(name, args);
  }
}

/** Worksheet.horizontalPageBreaks: add() records the row each printed page starts at, as setup "pageBreaks". */
class PageBreakCollectionObject extends SheetObject {
  readonly className = 'PageBreakCollection';

  open(name: string, args: unknown[]): ServerObject {
    if (name !== 'Add') return super.open(name, args);
    assertWritable(this.state);
    const at = args[0] as { area?: ModelArea } | string;
    const row = typeof at === 'string' ? areaOf(at)[0] : at.area![0];
    const setup = this.sheetById(this.sheetId).setup;
    setup.set('pageBreaks', [...((setup.get('pageBreaks') as number[] | undefined) ?? []), row]);
    return new PageBreakObject(this.state);
  }
}

/** What add() returns: nothing of it is read by the adapter. */
class PageBreakObject extends Base {
  readonly className = 'PageBreak';
}

class FreezePanesObject extends SheetObject {
  readonly className = 'WorksheetFreezePanes';

  invoke(name: string, args: unknown[]): unknown {
    if (name === 'FreezeRows') {
      assertWritable(this.state);
      this.sheetById(this.sheetId).setup.set('freezeRows', args[0]);
      return null;
    }
    return super.invoke(name, args);
  }
}
