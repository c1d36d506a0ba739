import { ExcelError, ServerObject, notModelled } from '../protocol';
import type { ModelArea, ModelSheet, ModelWorkbook } from '../model';

/** Limits and quirks of the Excel being played; see excelDouble() for the defaults. */
export interface DoubleOptions {
  /** Excel on the web refuses a request or response over 5 MB; desktop Excel has no such limit (null). */
  payloadLimitBytes: number | null;
  /** What an oversized response fails with: the documented code, or the GeneralException Excel on the web is seen to give. */
  oversizedResponseError: 'ResponsePayloadSizeLimitExceeded' | 'GeneralException';
  /** Range reads over this many cells come back as null values (office-js issues 4783, 6781). */
  maxReadCells: number;
  /** getMergedAreasOrNullObject fails over this many areas (its documentation). */
  maxMergedAreas: number;
  /** Windows desktop ignores pageLayout.zoom fit-to-pages unless the Page Layout tab is shown (office-js issue 1860). */
  fitToPagesIgnored: boolean;
}

/** What every server object can reach: the workbook, the options and the sync being served. */
export interface State {
  model: ModelWorkbook;
  options: DoubleOptions;
  /** What the request being served did: calculation suspended, cells changed (for onChanged). */
  sync: { calculationSuspended: boolean; changed: { sheetId: string; address: string }[] };
  /** Handlers registered for worksheets.onChanged. */
  changeHandlers: number;
}

/** Strict by default: anything a class does not model is an error naming it, so a new API call is noticed. */
export abstract class Base implements ServerObject {
  abstract readonly className: string;
  referenceId?: string;
  readonly defaultSelect: string[] = [];

  constructor(protected readonly state: State) {}

  navigate(name: string): ServerObject {
    throw notModelled(this.className, 'navigation property', name);
  }

  open(name: string, _args: unknown[]): ServerObject {
    throw notModelled(this.className, 'method returning an object', name);
  }

  invoke(name: string, _args: unknown[]): unknown {
    throw notModelled(this.className, 'method', name);
  }

  get(name: string): unknown {
    throw notModelled(this.className, 'property read', name);
  }

  set(name: string, _value: unknown): void {
    throw notModelled(this.className, 'property write', name);
  }

  protected get model(): ModelWorkbook {
    return this.state.model;
  }

  /** The sheet by id, so a rename between syncs does not lose it; deleted sheets are an error, as in Excel. */
  protected sheetById(id: string): ModelSheet {
    const sheet = this.model.sheets.find((s) => s.id === id);
    if (!sheet) throw new ExcelError('ItemNotFound', "The requested resource doesn't exist.", 404);
    return sheet;
  }
}

/** An object that belongs to one sheet (its page layout, charts, page breaks): it finds the sheet by id when asked. */
export abstract class SheetObject extends Base {
  constructor(
    state: State,
    protected readonly sheetId: string,
  ) {
    super(state);
  }
}

/** What an *OrNullObject method returns when there is nothing: every property null, every call a no-op. */
export class NullObject extends Base {
  readonly isNull = true;

  constructor(
    state: State,
    readonly className: string,
  ) {
    super(state);
  }

  navigate(): ServerObject {
    return this;
  }
  open(): ServerObject {
    return this;
  }
  invoke(): unknown {
    return null;
  }
  get(): unknown {
    return null;
  }
  set(): void {
    /* nothing to set on nothing */
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function checkArea([top, left, bottom, right]: ModelArea): void {
  if (top < 0 || left < 0 || bottom < top || right < left || bottom >= MAX_ROWS || right >= MAX_COLUMNS) {
    throw new ExcelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (rows ${top}–${bottom}, columns ${left}–${right}).`,
    );
  }
}

const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/;

/** Excel's rules for a sheet name: 1–31 characters, none of \ / ? * [ ] :, not starting or ending with an apostrophe, unique ignoring case. */
export function checkSheetName(model: ModelWorkbook, name: string, except?: ModelSheet): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 31 ||
    SHEET_NAME_FORBIDDEN.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new ExcelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (sheet name "${String(name)}").`,
    );
  }
  if (model.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw new ExcelError('ItemAlreadyExists', 'The resource already exists.', 409);
  }
}

export function assertWritable(state: State): void {
  if (state.model.viewOnly) throw new ExcelError('AccessDenied', 'You cannot perform the requested operation.', 403);
}
