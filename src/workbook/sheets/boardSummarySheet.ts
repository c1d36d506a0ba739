import {
  Assessment,
  BoardSummary,
  DIRECTIONS,
  Direction,
  RAG_TEXT,
  RAGS,
  RatedAction,
  displayDay,
  ownSheetMark,
  priorityLabel,
} from '../../plan';
import { Layout } from './layout';
import { ChartSpec, SheetSpec, SpecValue, emptySpec } from './spec';
import { PlacedTable, TableColumn, TableRow } from './table';
import { STYLES } from './styles';

/**
 * The sheet's column grid, shared by every section so it prints one page
 * wide on A4 landscape; each table below names its columns and how many of
 * these each takes. A priority, B ref or RAG, C action or title, D owner or
 * lead, E–I due/RAG/counts, J % complete, K progress.
 */
const WIDTHS = [18, 8, 38, 20, 12, 10, 9, 9, 10, 11, 41];
const PROGRESS_CHARS = 400;
/** A priority named beside each action in at most three lines of its column; the priorities table names it whole. */
const PRIORITY_LABEL_CHARS = 44;
const CENTRE = { align: 'center' } as const;
type RagKey = (typeof RAGS)[number];
/** One centred count column per RAG, keyed by the RAG. */
const COUNT_COLUMNS: TableColumn<RagKey>[] = RAGS.map((rag) => ({ key: rag, header: RAG_TEXT[rag], style: CENTRE }));
const counts = (c: Record<RagKey, number>): TableRow<RagKey> => Object.fromEntries(RAGS.map((rag) => [rag, c[rag]]));

export function boardSummarySheet(summary: BoardSummary, name: string): SheetSpec {
  const spec = emptySpec(name);
  spec.widths = WIDTHS;
  spec.print = { landscape: true, titleRows: [1, 2] };
  const layout = new Layout(spec);
  layout.paginate();
  titleBlock(layout, summary);
  chartArea(layout, summary, spec, prioritiesTable(layout, summary));
  assurance(layout, summary);
  trend(layout, summary, spec);
  sinceLastReview(layout, summary);
  actionTable(layout, 'Exceptions: every Red and Amber action, most overdue first', summary.exceptions, 'Why');
  slipped(layout, summary);
  byLead(layout, summary);
  actionTable(layout, `Due next: ${displayDay(summary.dueNext.from)} to ${displayDay(summary.dueNext.to)}`, summary.dueNext.actions, null);
  disagreements(layout, summary);
  spec.hideGridlines = true;
  return spec;
}

/** A section's heading, kept on the same page as what follows it (its table's header and first rows). */
function section(layout: Layout, title: string): void {
  layout.keep(layout.rowPoints([title], { style: STYLES.section }) + 3 * layout.rowPoints([]));
  layout.add([title], { style: STYLES.section, heading: true });
}

function titleBlock(layout: Layout, summary: BoardSummary): void {
  layout.add([ownSheetMark('Board Summary', 'replaced each time the summary is generated: edit the plan, not this sheet.')], {
    style: STYLES.mark,
  });
  layout.add([summary.planName], { style: STYLES.title });
  const period = summary.period ? ` · plan period ${displayDay(summary.period.start)} to ${displayDay(summary.period.end)}` : '';
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  layout.add([`Board summary as of ${displayDay(summary.asOf)}${period} · ${total} actions`], { style: STYLES.subtitle });
  layout.add(['Overall', RAG_TEXT[summary.rag], countsText(summary.counts)], { cells: { 0: STYLES.total }, rag: [1] });
  layout.gap();
}

const PRIORITY_COLUMNS: TableColumn<'priority' | 'rag' | 'title' | 'lead' | RagKey | 'complete'>[] = [
  { key: 'priority', header: 'Priority' },
  { key: 'rag', header: 'RAG', rag: true },
  { key: 'title', header: 'Title' },
  { key: 'lead', header: 'Lead', optional: true },
  ...COUNT_COLUMNS,
  { key: 'complete', header: '% complete', style: { ...CENTRE, numberFormat: '0%' } },
];

