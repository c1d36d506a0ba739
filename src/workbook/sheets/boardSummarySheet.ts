import { BoardSummary, RAG_TEXT, RAGS, RatedAction, displayDay, ownSheetMark, priorityLabel } from '../../plan';
import { Layout } from './layout';
import { ChartSpec, SheetSpec, SpecValue, emptySpec } from './spec';
import { STYLES } from './styles';

/**
 * Column use, shared by every section so the sheet prints one page wide on
 * A4 landscape: A priority, B ref or RAG, C action or title, D owner or lead,
 * E due or Red, F RAG or Amber, G–I Green/Blue/Not rated (G:J the reason in
 * action tables), J % complete, K progress or change.
 */
const WIDTHS = [18, 8, 38, 20, 12, 10, 9, 9, 10, 10, 42];
const REASON: [number, number] = [6, 9];
const PROGRESS_CHARS = 400;
const CENTRE = { align: 'center' } as const;
/** Count columns E–J centred under their headers; J is % complete in the priorities table. */
const COUNTS = { 4: CENTRE, 5: CENTRE, 6: CENTRE, 7: CENTRE, 8: CENTRE, 9: CENTRE };
const WITH_PERCENT = { ...COUNTS, 9: { ...CENTRE, numberFormat: '0%' } };
const COUNT_HEADERS = RAGS.map((rag) => RAG_TEXT[rag]);

export function boardSummarySheet(summary: BoardSummary, name: string): SheetSpec {
  const spec = emptySpec(name);
  spec.widths = WIDTHS;
  spec.print = { landscape: true, titleRows: [1, 2] };
  const layout = new Layout(spec);
  layout.paginate();
  titleBlock(layout, summary);
  const firstPriorityRow = prioritiesTable(layout, summary);
  chartArea(layout, summary, spec, firstPriorityRow);
  sinceLastReview(layout, summary);
  actionTable(layout, 'Exceptions: every Red and Amber action, most overdue first', summary.exceptions, 'Why');
  byLead(layout, summary);
  actionTable(layout, `Due next: ${displayDay(summary.dueNext.from)} to ${displayDay(summary.dueNext.to)}`, summary.dueNext.actions, null);
  disagreements(layout, summary);
  spec.hideGridlines = true;
  return spec;
}

