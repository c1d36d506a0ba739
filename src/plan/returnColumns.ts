/**
 * The columns of a lead's update return, in order: what the product writes
 * (workbook/sheets/returnSheet.ts lays them out) and what it reads back
 * when the returns are merged, by these headers — one list for both.
 */
export const RETURN_COLUMNS = [
  { key: 'priority', header: 'Priority' },
  { key: 'ref', header: 'Ref' },
  { key: 'action', header: 'Action' },
  { key: 'measure', header: 'Measure of impact' },
  { key: 'due', header: 'Due' },
  { key: 'progress', header: 'Latest progress' },
  { key: 'recorded', header: 'Recorded RAG', rag: true },
  { key: 'rag', header: 'Computed RAG now', rag: true },
  { key: 'why', header: 'Why' },
  { key: 'update', header: 'This quarter’s update', fill: true },
  { key: 'proposed', header: 'Proposed RAG', fill: true, rag: true },
  { key: 'revised', header: 'Revised date (only if it has slipped)', fill: true },
  { key: 'reason', header: 'Reason for delay', fill: true },
  { key: 'evidence', header: 'Evidence of impact', fill: true },
  { key: 'key', header: 'Key', hidden: true },
  { key: 'fingerprint', header: 'Fingerprint', hidden: true },
] as const satisfies readonly { key: string; header: string; fill?: true; rag?: true; hidden?: true }[];

export type ReturnColumnKey = (typeof RETURN_COLUMNS)[number]['key'];

/** What a lead may propose. */
export const PROPOSED_RAGS = ['Blue', 'Green', 'Amber', 'Red'];

/** The mark in the first cell of a return's hidden Key column. */
export const RETURN_MARK = 'Board Plan Tracker update return 1';

/** What a return is for: the plan, its period, the review date (YYYY-MM-DD) and the lead. */
export interface ReturnIdentity {
  plan: { name: string; period: string };
  asOf: string;
  lead: string;
}

/**
 * The first cells of the hidden Key column, above the table: the mark, then
 * what the return is for, by which a return for another plan or review is
 * refused. Written and read here only, so the order is kept in one place.
 */
export function identityCells(identity: ReturnIdentity): string[] {
  return [RETURN_MARK, identity.plan.name, identity.plan.period, identity.asOf, identity.lead];
}

/** The identity the first cells of a Key column hold, or null where they do not begin with the mark. */
export function identityOf(cells: readonly string[]): ReturnIdentity | null {
  const [mark, name = '', period = '', asOf = '', lead = ''] = cells;
  return mark === RETURN_MARK ? { plan: { name, period }, asOf, lead } : null;
}