/** The priorities table, placed: the chart reads its rows and count columns. */
function prioritiesTable(
  layout: Layout,
  summary: BoardSummary,
): { placed: PlacedTable<(typeof PRIORITY_COLUMNS)[number]['key']>; header: number } {
  // One page for the whole table where it fits: Excel's chart reads its rows, so no heading is repeated inside them.
  layout.keep(layout.rowPoints([]) * (summary.priorities.length + 4));
  section(layout, 'Priorities');
  const done = summary.counts.blue;
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  const rows = [
    ...summary.priorities.map((p) => ({
      priority: p.code,
      rag: RAG_TEXT[p.rag],
      title: p.title,
      lead: p.lead,
      ...counts(p.counts),
      complete: p.percentComplete / 100,
    })),
    { priority: 'All', rag: RAG_TEXT[summary.rag], ...counts(summary.counts), complete: total ? done / total : 0 },
  ];
  const placed = new PlacedTable(PRIORITY_COLUMNS, rows);
  const header = layout.table(placed, rows, {
    header: STYLES.header,
    body: STYLES.body,
    styleOf: (i) => (i === rows.length - 1 ? STYLES.total : undefined),
  });
  layout.gap();
  return { placed, header };
}

/** The stacked bar chart of RAG counts per priority, over the priorities table's rows and count columns. */
function chartArea(layout: Layout, summary: BoardSummary, spec: SheetSpec, table: ReturnType<typeof prioritiesTable>): void {
  const count = summary.priorities.length;
  if (count === 0) return;
  // Tall enough for Excel's chart to show every bar (thinner where the page
  // has less room, rather than leaving the rest of the page empty), never split.
  const row = layout.rowPoints([]);
  const ideal = Math.min(30, Math.max(7, Math.ceil(count * 1.5) + 4));
  const least = Math.min(ideal, Math.max(7, count + 4));
  const fits = Math.floor(layout.pointsLeft() / row) - 2;
  const rows = fits >= least ? Math.min(ideal, fits) : ideal;
  layout.keep(row * (rows + 2));
  layout.add(['RAG by priority'], { style: STYLES.section, heading: true });
  const top = layout.row;
  layout.gap(rows);
  const bars = summary.priorities.map((p) => ({ label: p.code, counts: p.counts }));
  spec.charts.push(ragChart('bar', 'Actions by RAG, per priority', table.placed, table.header, 'priority', bars, [top, rows]));
  layout.gap();
}

const ASSURANCE_COLUMNS: TableColumn<
  'priority' | 'computed' | 'comment' | 'note' | 'proposedOn' | 'proposed' | 'decidedOn' | 'decided' | 'subgroup'
>[] = [
  { key: 'priority', header: 'Priority' },
  { key: 'computed', header: 'Roll-up', rag: true },
  { key: 'comment', header: 'Executive’s comment' },
  { key: 'note', header: 'Where they differ' },
  { key: 'proposedOn', header: 'Proposed on' },
  { key: 'proposed', header: 'Proposed', rag: true },
  { key: 'decidedOn', header: 'Decided on', span: 2 },
  { key: 'decided', header: 'Decided', rag: true },
  { key: 'subgroup', header: 'Subgroup’s comment', span: 2 },
];

const WARNING_ROW = { ...STYLES.body, ...STYLES.warning };

/** A proposal's or decision's RAG as the board reads it: the word, or what the log says where it is no RAG. */
const assessedRag = (a: Assessment | null): SpecValue => (a ? (a.rag ? RAG_TEXT[a.rag] : a.ragText) : '');
const assessedOn = (a: Assessment | null): SpecValue => (a?.date == null ? '' : { day: a.date });

