import { PAYLOAD_BUDGET_BYTES, utf8Bytes } from './limits';

/**
 * What a queued call costs in a request beyond its data, as office.js
 * serializes it: the action, the object paths of its range and format part,
 * their Instantiate and _KeepReference actions, and the row blocks office.js
 * cuts an array of more than 1,500 cells into — a few hundred bytes through
 * Microsoft's runtime, rounded up; tests check write syncs stay in budget.
 */
export const CALL_BYTES = 900;

/** One queued change to a sheet, with what it will cost in the request. */
export interface Op {
  /** The sheet it changes, fetched by this name (once per sync). */
  sheet: string;
  bytes: number;
  /** Adds the sheet (worksheets.add) instead of fetching it. */
  create?: boolean;
  apply(sheet: Excel.Worksheet, context: Excel.RequestContext): void;
}

/** A call whose data is `data` (values, formats): its JSON in bytes plus the call itself. */
export const bytesOf = (data: unknown) => utf8Bytes(JSON.stringify(data)) + CALL_BYTES;

/**
 * Queued calls grouped into syncs so that no request passes the budget:
 * one sync for the papers of any usual plan. Within a sync each sheet is
 * fetched once and every call on it uses that one object, which keeps the
 * request small (a getItem per call adds its object path to every call).
 */
export class Batches {
  private readonly groups: Op[][] = [[]];
  private used = 0;

  add(op: Op): void {
    if (this.used + op.bytes > PAYLOAD_BUDGET_BYTES && this.current.length > 0) {
      this.groups.push([]);
      this.used = 0;
    }
    this.current.push(op);
    this.used += op.bytes;
  }

  /** Calls that must come last, in the last sync whatever its size (they are small): the swap of finished sheets. */
  finish(ops: Op[]): void {
    this.current.push(...ops);
  }

  get size(): number {
    return this.groups.filter((group) => group.length > 0).length;
  }

  /** Runs every group in its own sync, calculation suspended; `onSynced` hears how many groups are done. */
  async run(context: Excel.RequestContext, onSynced: (done: number) => void = () => undefined): Promise<void> {
    let done = 0;
    for (const group of this.groups.filter((g) => g.length > 0)) {
      context.application.suspendApiCalculationUntilNextSync();
      const sheets = new Map<string, Excel.Worksheet>();
      for (const op of group) {
        let sheet = sheets.get(op.sheet);
        if (!sheet || op.create) {
          sheet = op.create ? context.workbook.worksheets.add(op.sheet) : context.workbook.worksheets.getItem(op.sheet);
          sheets.set(op.sheet, sheet);
        }
        op.apply(sheet, context);
      }
      await context.sync();
      onSynced((done += 1));
    }
  }

  private get current(): Op[] {
    return this.groups[this.groups.length - 1];
  }
}
