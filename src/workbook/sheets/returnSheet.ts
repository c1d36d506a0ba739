import {
  PROPOSED_RAGS,
  RAG_TEXT,
  RETURN_COLUMNS,
  ReturnColumnKey,
  UpdateRequest,
  displayDay,
  identityCells,
  isoDay,
  ownSheetMark,
} from '../../plan';
import { Layout } from './layout';
import { DATE_FORMAT, SheetSpec, emptySpec } from './spec';
import { STYLES } from './styles';
import { PlacedTable, TableColumn, TableRow } from './table';

type Key = ReturnColumnKey;

/** Widths in characters, by column. */
const WIDTHS: Record<Key, number> = {
  priority: 14,
  ref: 7,
  action: 40,
  measure: 26,
  due: 12,
  progress: 30,
  recorded: 10,
  rag: 11,
  why: 24,
  update: 40,
  proposed: 11,
  revised: 14,
  reason: 24,
  evidence: 26,
  key: 30,
  fingerprint: 10,
};
const COLUMNS: TableColumn<Key>[] = RETURN_COLUMNS.map((c) => ({ key: c.key, header: c.header, ...('rag' in c && { rag: true }) }));
const FILLED = RETURN_COLUMNS.filter((c) => 'fill' in c).map((c) => c.key);
const HIDDEN = RETURN_COLUMNS.filter((c) => 'hidden' in c).map((c) => c.key);

/** The cells a lead fills: pale yellow, and the only ones open on the protected sheet. */
const TO_FILL = { unlocked: true, fill: '#FFF2CC', wrap: true } as const;

/**
 * A lead's update return: a header block (which plan, which review, return
 * by when and to whom, how to fill it in) over their actions as the plan
 * holds them, with the columns to fill. Everything but those cells is locked
 * (protection without a password, against accidents); each row carries its
 * action's key and fingerprint in hidden columns.
 */
export function returnSheet(request: UpdateRequest, name: string): SheetSpec {
  const spec = emptySpec(name);
  spec.widths = COLUMNS.map((c) => WIDTHS[c.key]);
  const layout = new Layout(spec);
  layout.add([ownSheetMark('Update Return', 'fill in the yellow cells only, and send the file back.')], { style: STYLES.mark });
  layout.add([`Update return: ${request.lead}`], { style: STYLES.title });
  const period = request.plan.period ? ` · plan year ${request.plan.period}` : '';
  layout.add([`${request.plan.name}${period}`], { style: STYLES.subtitle });
  const to = request.returnTo ? ` to ${request.returnTo}` : '';
  layout.add([`Review as of ${displayDay(request.asOf)} · please return by ${displayDay(request.returnBy)}${to}`], { style: STYLES.total });
  layout.add(
    [
      'For each action, write this quarter’s update and choose a proposed RAG; give a revised date only if the action has slipped, with the reason; add any evidence of impact. Only the yellow cells can be changed; rows may be left blank.',
    ],
    { style: STYLES.note },
  );
  layout.gap();
  const rows: TableRow<Key>[] = request.rows.map((row) => ({
    priority: row.priority,
    ref: row.ref,
    action: row.action,
    measure: row.measure,
    due: row.due.date === null ? row.due.text : { day: row.due.date },
    progress: row.progress,
    recorded: row.recordedRag ? RAG_TEXT[row.recordedRag] : '',
    rag: RAG_TEXT[row.rag],
    why: row.ragReason,
    key: row.key,
    fingerprint: row.fingerprint,
  }));
  const placed = new PlacedTable(COLUMNS, rows);
  const header = layout.table(placed, rows, { header: STYLES.header, body: STYLES.body });
  identity(spec, request, placed.columnOf('key'));
  const last = header + rows.length;
  const column = (key: Key) => placed.columnOf(key);
  if (rows.length > 0) {
    for (const key of FILLED) spec.styles.push({ area: [header + 1, column(key), last, column(key)], style: TO_FILL });
    spec.styles.push({ area: [header + 1, column('revised'), last, column('revised')], style: { numberFormat: DATE_FORMAT } });
    for (const { key } of COLUMNS.filter((c) => c.rag)) spec.ragAreas.push([header + 1, column(key), last, column(key)]);
    spec.validations = [
      { area: [header + 1, column('proposed'), last, column('proposed')], list: PROPOSED_RAGS },
      { area: [header + 1, column('revised'), last, column('revised')], date: true },
    ];
  }
  spec.hiddenColumns = HIDDEN.map(column);
  spec.protect = true;
  spec.freezeRows = header + 1;
  spec.print = { landscape: true, titleRows: [header, header] };
  return spec;
}

/** The plan, review and lead the return is for, in the hidden Key column above the table (returnColumns.ts). */
function identity(spec: SheetSpec, request: UpdateRequest, col: number): void {
  identityCells({ plan: request.plan, asOf: isoDay(request.asOf), lead: request.lead }).forEach((value, row) => {
    spec.rows[row] ??= [];
    spec.rows[row][col] = value;
  });
}
