import { ExcelError, ServerObject } from '../protocol';
import { ModelSheet, emptyModelSheet } from '../model';
import { Base, NullObject, assertWritable, checkSheetName } from './base';
import { SettingCollectionObject } from './settings';
import { TableCollectionObject } from './tables';
import { WorksheetObject } from './worksheet';

export class WorkbookObject extends Base {
  readonly className = 'Workbook';
  readonly defaultSelect = ['Name', 'ReadOnly'];

  navigate(name: string): ServerObject {
    switch (name) {
      case 'Worksheets':
        return new WorksheetCollectionObject(this.state);
      case 'Application':
        return new ApplicationObject(this.state);
      case 'Settings':
        return new SettingCollectionObject(this.state);
      case 'Tables':
        return new TableCollectionObject(this.state, null);
      default:
        return super.navigate(name);
    }
  }

  get(name: string): unknown {
    switch (name) {
      case 'Name':
        return 'Plan.xlsx';
      case 'ReadOnly':
        return this.model.readOnly;
      default:
        return super.get(name);
    }
  }
}

export class ApplicationObject extends Base {
  readonly className = 'Application';

  invoke(name: string, args: unknown[]): unknown {
    if (name === 'SuspendApiCalculationUntilNextSync') {
      this.state.sync.calculationSuspended = true;
      return null;
    }
    return super.invoke(name, args);
  }
}

export class WorksheetCollectionObject extends Base {
  readonly className = 'WorksheetCollection';

  items(): ServerObject[] {
    return this.model.sheets.map((sheet) => new WorksheetObject(this.state, sheet.id));
  }

  /** getItem(key): a name (any case) or an id. */
  open(name: string, args: unknown[]): ServerObject {
    switch (name) {
      case '':
      case 'GetItem':
        return new WorksheetObject(this.state, this.find(String(args[0])).id);
      case 'GetItemOrNullObject': {
        const sheet = this.lookup(String(args[0]));
        return sheet ? new WorksheetObject(this.state, sheet.id) : new NullObject(this.state, 'Worksheet');
      }
      case 'Add':
        return new WorksheetObject(this.state, this.add(args[0] as string | undefined).id);
      case 'GetActiveWorksheet':
        return new WorksheetObject(this.state, this.find(this.model.activeSheet ?? this.model.sheets[0].name).id);
      default:
        return super.open(name, args);
    }
  }

  invoke(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'GetCount':
        return this.model.sheets.length;
      case '_RegisterDataChangedEvent':
        this.state.changeHandlers += 1;
        return null;
      case '_UnregisterDataChangedEvent':
        this.state.changeHandlers -= 1;
        return null;
      default:
        return super.invoke(name, args);
    }
  }

  private lookup(key: string): ModelSheet | undefined {
    return this.model.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  private find(key: string): ModelSheet {
    const sheet = this.lookup(key);
    if (!sheet) throw new ExcelError('ItemNotFound', "The requested resource doesn't exist.", 404);
    return sheet;
  }

  /** Adds at the end; unlike the Excel UI, add() does not activate the new sheet. */
  private add(name: string | undefined): ModelSheet {
    assertWritable(this.state);
    const chosen = name ?? `Sheet${this.model.sheets.length + 1}`;
    checkSheetName(this.model, chosen);
    const sheet = emptyModelSheet(chosen);
    this.model.sheets.push(sheet);
    return sheet;
  }
}
