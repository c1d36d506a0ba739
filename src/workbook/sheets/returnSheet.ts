import { RAG_TEXT, UpdateRequest, displayDay, isoDay, ownSheetMark } from '../../plan';
import { Layout } from './layout';
import { DATE_FORMAT, SheetSpec, SpecValue, emptySpec } from './spec';
import { STYLES } from './styles';
import { PlacedTable, TableColumn, TableRow } from './table';

type Key =
  | 'priority'
  | 'ref'
  | 'action'
  | 'measure'
  | 'due'
  | 'progress'
  | 'recorded'
  | 'rag'
  | 'why'
  | 'update'
  | 'proposed'
  | 'revised'
  | 'reason'
  | 'evidence'
  | 'key'
  | 'fingerprint';

/** The columns, by name, with their widths in characters; `fill` marks the ones the lead fills in. */
const COLUMNS: (TableColumn<Key> & { width: number; fill?: true })[] = [
  { key: 'priority', header: 'Priority', width: 14 },
  { key: 'ref', header: 'Ref', width: 7 },
  { key: 'action', header: 'Action', width: 40 },
  { key: 'measure', header: 'Measure of impact', width: 26 },
  { key: 'due', header: 'Due', width: 12 },
  { key: 'progress', header: 'Latest progress', width: 30 },
  { key: 'recorded', header: 'Recorded RAG', width: 10, rag: true },
  { key: 'rag', header: 'Computed RAG now', width: 11, rag: true },
  { key: 'why', header: 'Why', width: 24 },
  { key: 'update', header: 'This quarter’s update', width: 40, fill: true },
  { key: 'proposed', header: 'Proposed RAG', width: 11, fill: true, rag: true },
  { key: 'revised', header: 'Revised date (only if it has slipped)', width: 14, fill: true },
  { key: 'reason', header: 'Reason for delay', width: 24, fill: true },
  { key: 'evidence', header: 'Evidence of impact', width: 26, fill: true },
  { key: 'key', header: 'Key', width: 30 },
  { key: 'fingerprint', header: 'Fingerprint', width: 10 },
];

/** What a lead may propose. */
export const PROPOSED_RAGS = ['Blue', 'Green', 'Amber', 'Red'];
/** The cells a lead fills: pale yellow, and the only ones open on the protected sheet. */
const TO_FILL = { unlocked: true, fill: '#FFF2CC', wrap: true } as const;

/**
 * The first rows of the hidden Key column: what a return carries to be
 * matched to its plan and review (and refused for another), out of the
 * lead's sight but not encrypted.
 */
export const RETURN_IDENTITY = ['Board Plan Tracker update return 1', 'plan', 'period', 'as of'] as const;

/**
 * A lead's update return: a header block (which plan, which review, return
 * by when and to whom, how to fill it in) over their actions as the plan
 * holds them, with the columns to fill. Everything but those cells is locked
 * (protection without a password, against accidents); each row carries its
 * action's key and fingerprint in hidden columns.
 */
export function returnSheet(request: UpdateRequest, name: string): SheetSpec {
  const spec = emptySpec(name);
  spec.widths = COLUMNS.map((c) => c.width);
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
    for (const { key } of COLUMNS.filter((c) => c.fill))
      spec.styles.push({ area: [header + 1, column(key), last, column(key)], style: TO_FILL });
    spec.styles.push({ area: [header + 1, column('revised'), last, column('revised')], style: { numberFormat: DATE_FORMAT } });
    for (const { key } of COLUMNS.filter((c) => c.rag)) spec.ragAreas.push([header + 1, column(key), last, column(key)]);
    spec.validations = [
      { area: [header + 1, column('proposed'), last, column('proposed')], list: PROPOSED_RAGS },
      { area: [header + 1, column('revised'), last, column('revised')], date: true },
    ];
  }
  spec.hiddenColumns = [column('key'), column('fingerprint')];
  spec.protect = true;
  spec.freezeRows = header + 1;
  spec.print = { landscape: true, titleRows: [header, header] };
  return spec;
}

/** The plan and review the return is for, in the hidden Key column above the table. */
function identity(spec: SheetSpec, request: UpdateRequest, col: number): void {
  const values: SpecValue[] = [RETURN_IDENTITY[0], request.plan.name, request.plan.period, isoDay(request.asOf)];
  values.forEach((value, row) => {
    spec.rows[row] ??= [];
    spec.rows[row][col] = value;
  });
}