/** Per priority: the computed roll-up, the subgroup's proposal and the executive's decision, and where they part; for plans that keep action logs. */
function assurance(layout: Layout, summary: BoardSummary): void {
  if (!summary.assurance) return;
  section(layout, 'Assurance: the computed roll-up, the subgroup’s proposal and the executive’s decision');
  const rows = summary.assurance.map((p) => ({
    priority: p.code,
    computed: RAG_TEXT[p.computed],
    comment: p.decision?.comments ?? '',
    note: p.note,
    proposedOn: assessedOn(p.proposal),
    proposed: assessedRag(p.proposal),
    decidedOn: assessedOn(p.decision),
    decided: assessedRag(p.decision),
    subgroup: p.proposal?.comments ?? '',
  }));
  layout.table(new PlacedTable(ASSURANCE_COLUMNS, rows), rows, {
    header: STYLES.header,
    body: STYLES.body,
    // A decision apart from the roll-up, or a proposal waiting, stands out; a priority with no entry is said, plainly.
    styleOf: (i) =>
      summary.assurance![i].note && (summary.assurance![i].proposal || summary.assurance![i].decision) ? WARNING_ROW : undefined,
  });
  layout.gap();
}

/** "▲ Improving": a word and a symbol, never colour alone; a priority new since the last review has none. */
function directionText(direction: Direction | null): string {
  return direction ? `${DIRECTIONS[direction].symbol} ${DIRECTIONS[direction].word}` : '— (new since the last review)';
}

/** Most reviews shown side by side in the per-priority table (the latest); the counts table lists them all. */
const TREND_REVIEWS = 7;

/**
 * The direction of travel: RAG counts at each review (saved to RAG History)
 * and now, charted as stacked columns per review; then each priority's RAG
 * at each review and its direction since the last, in words and symbols.
 */
function trend(layout: Layout, summary: BoardSummary, spec: SheetSpec): void {
  const { trend } = summary;
  // With no earlier review there is no direction to show: "Since the last review" says how to save one.
  if (trend.reviews.length < 2) return;
  section(layout, `Direction of travel: ${directionText(trend.direction)}`);
  const countColumns: TableColumn<'review' | 'rag' | 'spacer' | RagKey>[] = [
    { key: 'review', header: 'Review' },
    { key: 'rag', header: 'RAG', rag: true },
    { key: 'spacer', header: '', span: 2 },
    ...COUNT_COLUMNS,
  ];
  const rows = trend.reviews.map((r, i) => ({
    review: i === trend.reviews.length - 1 ? `${displayDay(r.asOf)} (now)` : displayDay(r.asOf),
    rag: RAG_TEXT[r.rag],
    ...counts(r.counts),
  }));
  layout.keep(layout.rowPoints([]) * (rows.length + 2));
  const placed = new PlacedTable(countColumns, rows);
  const header = layout.table(placed, rows, { header: STYLES.header, body: STYLES.body });
  layout.gap();
  trendChart(layout, summary, spec, placed, header);
  const shown = trend.reviews.slice(-TREND_REVIEWS).map((r) => r.asOf);
  const byPriority: TableColumn<string>[] = [
    { key: 'priority', header: 'Priority' },
    { key: 'direction', header: 'Since the last review', span: 2 },
    ...shown.map((day, i) => ({ key: `r${i}`, header: displayDay(day), rag: true })),
  ];
  const priorityRows = trend.priorities.map((p) => ({
    priority: p.code,
    direction: directionText(p.direction),
    ...Object.fromEntries(shown.map((day, i) => [`r${i}`, RAG_TEXT[p.reviews.find((r) => r.asOf === day)?.rag ?? 'none']])),
  }));
  layout.table(new PlacedTable(byPriority, priorityRows), priorityRows, { header: STYLES.header, body: STYLES.body });
  layout.gap();
}

