/**
 * The RichApi protocol as office.js speaks it (read from the runtime's
 * ClientRequest and ClientRequestContext): a request is a list of actions
 * over object paths; the response gives each action's result, or an error
 * naming the action that failed. Actions before a failing one have run —
 * Excel does not roll a batch back — and so do they here.
 */

/** ObjectPathType in the runtime. */
export const enum PathType {
  Global = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  Reference = 6,
  Null = 7,
}
/** ActionType in the runtime. */
export const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
}
/** Request flags in the ProcessQuery URL: bit 0 the batch writes, bit 6 delayForCellEdit. */
export const WRITE_FLAG = 1;
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

export interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: PathType;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: ActionType;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** An error as Excel reports it: OfficeExtension.Error.code is `code`. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

/**
 * An object of Excel's object model as the server sees it: navigation
 * properties lead to other objects, scalar properties are read and set,
 * methods run. Names are as they travel: PascalCase ("GetRange", "Values").
 */
export interface ServerObject {
  /** The API class, for error messages: "Range". */
  readonly className: string;
  /** An OrNullObject result that found nothing. */
  readonly isNull?: boolean;
  /** Set by _KeepReference: later requests reach the object by this id. */
  referenceId?: string;
  navigate(name: string): ServerObject;
  /** Methods that return an object (object paths of type Method, Indexer). */
  open(name: string, args: unknown[]): ServerObject;
  /** Methods that do something or return a value (Method actions). */
  invoke(name: string, args: unknown[]): unknown;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** The scalar properties a load() with no names returns. */
  readonly defaultSelect: string[];
  /** Collections: their items. */
  items?(): ServerObject[];
  /** Collection items: the id the runtime uses to address the item again. */
  itemId?(): string | undefined;
}

export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The response value of a Query action: selected properties, nested objects and collections. */
export function queryResult(object: ServerObject, select: string[] | undefined): unknown {
  if (object.isNull) return null;
  if (object.items) return { _Items: object.items().map((item) => queryObject(item, select, true)) };
  return queryObject(object, select, false);
}

function queryObject(object: ServerObject, select: string[] | undefined, asItem: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const id = asItem ? object.itemId?.() : undefined;
  if (id !== undefined) out._Id = id;
  const paths = select === undefined || select.length === 0 || select.includes('*') ? object.defaultSelect : select;
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const [first, ...rest] = path.split('/');
    const name = pascal(first);
    if (rest.length === 0) out[name] = object.get(name);
    else nested.set(name, [...(nested.get(name) ?? []), rest.join('/')]);
  }
  for (const [name, inner] of nested) out[name] = queryResult(object.navigate(name), inner);
  return out;
}

export function notModelled(className: string, what: string, name: string): ExcelError {
  return new ExcelError('NotImplemented', `The Excel double does not model ${className}.${name} (${what}).`);
}