/** A section's heading, kept on the same page as what follows it (its table's header and first rows). */
function section(layout: Layout, title: string): void {
  layout.keep(layout.rowPoints([title], { style: STYLES.section }) + 3 * layout.rowPoints([]));
  layout.add([title], { style: STYLES.section });
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

/** Returns the row of the first priority: the chart's data starts there. */
function prioritiesTable(layout: Layout, summary: BoardSummary): number {
  // One page for the whole table where it fits: Excel's chart reads its rows, so no heading is repeated inside them.
  layout.keep(layout.rowPoints([]) * (summary.priorities.length + 4));
  section(layout, 'Priorities');
  const header = layout.add(['Priority', 'RAG', 'Title', 'Lead', ...COUNT_HEADERS, '% complete'], { style: STYLES.header, cells: COUNTS });
  for (const p of summary.priorities) {
    layout.add([p.code, RAG_TEXT[p.rag], p.title, p.lead, ...RAGS.map((rag) => p.counts[rag]), p.percentComplete / 100], {
      style: STYLES.body,
      cells: WITH_PERCENT,
      rag: [1],
    });
  }
  const done = summary.counts.blue;
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  layout.add(['All', RAG_TEXT[summary.rag], '', '', ...RAGS.map((rag) => summary.counts[rag]), total ? done / total : 0], {
    style: STYLES.total,
    cells: WITH_PERCENT,
    rag: [1],
  });
  layout.gap();
  return header + 1;
}

/** The stacked bar chart of RAG counts per priority, over the rows of the priorities table. */
function chartArea(layout: Layout, summary: BoardSummary, spec: SheetSpec, firstData: number): void {
  const count = summary.priorities.length;
  if (count === 0) return;
  // Tall enough for Excel's chart to show every bar; no taller, so the printed page has no empty block.
  const rows = Math.min(30, Math.max(7, Math.ceil(count * 1.5) + 4));
  // The chart is never split from its heading or across pages.
  layout.keep(layout.rowPoints([]) * (rows + 2));
  layout.add(['RAG by priority'], { style: STYLES.section });
  const top = layout.row;
  layout.gap(rows);
  const chart: ChartSpec = {
    title: 'Actions by RAG, per priority',
    data: [firstData - 1, 4, firstData + count - 1, 8],
    series: [...RAGS],
    categories: [firstData, 0, firstData + count - 1, 0],
    at: [top, 0, top + rows - 1, 5],
    bars: summary.priorities.map((p) => ({ label: p.code, counts: p.counts })),
  };
  spec.chart = chart;
  layout.gap();
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
  layout.tableHeader(['Priority', '', 'Title', 'Review', ...COUNT_HEADERS, '', 'Change'], { style: STYLES.header, cells: COUNTS });
  for (const p of since.priorities) {
    layout.add([p.code, '', p.title, displayDay(since.asOf), ...RAGS.map((rag) => p.then[rag])], { style: STYLES.body, cells: COUNTS });
    const change = `${p.improved} improved · ${p.worse} worse · ${p.added} new · ${p.closed} closed`;
    layout.add(['', '', '', `${displayDay(summary.asOf)} (now)`, ...RAGS.map((rag) => p.now[rag]), '', change], {
      style: STYLES.body,
      cells: COUNTS,
    });
  }
  layout.gap();
}

function actionTable(layout: Layout, title: string, actions: readonly RatedAction[], reason: 'Why' | null): void {
  section(layout, title);
  if (actions.length === 0) {
    layout.add(['None.'], { style: STYLES.note });
    layout.gap();
    return;
  }
  layout.tableHeader(['Priority', 'Ref', 'Action', 'Owner', 'Due', 'RAG', reason ?? '', '', '', '', 'Latest progress'], {
    style: STYLES.header,
    spans: [REASON],
  });
  for (const a of actions) {
    layout.add(
      [priorityLabel(a.priority), a.ref, a.text, a.owner, dueOf(a), RAG_TEXT[a.rag], reason ? a.ragReason : '', '', '', '', progressOf(a)],
      { style: STYLES.body, spans: [REASON], rag: [5] },
    );
  }
  layout.gap();
}

function byLead(layout: Layout, summary: BoardSummary): void {
  section(layout, 'By lead');
  layout.tableHeader(['Lead', '', '', '', ...COUNT_HEADERS, 'Actions'], { style: STYLES.header, spans: [[0, 3]], cells: COUNTS });
  for (const lead of summary.byLead) {
    layout.add([lead.lead, '', '', '', ...RAGS.map((rag) => lead.counts[rag]), lead.actions], {
      style: STYLES.body,
      spans: [[0, 3]],
      cells: COUNTS,
    });
  }
  layout.gap();
}

function disagreements(layout: Layout, summary: BoardSummary): void {
  section(layout, 'Recorded RAG differs from computed');
  if (summary.disagreements.length === 0) {
    layout.add(['None: every recorded RAG agrees with the computed one.'], { style: STYLES.note });
    return;
  }
  layout.tableHeader(['Priority', 'Ref', 'Action', 'Owner', 'Recorded', 'Computed', 'Why computed', '', '', '', 'Latest progress'], {
    style: STYLES.header,
    spans: [REASON],
  });
  for (const a of summary.disagreements) {
    layout.add(
      [
        priorityLabel(a.priority),
        a.ref,
        a.text,
        a.owner,
        RAG_TEXT[a.recordedRag!],
        RAG_TEXT[a.rag],
        a.ragReason,
        '',
        '',
        '',
        progressOf(a),
      ],
      { style: STYLES.body, spans: [REASON], rag: [4, 5] },
    );
  }
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
