import { ExcelError, ServerObject } from '../protocol';
import type { ModelSheet, ModelTable } from '../model';
import { Base, NullObject, State } from './base';
import { RangeObject } from './range';
import { WorksheetObject } from './worksheet';

/** Excel tables (ListObjects): the workbook's (sheetId null) or one sheet's. */
export class TableCollectionObject extends Base {
  readonly className = 'TableCollection';

  constructor(
    state: State,
    private readonly sheetId: string | null,
  ) {
    super(state);
  }

  private entries(): { sheet: ModelSheet; table: ModelTable }[] {
    const sheets = this.sheetId === null ? this.model.sheets : [this.sheetById(this.sheetId)];
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  items(): ServerObject[] {
    return this.entries().map(({ sheet, table }) => new TableObject(this.state, sheet.id, table.id));
  }

  open(name: string, args: unknown[]): ServerObject {
    const wanted = String(args[0]);
    const found = this.entries().find(({ table }) => table.id === wanted || table.name.toLowerCase() === wanted.toLowerCase());
    switch (name) {
      case '':
      case 'GetItem':
        if (!found) throw new ExcelError('ItemNotFound', "The requested resource doesn't exist.", 404);
        return new TableObject(this.state, found.sheet.id, found.table.id);
      case 'GetItemOrNullObject':
        return found ? new TableObject(this.state, found.sheet.id, found.table.id) : new NullObject(this.state, 'Table');
      default:
        return super.open(name, args);
    }
  }

  invoke(name: string, args: unknown[]): unknown {
    if (name === 'GetCount') return this.entries().length;
    return super.invoke(name, args);
  }
}

class TableObject extends Base {
  readonly className = 'Table';
  readonly defaultSelect = ['Id', 'Name', 'ShowHeaders', 'Style'];

  constructor(
    state: State,
    private readonly sheetId: string,
    private readonly tableId: string,
  ) {
    super(state);
  }

  private get table(): ModelTable {
    const table = this.sheetById(this.sheetId).tables.find((t) => t.id === this.tableId);
    if (!table) throw new ExcelError('ItemNotFound', "The requested resource doesn't exist.", 404);
    return table;
  }

  itemId(): string {
    return this.tableId;
  }

  get(name: string): unknown {
    switch (name) {
      case 'Id':
        return this.table.id;
      case 'Name':
        return this.table.name;
      case 'ShowHeaders':
        return true;
      case 'Style':
        return this.table.style;
      default:
        return super.get(name);
    }
  }

  navigate(name: string): ServerObject {
    if (name === 'Worksheet') return new WorksheetObject(this.state, this.sheetId);
    return super.navigate(name);
  }

  open(name: string, args: unknown[]): ServerObject {
    const [top, left, bottom, right] = this.table.area;
    switch (name) {
      case 'GetRange':
        return new RangeObject(this.state, this.sheetId, [top, left, bottom, right]);
      case 'GetHeaderRowRange':
        return new RangeObject(this.state, this.sheetId, [top, left, top, right]);
      case 'GetDataBodyRange':
        return new RangeObject(this.state, this.sheetId, [top + 1, left, bottom, right]);
      default:
        return super.open(name, args);
    }
  }
}
