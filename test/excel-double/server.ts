import { RuntimeRequest, RuntimeResponse, pushMessages } from './officeRuntime';
import { ModelWorkbook, key, sheetNamed } from './model';
import { typedCell } from './objects/cells';
import { areaOf } from './objects/worksheet';
import {
  ActionInfo,
  ActionType,
  ArgumentInfo,
  DELAY_FOR_CELL_EDIT_FLAG,
  ExcelError,
  PathType,
  RequestBody,
  ServerObject,
  queryResult,
} from './protocol';
import { DoubleOptions, NullObject, State } from './objects/base';
import { WorkbookObject } from './objects/workbook';

/** One request office.js sent: one context.sync(), or the runtime's own clean-up after Excel.run. */
export interface SyncRecord {
  /** Which Excel.run it belongs to (counted by the double's runner). */
  run: number;
  /** Bytes of the request body as the real serializer built it. */
  requestBytes: number;
  /** Bytes of the response body (0 when the request was refused unread). */
  responseBytes: number;
  /** The request flags in its URL: 1 writes, 64 delayForCellEdit. */
  flags: number;
  actions: number;
  /** The error code Excel answered with, or null. */
  error: string | null;
  /** office.js releasing the ranges it tracked (_RemoveReference), not one of the adapter's syncs. */
  cleanup: boolean;
  calculationSuspended: boolean;
}

interface Fault {
  skip: number;
  code: string;
  /** Fail before this action runs (its index in the request)… */
  afterActions: number;
  /** …or just after the first action of this name has run ("Delete"). */
  after?: string;
  /** Count only syncs that set something (a write), not reads. */
  writes: boolean;
}

/**
 * Answers office.js's requests from the model, as Excel would: runs the
 * actions in order, stops at the first that fails, and refuses what Excel
 * refuses (payload limits, cell-edit mode, view-only workbooks).
 */
export class ExcelServer {
  readonly syncs: SyncRecord[] = [];
  run = 0;
  private readonly state: State;
  private readonly references = new Map<string, ServerObject>();
  private nextReference = 1;
  private faults: Fault[] = [];
  private editWaiters: (() => void)[] = [];

  constructor(
    readonly model: ModelWorkbook,
    readonly options: DoubleOptions,
  ) {
    this.state = { model, options, sync: { calculationSuspended: false, changed: [] }, changeHandlers: 0 };
  }

  /** The officer types in a cell (or clears it with ""): the model changes and onChanged handlers hear of it. */
  edit(sheetName: string, address: string, value: string | number): void {
    const sheet = sheetNamed(this.model, sheetName);
    const [row, col] = areaOf(address);
    const cell = typedCell(value, sheet.numberFormats.get(key(row, col)) ?? 'General', this.model.date1904);
    if (cell) sheet.cells.set(key(row, col), cell);
    else sheet.cells.delete(key(row, col));
    this.announce([{ sheetId: sheet.id, address }], 'Unknown');
  }

  /** WorksheetChanged events, as Excel pushes them after a change (ExcelApi 1.9; triggerSource 1.14). */
  private announce(changes: { sheetId: string; address: string }[], triggerSource: 'Unknown' | 'ThisLocalAddin'): void {
    if (this.state.changeHandlers === 0 || changes.length === 0) return;
    const entries = changes.map(({ sheetId, address }) => ({
      messageCategory: 65536,
      messageType: 10,
      targetId: 'Workbook',
      message: JSON.stringify({
        type: 'WorksheetChanged',
        changeType: 'RangeEdited',
        source: 'Local',
        worksheetId: sheetId,
        address,
        shiftDirection: 'None',
        triggerSource,
      }),
    }));
    setTimeout(() => pushMessages(entries), 0);
  }

