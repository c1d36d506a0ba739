import { Assessment } from './assurance';
import { Direction, TrendLine } from './trend';
import { isoDay } from './day';
import { PlanResult } from './check';
import { columnLetter } from './grid';
import { ColumnRole } from './columns';
import { Rag, RagCounts } from './rag';
import { Due } from './timescale';
import type { RatedAction } from './rules';
import type { Finding } from './findings';

/** The JSON document `board-plan check --json` prints: the contract other tools build on. */
export interface PlanJson {
  asOf: string;
  period: { start: string; end: string } | null;
  tables: {
    sheet: string;
    headerRow: number;
    /** The column of each role (its first, or for per-period columns the latest period's). */
    columns: Partial<Record<ColumnRole, string>>;
    /** Every column of each role kept once for the plan, where a role has several (Lead Agency and Lead Officer). */
    columnsOf: Partial<Record<ColumnRole, string[]>>;
    /** Columns kept per period, oldest first as the header row lists them. */
    periods: { label: string; progress?: string; recordedRag?: string; status?: string }[];
    /** Header cells not read, and why. */
    unplaced: { column: string; header: string; reason: string }[];
  }[];
  skipped: { sheet: string; reason: string }[];
  actions: {
    sheet: string;
    row: number;
    part: number;
    ref: string;
    priority: string;
    objective: string;
    text: string;
    owner: string;
    due: { text: string; date: string | null; kind: string };
    /** The date it has slipped to (a revised-date column), the due date staying the baseline; null where none is written. */
    revisedDue: { text: string; date: string | null; kind: string } | null;
    /** Why it slipped (a reason-for-delay column); empty where none is written. */
    delayReason: string;
    progress: string;
    recordedRag: Rag | null;
    rag: Rag;
    /** Why the computed RAG is what it is, in an officer's words. */
    ragReason: string;
    start: string | null;
    status: { text: string; meaning: string } | null;
    percentComplete: number | null;
    /** "text", "fill" (the cell's colour only) or null (no recorded RAG). */
    recordedRagFrom: 'text' | 'fill' | null;
    /** The period progress and recorded RAG were taken from ("Q2"), where the plan keeps them per period. */
    period: string | null;
    periods: { label: string; progress: string; recordedRag: Rag | null; status: string }[];
  }[];
  findings: { rule: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  priorities: {
    sheet: string;
    code: string;
    title: string;
    rag: Rag;
    counts: RagCounts;
    /** The latest proposal (the subgroup's) and decision (the executive's) in the plan's action log up to the review date; null where none. */
    assurance: { proposal: AssessmentJson | null; decision: AssessmentJson | null };
    trend: TrendJson;
  }[];
  /** The whole plan's RAG counts at each review saved to RAG History and now, and the direction of travel since the last. */
  trend: TrendJson;
}

export interface TrendJson {
  /** Oldest first; the last is this review, as computed now. */
  reviews: { asOf: string; rag: Rag; counts: RagCounts }[];
  direction: Direction | null;
}

/** One proposal or decision of a priority's action log. */
export interface AssessmentJson {
  date: string | null;
  /** As read; null when the cell is blank or is no RAG (ragText says what it holds). */
  rag: Rag | null;
  ragText: string;
  comments: string;
  recommendations: string;
  risks: string;
  sheet: string;
  cell: string;
}

export function toPlanJson(result: PlanResult): PlanJson {
  return planJsonWith(result, result.actions.map(actionJson), result.findings.map(findingJson));
}

/**
 * The document with its actions and findings as the caller gives them, in
 * their places: the command hands over ones it makes into JSON only as it
 * writes them.
 */
export function planJsonWith<A, F>(
  result: PlanResult,
  actions: A,
  findings: F,
): Omit<PlanJson, 'actions' | 'findings'> & { actions: A; findings: F } {
  return {
    asOf: isoDay(result.asOf),
    period: result.period && { start: isoDay(result.period.start), end: isoDay(result.period.end) },
    tables: result.tables.map((table) => ({
      sheet: table.sheet,
      headerRow: table.headerRow + 1,
      columns: Object.fromEntries(Object.entries(table.columns).map(([role, col]) => [role, columnLetter(col)])),
      columnsOf: Object.fromEntries(
        Object.entries(table.columnsOf)
          .filter(([, cols]) => cols.length > 1)
          .map(([role, cols]) => [role, cols.map(columnLetter)]),
      ),
      periods: table.periods.map(({ mark, progress, recordedRag, status }) => ({
        label: mark.label,
        ...(progress !== undefined && { progress: columnLetter(progress) }),
        ...(recordedRag !== undefined && { recordedRag: columnLetter(recordedRag) }),
        ...(status !== undefined && { status: columnLetter(status) }),
      })),
      unplaced: table.unplaced.map(({ column, header, reason }) => ({ column: columnLetter(column), header, reason })),
    })),
    skipped: result.skipped.map(({ sheet, reason }) => ({ sheet, reason })),
    actions,
    findings,
    priorities: result.priorities.map(({ sheet, code, title, rag, counts }, i) => ({
      sheet,
      code,
      title,
      rag,
      counts,
      assurance: { proposal: assessmentJson(result.assurance[i].proposal), decision: assessmentJson(result.assurance[i].decision) },
      trend: trendJson(result.trend.priorities[i]),
    })),
    trend: trendJson(result.trend),
  };
}

/** One action as the JSON document gives it. */
export function actionJson(a: RatedAction): PlanJson['actions'][number] {
  return {
    sheet: a.sheet,
    row: a.row,
    part: a.part,
    ref: a.ref,
    priority: a.priority.code,
    objective: a.objective,
    text: a.text,
    owner: a.owner,
    due: dueJson(a.due),
    revisedDue: a.revisedDue && dueJson(a.revisedDue),
    delayReason: a.delayReason,
    progress: a.progress,
    recordedRag: a.recordedRag ?? null,
    rag: a.rag,
    ragReason: a.ragReason,
    start: a.start === null ? null : isoDay(a.start),
    status: a.status && { text: a.status.text, meaning: a.status.meaning },
    percentComplete: a.percentComplete,
    recordedRagFrom: a.recordedRagFrom,
    period: a.period,
    periods: a.periods.map((p) => ({ label: p.label, progress: p.progress, recordedRag: p.recordedRag ?? null, status: p.status })),
  };
}

/** One finding as the JSON document gives it. */
export function findingJson({ rule, severity, sheet, cell, message }: Finding): PlanJson['findings'][number] {
  return { rule, severity, sheet, cell, message };
}

function dueJson(due: Due): PlanJson['actions'][number]['due'] {
  return { text: due.text, date: due.date === null ? null : isoDay(due.date), kind: due.kind };
}

function assessmentJson(a: Assessment | null): AssessmentJson | null {
  if (!a) return null;
  const { ragText, comments, recommendations, risks, sheet, cell } = a;
  return { date: a.date === null ? null : isoDay(a.date), rag: a.rag ?? null, ragText, comments, recommendations, risks, sheet, cell };
}

function trendJson(line: TrendLine): TrendJson {
  return { reviews: line.reviews.map(({ asOf, rag, counts }) => ({ asOf: isoDay(asOf), rag, counts })), direction: line.direction };
}
