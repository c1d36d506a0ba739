import { Day, isoDay } from './day';
import { Due } from './timescale';
import { Rag } from './rag';
import { PlanResult } from './check';
import { SheetGrid } from './grid';
import { RatedAction } from './rules';
import { actionKey } from './history';
import { leadsOf } from './leads';
import { planName } from './planName';

/**
 * The quarter's update requests: for each lead, the actions they lead, as
 * the plan holds them at the review, with what is needed to match each
 * return row back to its action (a key, never a position) and to tell
 * whether the plan's cells changed between the request and the return.
 * What a return workbook shows and asks for is laid out from this.
 */
export interface UpdateRequest {
  plan: PlanIdentity;
  /** The review the updates are for. */
  asOf: Day;
  /** When the lead is asked to return it by. */
  returnBy: Day;
  /** Who to return it to (the officer), as the officer writes it; empty when not given. */
  returnTo: string;
  lead: string;
  rows: RequestRow[];
}

/** Which plan a return belongs to: a return for another plan or another review is refused by it. */
export interface PlanIdentity {
  name: string;
  /** The plan year as "YYYY-MM-DD to YYYY-MM-DD", or empty when no period was found. */
  period: string;
}

export interface RequestRow {
  /** As the RAG History matches actions across reviews: sheet, priority, ref (or text) and part. */
  key: string;
  /** The action's cells as requested, folded to one short text: a return whose action has changed since is flagged. */
  fingerprint: string;
  sheet: string;
  row: number;
  priority: string;
  ref: string;
  action: string;
  measure: string;
  due: Due;
  revisedDue: Due | null;
  progress: string;
  recordedRag: Rag | null;
  rag: Rag;
  ragReason: string;
}

export interface RequestOptions {
  asOf: Day;
  returnBy: Day;
  returnTo?: string;
  /** Leads merged by the officer: a lead's key → the key of the lead it joins (leads.ts). */
  merged?: ReadonlyMap<string, string>;
}

export function planIdentity(result: PlanResult, grids: readonly SheetGrid[]): PlanIdentity {
  const { period } = result;
  return { name: planName(grids, period), period: period ? `${isoDay(period.start)} to ${isoDay(period.end)}` : '' };
}

/** One request per lead of the plan's actions, most actions first. */
export function updateRequests(result: PlanResult, grids: readonly SheetGrid[], options: RequestOptions): UpdateRequest[] {
  const plan = planIdentity(result, grids);
  return leadsOf(result.actions, options.merged).map((lead) => ({
    plan,
    asOf: options.asOf,
    returnBy: options.returnBy,
    returnTo: options.returnTo ?? '',
    lead: lead.name,
    rows: lead.actions.map(requestRow),
  }));
}

function requestRow(action: RatedAction): RequestRow {
  return {
    key: actionKey(action),
    fingerprint: fingerprint(action),
    sheet: action.sheet,
    row: action.row,
    priority: action.priority.code,
    ref: action.ref,
    action: action.text,
    measure: action.measure,
    due: action.due,
    revisedDue: action.revisedDue,
    progress: action.progress,
    recordedRag: action.recordedRag ?? null,
    rag: action.rag,
    ragReason: action.ragReason,
  };
}

/**
 * The cells a return is written against — action, lead, due and revised
 * dates, progress, recorded RAG — hashed (FNV-1a, 32 bits) to eight hex
 * digits: enough to tell a changed action from an unchanged one, short
 * enough to carry in every row of a return.
 */
export function fingerprint(action: RatedAction): string {
  const text = [action.text, action.owner, action.due.text, action.revisedDue?.text ?? '', action.progress, action.recordedRagText].join(
    '\u0000',
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
