import { SheetGrid, Cell } from './grid';
import { Day, dayFromDate, parseIsoDay } from './day';
import { Rag } from './rag';
import { RAG_TEXT } from './ragVocabulary';
import { RatedAction } from './rules';
import { oneLine } from './text';

/**
 * Quarterly review snapshots: every action's computed RAG as of a review
 * date, appended to the product's "RAG History" sheet. The Board Summary
 * compares the latest review before its as-of date with now.
 */
export const HISTORY_COLUMNS = [
  'As of',
  'Priority',
  'Ref',
  'Action',
  'Owner',
  'Due',
  'Revised due',
  'Computed RAG',
  'Recorded RAG',
  'Sheet',
  'Row',
  'Key',
] as const;
/** 0-based row of the column headers on the RAG History sheet (row 0 holds the product's mark). */
export const HISTORY_HEADER_ROW = 1;

export interface SnapshotEntry {
  asOf: Day;
  key: string;
  priority: string;
  rag: Rag;
}

export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

const RAG_OF_TEXT = new Map(Object.entries(RAG_TEXT).map(([rag, text]) => [text.toLowerCase(), rag as Rag]));

/**
 * The columns of a RAG History sheet as its header row names them: a sheet
 * saved before a column was added (Revised due) keeps its own order, and is
 * read and appended to by it. A sheet without the header is read as the
 * product writes one now.
 */
export function historyColumns(grid: SheetGrid | undefined): HistoryColumn[] {
  const header = (grid?.rows[HISTORY_HEADER_ROW] ?? []).map((cell) => cell?.text.trim() ?? '');
  const named = header.filter((text): text is HistoryColumn => (HISTORY_COLUMNS as readonly string[]).includes(text));
  return named.includes('Key') && named.includes('As of') && named.includes('Computed RAG')
    ? header.map((text) => text as HistoryColumn)
    : [...HISTORY_COLUMNS];
}

/**
 * What identifies an action from one review to the next: its sheet, priority
 * and ref, or its text where it has no ref (rows move as officers insert
 * rows, so the row number is not used), and which part of its row it is.
 */
export function actionKey(action: RatedAction): string {
  const what = action.ref || oneLine(action.text).toLowerCase().slice(0, 80);
  return [action.sheet, action.priority.code, what, action.part].join(' | ');
}

/** Snapshot entries read back from a RAG History sheet; rows an officer has spoiled are ignored. */
export function readHistory(grid: SheetGrid | undefined): SnapshotEntry[] {
  if (!grid) return [];
  const columns = historyColumns(grid);
  const col = (name: HistoryColumn) => columns.indexOf(name);
  const entries: SnapshotEntry[] = [];
  for (const row of grid.rows.slice(HISTORY_HEADER_ROW + 1)) {
    const asOf = dayOfCell(row?.[col('As of')]);
    const rag = RAG_OF_TEXT.get((row?.[col('Computed RAG')]?.text ?? '').trim().toLowerCase());
    const key = row?.[col('Key')]?.text ?? '';
    if (asOf !== null && rag && key) entries.push({ asOf, key, rag, priority: row?.[col('Priority')]?.text ?? '' });
  }
  return entries;
}

function dayOfCell(cell: Cell | undefined): Day | null {
  if (cell?.value instanceof Date) return dayFromDate(cell.value);
  return cell?.kind === 'text' ? parseIsoDay(cell.text) : null;
}

/** The review dates already saved, oldest first. */
export function snapshotDates(entries: readonly SnapshotEntry[]): Day[] {
  return [...new Set(entries.map((e) => e.asOf))].sort((a, b) => a - b);
}