  /**
   * The next adapter sync after `skip` others fails with `code`, once
   * `afterActions` of its actions have run, or just after the first action
   * named `after`: what was done before stays done, as in Excel.
   */
  failSync(
    code: string,
    { skip = 0, afterActions = 0, after, writes = false }: { skip?: number; afterActions?: number; after?: string; writes?: boolean } = {},
  ): void {
    this.faults.push({ skip, code, afterActions: after ? Infinity : afterActions, after, writes });
  }

  /** The officer presses Enter: batches waiting for cell-edit mode to end go ahead. */
  endCellEdit(): void {
    this.model.cellEditing = false;
    const waiting = this.editWaiters;
    this.editWaiters = [];
    waiting.forEach((resume) => resume());
  }

  async handle(request: RuntimeRequest): Promise<RuntimeResponse> {
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    const body = JSON.parse(text) as RequestBody;
    const flags = Number(/[?&]flags=(\d+)/.exec(request.url)?.[1] ?? 0);
    const cleanup = body.Actions.some((a) => a.Name === '_RemoveReference');
    const record: SyncRecord = {
      run: this.run,
      requestBytes: Buffer.byteLength(text),
      responseBytes: 0,
      flags,
      actions: body.Actions.length,
      error: null,
      cleanup,
      calculationSuspended: false,
    };
    this.syncs.push(record);
    const limit = this.options.payloadLimitBytes;
    if (limit !== null && record.requestBytes > limit) {
      return this.refuse(
        record,
        new ExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.', 413),
        [],
        -1,
      );
    }
    if (this.model.cellEditing) {
      if ((flags & DELAY_FOR_CELL_EDIT_FLAG) === 0) {
        return this.refuse(
          record,
          new ExcelError(
            'InvalidOperationInCellEditMode',
            'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
          ),
          [],
          -1,
        );
      }
      await new Promise<void>((resume) => this.editWaiters.push(resume));
    }
    return this.execute(body, record, cleanup ? null : this.takeFault(body));
  }

