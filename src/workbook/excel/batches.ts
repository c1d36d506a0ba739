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
 * Items in order, grouped so that no group costs more than the budget (an
 * item dearer than the budget alone gets a group of its own): every batched
 * read and write of the adapter is cut into syncs by this one function.
 */
export function groupWithin<T>(items: readonly T[], cost: (item: T) => number, budget = PAYLOAD_BUDGET_BYTES): T[][] {
  const groups: T[][] = [];
  let used = 0;
  for (const item of items) {
    const current = groups[groups.length - 1];
    if (!current || (used + cost(item) > budget && current.length > 0)) {
      groups.push([item]);
      used = cost(item);
    } else {
      current.push(item);
      used += cost(item);
    }
  }
  return groups;
}

/**
 * Queued calls grouped into syncs so that no request passes the budget:
 * one sync for the papers of any usual plan. Within a sync each sheet is
 * fetched once and every call on it uses that one object, which keeps the
 * request small (a getItem per call adds its object path to every call).
 */
export class Batches {
  private readonly ops: Op[] = [];
  private readonly last: Op[] = [];

  add(op: Op): void {
    this.ops.push(op);
  }

  /** Calls that must come last, in the last sync whatever its size (they are small): the swap of finished sheets. */
  finish(ops: Op[]): void {
    this.last.push(...ops);
  }

  get size(): number {
    return this.groups().length;
  }

  /** Runs every group in its own sync, calculation suspended; `onSynced` hears how many groups are done. */
  async run(context: Excel.RequestContext, onSynced: (done: number) => void = () => undefined): Promise<void> {
    let done = 0;
    for (const group of this.groups()) {
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

  private groups(): Op[][] {
    const groups = groupWithin(this.ops, (op) => op.bytes);
    if (this.last.length === 0) return groups;
    if (groups.length === 0) return [this.last];
    return [...groups.slice(0, -1), [...groups[groups.length - 1], ...this.last]];
  }
}