/** The stacked column chart of RAG counts per review, over the trend table's rows and count columns. */
function trendChart(
  layout: Layout,
  summary: BoardSummary,
  spec: SheetSpec,
  placed: PlacedTable<'review' | 'rag' | 'spacer' | RagKey>,
  header: number,
): void {
  const count = summary.trend.reviews.length;
  const rows = Math.max(8, count + 4);
  layout.keep(layout.rowPoints([]) * (rows + 1));
  const top = layout.row;
  layout.gap(rows);
  const bars = summary.trend.reviews.map((r) => ({ label: displayDay(r.asOf), counts: r.counts }));
  spec.charts.push(ragChart('column', 'Actions by RAG, per review', placed, header, 'review', bars, [top, rows]));
  layout.gap();
}

/**
 * A stacked chart of RAG counts over a table the sheet has written: one row
 * per bar below the header row, the RAG count columns as its series, the
 * `category` column as its labels; drawn over `rows` sheet rows from `top`,
 * across the first six columns.
 */
function ragChart<K extends string>(
  kind: ChartSpec['kind'],
  title: string,
  placed: PlacedTable<K | RagKey>,
  header: number,
  category: K,
  bars: ChartSpec['bars'],
  [top, rows]: [number, number],
): ChartSpec {
  const last = header + bars.length;
  return {
    kind,
    title,
    data: [header, placed.columnOf(RAGS[0]), last, placed.columnOf(RAGS[RAGS.length - 1])],
    series: [...RAGS],
    categories: [header + 1, placed.columnOf(category), last, placed.columnOf(category)],
    at: [top, 0, top + rows - 1, 5],
    bars,
  };
}

function sinceLastReview(layout: Layout, summary: BoardSummary): void {
  const since = summary.sinceLastReview;
  if (!since) {
    section(layout, 'Since the last review');
    layout.add(['No earlier review snapshot is saved: "Save review snapshot" keeps this one for the next summary to compare with.'], {
      style: STYLES.note,
    });
    layout.gap();
    return;
  }
  section(layout, `Since the review of ${displayDay(since.asOf)}`);
  const columns: TableColumn<'priority' | 'title' | 'review' | RagKey | 'change'>[] = [
    { key: 'priority', header: 'Priority' },
    { key: 'title', header: 'Title', span: 2 },
    { key: 'review', header: 'Review' },
    ...COUNT_COLUMNS,
    { key: 'change', header: 'Change', span: 2 },
  ];
  const rows = since.priorities.flatMap((p) => [
    { priority: p.code, title: p.title, review: displayDay(since.asOf), ...counts(p.then) },
    {
      review: `${displayDay(summary.asOf)} (now)`,
      ...counts(p.now),
      change: `${p.improved} improved · ${p.worse} worse · ${p.added} new · ${p.closed} closed`,
    },
  ]);
  layout.table(new PlacedTable(columns, rows), rows, { header: STYLES.header, body: STYLES.body });
  layout.gap();
}

type ActionKey = 'priority' | 'ref' | 'action' | 'owner' | 'due' | 'rag' | 'reason' | 'progress';

/**
 * An action table: refs, owners and progress left out when no row has any;
 * the reason column only where it says why. Before the computed RAG, the due
 * date (exceptions, due next) or the recorded RAG (disagreements).
 */
function actionColumns(
  before: TableColumn<'due' | 'recorded'>,
  ragHeader: string,
  reason: string | null,
): TableColumn<ActionKey | 'recorded'>[] {
  return [
    { key: 'priority', header: 'Priority' },
    { key: 'ref', header: 'Ref', optional: true, gives: 'after' },
    { key: 'action', header: 'Action' },
    { key: 'owner', header: 'Owner', optional: true },
    before,
    { key: 'rag', header: ragHeader, rag: true },
    { key: 'reason', header: reason ?? '', span: 4, optional: reason === null, gives: 'after' },
    { key: 'progress', header: 'Latest progress', optional: true },
  ];
}

function actionRow(a: RatedAction): TableRow<ActionKey> {
  return {
    priority: priorityLabel(a.priority, PRIORITY_LABEL_CHARS),
    ref: a.ref,
    action: a.text,
    owner: a.owner,
    rag: RAG_TEXT[a.rag],
    progress: progressOf(a),
  };
}

