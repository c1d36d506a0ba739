import { HISTORY_HEADER_ROW, HistoryColumn, PlanResult, RAG_TEXT, SheetGrid, actionKey, historyColumns } from '../../plan';
import { logSheet } from './logSheet';
import { SheetSpec, SpecValue } from './spec';

/** Column widths in characters, by column name. */
const WIDTHS: Record<HistoryColumn, number> = {
  'As of': 12,
  Priority: 10,
  Ref: 8,
  Action: 60,
  Owner: 24,
  Due: 12,
  'Revised due': 12,
  'Computed RAG': 12,
  'Recorded RAG': 12,
  Sheet: 16,
  Row: 6,
  Key: 40,
};

/**
 * A snapshot of every action's computed RAG, appended below the snapshots
 * already on the product's RAG History sheet (existing rows are never
 * rewritten), or on a new sheet with its header.
 */
export function ragHistorySheet(result: PlanResult, name: string, existing: SheetGrid | undefined): SheetSpec {
  // Rows below an existing header follow its columns, by name: one saved before a column was added has no cell for it.
  const columns = historyColumns(existing);
  const { spec, layout } = logSheet(
    'RAG History',
    'one row per action per saved review; the Board Summary compares the latest two.',
    name,
    existing,
    HISTORY_HEADER_ROW,
    columns.map((column) => ({ name: column, width: WIDTHS[column] ?? 12 })),
  );
  for (const a of result.actions) {
    // By column name, in the order the sheet's header gives (HISTORY_COLUMNS' for a new sheet).
    const row: Record<HistoryColumn, SpecValue> = {
      'As of': { day: result.asOf },
      Priority: a.priority.code,
      Ref: a.ref,
      Action: a.text,
      Owner: a.owner,
      Due: a.due.date === null ? a.due.text : { day: a.due.date },
      'Revised due': a.revisedDue === null ? '' : a.revisedDue.date === null ? a.revisedDue.text : { day: a.revisedDue.date },
      'Computed RAG': RAG_TEXT[a.rag],
      'Recorded RAG': a.recordedRag ? RAG_TEXT[a.recordedRag] : '',
      Sheet: a.sheet,
      Row: a.row,
      Key: actionKey(a),
    };
    layout.add(columns.map((name) => row[name] ?? ''));
  }
  return spec;
}
