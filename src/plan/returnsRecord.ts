import { SheetGrid, cellAt } from './grid';
import { leadKey } from './leads';
import { dayFromDate, isoDay } from './day';

/**
 * The Returns sheet: which update returns were asked for, of whom, when and
 * by when, and which have come back (merged into the plan) — so the
 * officer sees at a glance who still has to reply. One row per lead per
 * review; the product rewrites the sheet from these rows each time.
 */
export const RETURNS_COLUMNS = [
  'Review',
  'Lead',
  'Actions',
  'Requested',
  'Return by',
  'File sent',
  'Came back',
  'Rows merged',
  'Status',
] as const;
export type ReturnsColumn = (typeof RETURNS_COLUMNS)[number];
/** 0-based row of the column headers (row 0 holds the product's mark). */
export const RETURNS_HEADER_ROW = 1;

export interface ReturnRecord {
  /** The review date, YYYY-MM-DD. */
  review: string;
  lead: string;
  actions: number;
  /** When the return was made for the lead (logTime); empty when it came back without the product recording a request. */
  requested: string;
  /** YYYY-MM-DD, or empty. */
  returnBy: string;
  file: string;
  /** When it was merged (logTime); empty while awaited. */
  cameBack: string;
  merged: number;
}

const sameLead = (a: ReturnRecord, b: { review: string; lead: string }) => a.review === b.review && leadKey(a.lead) === leadKey(b.lead);

/** The records on a Returns sheet, read by its header row; rows without a review and lead are passed over. */
export function readReturnsRecord(grid: SheetGrid | undefined): ReturnRecord[] {
  if (!grid) return [];
  const header = new Map((grid.rows[RETURNS_HEADER_ROW] ?? []).map((cell, col) => [cell?.text.trim() ?? '', col] as [string, number]));
  const records: ReturnRecord[] = [];
  for (let row = RETURNS_HEADER_ROW + 1; row < grid.rows.length; row += 1) {
    const cell = (column: ReturnsColumn) => {
      const col = header.get(column);
      return col === undefined ? undefined : cellAt(grid, row, col);
    };
    const text = (column: ReturnsColumn) => cell(column)?.text.trim() ?? '';
    // The sheet shows dates as dates; the records keep them as YYYY-MM-DD.
    const iso = (column: ReturnsColumn) => {
      const at = cell(column);
      return at?.kind === 'date' && at.value instanceof Date ? isoDay(dayFromDate(at.value)) : text(column);
    };
    if (!text('Review') || !text('Lead')) continue;
    records.push({
      review: iso('Review'),
      lead: text('Lead'),
      actions: Number(text('Actions')) || 0,
      requested: text('Requested'),
      returnBy: iso('Return by'),
      file: text('File sent'),
      cameBack: text('Came back'),
      merged: Number(text('Rows merged')) || 0,
    });
  }
  return records;
}

/** The records with these requests: a lead asked again for the same review is awaited again, under the new request. */
export function withRequests(records: readonly ReturnRecord[], requests: readonly ReturnRecord[]): ReturnRecord[] {
  const kept = records.filter((record) => !requests.some((request) => sameLead(record, request)));
  return [...kept, ...requests];
}

/** What came back in a merge: per return, the rows of it written into the plan. */
export interface CameBack {
  review: string;
  lead: string;
  file: string;
  when: string;
  merged: number;
}

/** The records with these returns marked as come back; a return the product has no request for is recorded too. */
export function withCameBack(records: readonly ReturnRecord[], returned: readonly CameBack[]): ReturnRecord[] {
  const next = [...records];
  for (const back of returned) {
    const at = next.findIndex((record) => sameLead(record, back));
    const asked: ReturnRecord =
      at >= 0
        ? next[at]
        : { review: back.review, lead: back.lead, actions: 0, requested: '', returnBy: '', file: back.file, cameBack: '', merged: 0 };
    // A second merge of the same return (rows chosen later) adds to the rows merged.
    const record = { ...asked, cameBack: back.when, merged: (asked.cameBack ? asked.merged : 0) + back.merged };
    if (at >= 0) next[at] = record;
    else next.push(record);
  }
  return next;
}

/** The records with the merge made at `when` undone: the returns it marked as come back are awaited again. */
export function withUndone(records: readonly ReturnRecord[], when: string): ReturnRecord[] {
  return records.map((record) => (record.cameBack === when ? { ...record, cameBack: '', merged: 0 } : record));
}

/** The Status column: come back, or still awaited. */
export function returnStatus(record: ReturnRecord): string {
  return record.cameBack ? 'Came back' : 'Awaiting reply';
}