function actionTable(layout: Layout, title: string, actions: readonly RatedAction[], reason: 'Why' | null): void {
  section(layout, title);
  if (actions.length === 0) {
    layout.add(['None.'], { style: STYLES.note });
    layout.gap();
    return;
  }
  const rows = actions.map((a) => ({ ...actionRow(a), due: dueOf(a), ...(reason && { reason: a.ragReason }) }));
  layout.table(new PlacedTable(actionColumns({ key: 'due', header: 'Due' }, 'RAG', reason), rows), rows, {
    header: STYLES.header,
    body: STYLES.body,
  });
  layout.gap();
}

const SLIPPED_COLUMNS: TableColumn<ActionKey | 'revised' | 'delay'>[] = [
  { key: 'priority', header: 'Priority' },
  { key: 'ref', header: 'Ref', optional: true, gives: 'after' },
  { key: 'action', header: 'Action' },
  { key: 'owner', header: 'Owner', optional: true },
  { key: 'due', header: 'Due' },
  { key: 'revised', header: 'Revised to', span: 2 },
  { key: 'rag', header: 'RAG', rag: true },
  { key: 'delay', header: 'Reason for delay', span: 2, optional: true, gives: 'after' },
  { key: 'progress', header: 'Latest progress', optional: true },
];

/** Actions past the date the plan set, with the date they slipped to and why (the due date stays the baseline); for a plan that keeps revised dates. */
function slipped(layout: Layout, summary: BoardSummary): void {
  if (summary.slipped === null) return;
  section(layout, 'Slipped: past the date the plan set, with a revised date');
  if (summary.slipped.length === 0) {
    layout.add(['None: no action past its due date has a revised date.'], { style: STYLES.note });
    layout.gap();
    return;
  }
  const rows = summary.slipped.map((a) => ({
    ...actionRow(a),
    due: dueOf(a),
    revised: { day: a.revisedDue!.date! },
    delay: a.delayReason,
  }));
  layout.table(new PlacedTable(SLIPPED_COLUMNS, rows), rows, { header: STYLES.header, body: STYLES.body });
  layout.gap();
}

function byLead(layout: Layout, summary: BoardSummary): void {
  section(layout, 'By lead');
  const columns: TableColumn<'lead' | RagKey | 'actions'>[] = [
    { key: 'lead', header: 'Lead', span: 4 },
    ...COUNT_COLUMNS,
    { key: 'actions', header: 'Actions', style: CENTRE },
  ];
  const rows = summary.byLead.map((lead) => ({ lead: lead.lead, ...counts(lead.counts), actions: lead.actions }));
  layout.table(new PlacedTable(columns, rows), rows, { header: STYLES.header, body: STYLES.body });
  layout.gap();
}

function disagreements(layout: Layout, summary: BoardSummary): void {
  section(layout, 'Recorded RAG differs from computed');
  if (summary.disagreements.length === 0) {
    layout.add(['None: every recorded RAG agrees with the computed one.'], { style: STYLES.note });
    return;
  }
  const rows = summary.disagreements.map((a) => ({ ...actionRow(a), recorded: RAG_TEXT[a.recordedRag!], reason: a.ragReason }));
  const columns = actionColumns({ key: 'recorded', header: 'Recorded', rag: true }, 'Computed', 'Why computed');
  layout.table(new PlacedTable(columns, rows), rows, { header: STYLES.header, body: STYLES.body });
}

function dueOf(action: RatedAction): SpecValue {
  return action.due.date === null ? action.due.text : { day: action.due.date };
}

function progressOf(action: RatedAction): string {
  const text = action.progress.trim();
  return text.length > PROGRESS_CHARS ? `${text.slice(0, PROGRESS_CHARS - 1)}…` : text;
}

function countsText(counts: BoardSummary['counts']): string {
  return RAGS.map((rag) => `${counts[rag]} ${RAG_TEXT[rag]}`).join(' · ');
}
