import { ExcelError, ServerObject } from '../protocol';
import { Base, NullObject, State, assertWritable } from './base';

/** workbook.settings: kept in the workbook's model, each value stored as JSON as Excel stores it. */
export class SettingCollectionObject extends Base {
  readonly className = 'SettingCollection';

  items(): ServerObject[] {
    return [...this.model.settings.keys()].map((k) => new SettingObject(this.state, k));
  }

  open(name: string, args: unknown[]): ServerObject {
    const settingKey = String(args[0]);
    switch (name) {
      case 'Add':
        assertWritable(this.state);
        this.model.settings.set(settingKey, JSON.parse(JSON.stringify(args[1] ?? null)));
        return new SettingObject(this.state, settingKey);
      case '':
      case 'GetItem':
        if (!this.model.settings.has(settingKey)) throw new ExcelError('ItemNotFound', "The requested resource doesn't exist.", 404);
        return new SettingObject(this.state, settingKey);
      case 'GetItemOrNullObject':
        return this.model.settings.has(settingKey) ? new SettingObject(this.state, settingKey) : new NullObject(this.state, 'Setting');
      default:
        return super.open(name, args);
    }
  }

  invoke(name: string, args: unknown[]): unknown {
    if (name === 'GetCount') return this.model.settings.size;
    return super.invoke(name, args);
  }
}

class SettingObject extends Base {
  readonly className = 'Setting';
  readonly defaultSelect = ['Key', 'Value'];

  constructor(
    state: State,
    private readonly settingKey: string,
  ) {
    super(state);
  }

  itemId(): string {
    return this.settingKey;
  }

  get(name: string): unknown {
    switch (name) {
      case 'Key':
        return this.settingKey;
      case 'Value':
        return this.model.settings.get(this.settingKey) ?? null;
      default:
        return super.get(name);
    }
  }

  set(name: string, value: unknown): void {
    if (name !== 'Value') return super.set(name, value);
    assertWritable(this.state);
    this.model.settings.set(this.settingKey, JSON.parse(JSON.stringify(value ?? null)));
  }

  invoke(name: string, args: unknown[]): unknown {
    if (name !== 'Delete') return super.invoke(name, args);
    assertWritable(this.state);
    this.model.settings.delete(this.settingKey);
    return null;
  }
}