  private takeFault(body: RequestBody): Fault | null {
    const fault = this.faults[0];
    if (!fault) return null;
    if (fault.writes && !body.Actions.some((a) => a.ActionType === ActionType.SetProperty)) return null;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return null;
    }
    this.faults.shift();
    return fault;
  }

  private execute(body: RequestBody, record: SyncRecord, fault: Fault | null): RuntimeResponse {
    this.state.sync = { calculationSuspended: false, changed: [] };
    const objects = new Map<number, ServerObject>();
    const resolve = (id: number): ServerObject => {
      let object = objects.get(id);
      if (!object) {
        object = this.build(body, id, resolve);
        objects.set(id, object);
      }
      return object;
    };
    const results: { ActionId: number; Value: unknown }[] = [];
    for (const [index, action] of body.Actions.entries()) {
      try {
        if (fault && index === fault.afterActions)
          throw new ExcelError(fault.code, `The double was told to fail this sync with ${fault.code}.`);
        const value = this.act(action, resolve);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
        if (fault?.after === action.Name) throw new ExcelError(fault.code, `The double was told to fail this sync after ${action.Name}.`);
      } catch (error) {
        record.calculationSuspended = this.state.sync.calculationSuspended;
        this.announce(this.state.sync.changed, 'ThisLocalAddin');
        return this.refuse(record, asExcelError(error), results, index);
      }
    }
    record.calculationSuspended = this.state.sync.calculationSuspended;
    this.announce(this.state.sync.changed, 'ThisLocalAddin');
    return this.respond(record, { Results: results });
  }

  /** An action's result: undefined when it has none to report. */
  private act(action: ActionInfo, resolve: (id: number) => ServerObject): unknown {
    // A trace marker names no object; its answer is what makes office.js run the callback it stands for (event registration).
    if (action.ActionType === ActionType.Trace) return null;
    const object = resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case ActionType.Instantiate: {
        // Objects with an id (sheets, tables, settings) come back with it, and office.js addresses them by it from then on.
        if (object.isNull) return null;
        const id = object.itemId?.();
        if (!object.referenceId && id === undefined) return undefined;
        return { ...(object.referenceId && { _ReferenceId: object.referenceId }), ...(id !== undefined && { _Id: id }) };
      }
      case ActionType.Query:
        return queryResult(object, action.QueryInfo?.Select);
      case ActionType.Method:
        return this.call(object, action, resolve);
      case ActionType.SetProperty:
        object.set(action.Name, this.args(action.ArgumentInfo, resolve)[0]);
        return undefined;
      default:
        return undefined;
    }
  }

  private call(object: ServerObject, action: ActionInfo, resolve: (id: number) => ServerObject): unknown {
    const args = this.args(action.ArgumentInfo, resolve);
    if (action.Name === '_KeepReference') {
      object.referenceId ??= `ref${this.nextReference++}`;
      this.references.set(object.referenceId, object);
      return undefined;
    }
    if (action.Name === '_RemoveReference') {
      this.references.delete(String(args[0]));
      return undefined;
    }
    return object.invoke(action.Name, args) ?? null;
  }

  private build(body: RequestBody, id: number, resolve: (id: number) => ServerObject): ServerObject {
    const info = body.ObjectPaths[String(id)];
    if (!info) throw new ExcelError('InvalidObjectPath', `No object path ${id} in the request.`);
    const parent = () => resolve(info.ParentObjectPathId!);
    switch (info.ObjectPathType) {
      case PathType.Global:
        return new WorkbookObject(this.state);
      case PathType.Property:
        return parent().navigate(info.Name);
      case PathType.Method:
        return parent().open(info.Name, this.args(info.ArgumentInfo, resolve));
      case PathType.Indexer:
        return parent().open('', this.args(info.ArgumentInfo, resolve));
      case PathType.Reference: {
        const object = this.references.get(info.Name);
        if (!object)
          throw new ExcelError('InvalidObjectPath', `The object path '${info.Name}' isn't working for what you're trying to do.`);
        return object;
      }
      case PathType.Null:
        return new NullObject(this.state, 'Object');
      default:
        throw new ExcelError('NotImplemented', `Object path type ${info.ObjectPathType}`);
    }
  }

  /** Arguments, with the objects passed by reference (ReferencedObjectPathIds) resolved. */
  private args(info: ArgumentInfo | undefined, resolve: (id: number) => ServerObject): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => (refs[i] ? resolve(refs[i]) : arg));
  }

  private respond(record: SyncRecord, body: unknown): RuntimeResponse {
    const text = JSON.stringify(body);
    record.responseBytes = Buffer.byteLength(text);
    const limit = this.options.payloadLimitBytes;
    if (limit !== null && record.responseBytes > limit) {
      // The actions have run (Excel does not roll back); only their answer is too big to send.
      record.error = this.options.oversizedResponseError;
      if (record.error === 'GeneralException') {
        return {
          statusCode: 500,
          headers: {},
          body: JSON.stringify({ error: { code: 'GeneralException', message: 'An internal error has occurred.' } }),
        };
      }
      return errorResponse(
        new ExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.', 413),
        [],
        -1,
      );
    }
    return { statusCode: 200, headers: {}, body: text };
  }

  private refuse(record: SyncRecord, error: ExcelError, results: unknown[], actionIndex: number): RuntimeResponse {
    record.error = error.code;
    const response = errorResponse(error, results, actionIndex);
    record.responseBytes = Buffer.byteLength(response.body);
    return response;
  }
}

function errorResponse(error: ExcelError, results: unknown[], actionIndex: number): RuntimeResponse {
  const body = {
    Results: results,
    Error: { Code: error.code, Message: error.message, HttpStatusCode: error.httpStatus, ActionIndex: actionIndex },
  };
  return { statusCode: 200, headers: {}, body: JSON.stringify(body) };
}

function asExcelError(error: unknown): ExcelError {
  if (error instanceof ExcelError) return error;
  return new ExcelError('GeneralException', `The double failed: ${(error as Error).stack ?? error}`, 500);
}
