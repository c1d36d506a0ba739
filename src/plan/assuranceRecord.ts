import { Day, isoDay } from './day';
import { Rag } from './rag';
import { RAG_TEXT } from './ragVocabulary';

/**
 * The product's own "Priority Assurance" sheet, where "Record proposal" and
 * "Record decision" write a dated entry for a priority when the plan keeps
 * no log table of its own: one row per entry, its headers ones the log
 * reader knows (assurance.ts reads it back like any log table), so the
 * subgroup's lines and the executive's fall in their own columns.
 */
export const PRIORITY_ASSURANCE_COLUMNS = [
  'Priority',
  'Date',
  'Comments from the subgroup',
  'Recommendations',
  'Risks and mitigation',
  'Proposed RAG',
  'Executive comments',
  'Risks and mitigation (executive)',
  'Decided RAG',
  'Recorded',
] as const;
export type PriorityAssuranceColumn = (typeof PRIORITY_ASSURANCE_COLUMNS)[number];
/** 0-based row of the column headers (row 0 holds the product's mark). */
export const PRIORITY_ASSURANCE_HEADER_ROW = 1;

/** What an officer records for a priority at a review. */
export interface AssessmentEntry {
  priority: string;
  by: 'subgroup' | 'executive';
  date: Day;
  rag: Exclude<Rag, 'none'>;
  comments: string;
  /** The subgroup's only. */
  recommendations: string;
  risks: string;
}

/** An entry as the sheet's row, by column name: the subgroup's in its columns, the executive's in theirs. */
export function assuranceRow(entry: AssessmentEntry, recorded: string): Record<PriorityAssuranceColumn, string | { day: Day }> {
  const subgroup = entry.by === 'subgroup';
  return {
    Priority: entry.priority,
    Date: { day: entry.date },
    'Comments from the subgroup': subgroup ? entry.comments : '',
    Recommendations: subgroup ? entry.recommendations : '',
    'Risks and mitigation': subgroup ? entry.risks : '',
    'Proposed RAG': subgroup ? RAG_TEXT[entry.rag] : '',
    'Executive comments': subgroup ? '' : entry.comments,
    'Risks and mitigation (executive)': subgroup ? '' : entry.risks,
    'Decided RAG': subgroup ? '' : RAG_TEXT[entry.rag],
    Recorded: recorded,
  };
}

/** "Decision for 2a (Green, 15 Oct 2014)": how an entry is named in messages. */
export function entryName(entry: AssessmentEntry): string {
  return `${entry.by === 'subgroup' ? 'Proposal' : 'Decision'} for priority ${entry.priority} (${RAG_TEXT[entry.rag]}, ${isoDay(entry.date)})`;
}
