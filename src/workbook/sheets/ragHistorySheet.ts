import { HISTORY_COLUMNS, HISTORY_HEADER_ROW, PlanResult, RAG_TEXT, SheetGrid, actionKey, ownSheetMark } from '../../plan';
import { Layout } from './layout';
import { SheetSpec, emptySpec } from './spec';
import { STYLES } from './styles';

const WIDTHS = [12, 10, 8, 60, 24, 12, 12, 12, 16, 6, 40];

/**
 * A snapshot of every action's computed RAG, appended below the snapshots
 * already on the product's RAG History sheet (existing rows are never
 * rewritten), or on a new sheet with its header.
 */
export function ragHistorySheet(result: PlanResult, name: string, existing: SheetGrid | undefined): SheetSpec {
  const spec = existing ? emptySpec(name, 'append', Math.max(existing.rows.length, HISTORY_HEADER_ROW + 1)) : emptySpec(name);
  spec.widths = WIDTHS;
  const layout = new Layout(spec);
  if (!existing) {
    layout.add([ownSheetMark('RAG History', 'one row per action per saved review; the Board Summary compares the latest two.')], {
      style: STYLES.mark,
    });
    layout.add([...HISTORY_COLUMNS], { style: STYLES.header });
    spec.freezeRows = HISTORY_HEADER_ROW + 1;
    spec.print = { landscape: true, titleRows: [HISTORY_HEADER_ROW, HISTORY_HEADER_ROW] };
  }
  for (const a of result.actions) {
    layout.add([
      { day: result.asOf },
      a.priority.code,
      a.ref,
      a.text,
      a.owner,
      a.due.date === null ? a.due.text : { day: a.due.date },
      RAG_TEXT[a.rag],
      a.recordedRag ? RAG_TEXT[a.recordedRag] : '',
      a.sheet,
      a.row,
      actionKey(a),
    ]);
  }
  return spec;
}
