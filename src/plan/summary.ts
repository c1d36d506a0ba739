import { Period } from './calendar';
import { Day, addMonths } from './day';
import { PlanResult } from './check';
import { SheetGrid } from './grid';
import { Rag, RagCounts, countRags, rollUp } from './rag';
import { RAG_TEXT, RAG_WORDS } from './ragVocabulary';
import { PriorityAssurance } from './assurance';
import { Trend } from './trend';
import { RatedAction } from './rules';
import { SnapshotEntry, actionKey, snapshotDates } from './history';
import { planName } from './planName';
import { leadsOf } from './leads';
import { oneLine } from './text';

/** What the board reads: the model behind the Board Summary sheet, pure data. */
export interface BoardSummary {
  planName: string;
  period: Period | null;
  asOf: Day;
  rag: Rag;
  counts: RagCounts;
  priorities: PriorityRow[];
  /** Every red and amber action, most overdue first. */
  exceptions: RatedAction[];
  /**
   * Actions past their due date, not complete, with a revised date: soonest
   * revised date first. Null when the plan keeps no revised dates.
   */
  slipped: RatedAction[] | null;
  byLead: LeadRow[];
  dueNext: { from: Day; to: Day; actions: RatedAction[] };
  /** Actions whose recorded RAG differs from the computed one. */
  disagreements: RatedAction[];
  /** Change since the latest snapshot before the as-of date; null when there is none. */
  sinceLastReview: { asOf: Day; priorities: PriorityChange[] } | null;
  /** Per priority, computed beside the latest proposal and decision; null when the plan keeps no action log. */
  assurance: AssuranceRow[] | null;
  /** RAG counts at each saved review and now, and the direction of travel, overall and per priority. */
  trend: Trend;
}

export interface AssuranceRow extends PriorityAssurance {
  /** Where the decision and the roll-up part, or a proposal waits: in words, empty when they agree. */
  note: string;
}

export interface PriorityRow {
  sheet: string;
  code: string;
  title: string;
  lead: string;
  rag: Rag;
  counts: RagCounts;
  actions: number;
  /** Whole per cent of the priority's actions that are complete (blue). */
  percentComplete: number;
}

export interface LeadRow {
  lead: string;
  counts: RagCounts;
  actions: number;
}

export interface PriorityChange {
  code: string;
  title: string;
  then: RagCounts;
  now: RagCounts;
  improved: number;
  worse: number;
  /** In the plan now, not at the last review. */
  added: number;
  /** Complete since the last review, or no longer in the plan. */
  closed: number;
}

/** "The quarter after the as-of date": the three months that follow it. */
const DUE_NEXT_MONTHS = 3;

export function boardSummary(result: PlanResult, grids: readonly SheetGrid[], history: readonly SnapshotEntry[]): BoardSummary {
  const { actions, asOf } = result;
  const rags = actions.map((a) => a.rag);
  return {
    planName: planName(grids, result.period),
    period: result.period,
    asOf,
    rag: rollUp(rags),
    counts: countRags(rags),
    priorities: priorityRows(result),
    exceptions: actions.filter((a) => a.rag === 'red' || a.rag === 'amber').sort(mostOverdueFirst),
    slipped: result.tables.some((t) => t.columns.revisedDue !== undefined) ? slippedActions(actions, asOf) : null,
    byLead: leadRows(actions),
    dueNext: dueNext(actions, asOf),
    disagreements: actions.filter((a) => a.recordedRag && a.recordedRag !== a.rag),
    sinceLastReview: sinceLastReview(result, history),
    assurance: result.assurance.some((p) => p.proposal || p.decision) ? result.assurance.map(assuranceRow) : null,
    trend: result.trend,
  };
}

function assuranceRow(p: PriorityAssurance): AssuranceRow {
  const { proposal, decision } = p;
  const waiting = proposal && (!decision || (proposal.date !== null && decision.date !== null && decision.date < proposal.date));
  const notes = [
    decision?.rag && p.computed !== 'none' && decision.rag !== p.computed
      ? `Decided ${RAG_TEXT[decision.rag]}, computes ${RAG_TEXT[p.computed]}`
      : '',
    waiting ? 'Proposal awaiting a decision' : '',
    !proposal && !decision ? 'No proposal or decision' : '',
  ];
  return { ...p, note: notes.filter(Boolean).join('; ') };
}

function priorityRows(result: PlanResult): PriorityRow[] {
  return result.priorities.map((p) => {
    const actions = Object.values(p.counts).reduce((sum, n) => sum + n, 0);
    const { labels } = p.priority;
    return {
      sheet: p.sheet,
      code: p.code,
      title: p.title,
      rag: p.rag,
      counts: p.counts,
      actions,
      lead: oneLine(labels.lead?.text ?? labels.deliveryMechanism?.text ?? ''),
      percentComplete: actions === 0 ? 0 : Math.round((100 * p.counts.blue) / actions),
    };
  });
}

/** Past the date the plan set, with a revised date, not complete nor withdrawn. */
function slippedActions(actions: readonly RatedAction[], asOf: Day): RatedAction[] {
  return actions
    .filter(
      (a) => (a.revisedDue?.date ?? null) !== null && a.due.date !== null && a.due.date < asOf && a.rag !== 'blue' && a.rag !== 'none',
    )
    .sort((a, b) => a.revisedDue!.date! - b.revisedDue!.date!);
}

/** Oldest due date first (the most overdue); undated slippage last; red before amber on the same day. */
function mostOverdueFirst(a: RatedAction, b: RatedAction): number {
  const dueA = a.due.date ?? Infinity;
  const dueB = b.due.date ?? Infinity;
  if (dueA !== dueB) return dueA - dueB;
  return Number(a.rag === 'amber') - Number(b.rag === 'amber');
}

/** Actions and RAG counts per lead (leads.ts: one lead however its rows spell it). */
function leadRows(actions: readonly RatedAction[]): LeadRow[] {
  return leadsOf(actions).map((lead) => ({
    lead: lead.name,
    counts: countRags(lead.actions.map((a) => a.rag)),
    actions: lead.actions.length,
  }));
}

function dueNext(actions: readonly RatedAction[], asOf: Day): BoardSummary['dueNext'] {
  const to = addMonths(asOf, DUE_NEXT_MONTHS);
  const due = actions.filter((a) => a.rag !== 'blue' && a.due.date !== null && a.due.date > asOf && a.due.date <= to);
  return { from: asOf + 1, to, actions: due.sort((a, b) => a.due.date! - b.due.date!) };
}

function sinceLastReview(result: PlanResult, history: readonly SnapshotEntry[]): BoardSummary['sinceLastReview'] {
  const previous = snapshotDates(history)
    .filter((day) => day < result.asOf)
    .pop();
  if (previous === undefined) return null;
  const then = new Map(history.filter((e) => e.asOf === previous).map((e) => [e.key, e]));
  const nowKeys = new Set(result.actions.map(actionKey));
  return {
    asOf: previous,
    priorities: result.priorities.map((p) => {
      const change: PriorityChange = {
        code: p.code,
        title: p.title,
        then: countRags([]),
        now: p.counts,
        improved: 0,
        worse: 0,
        added: 0,
        closed: 0,
      };
      for (const entry of then.values()) {
        if (entry.priority !== p.code) continue;
        change.then[entry.rag] += 1;
        if (!nowKeys.has(entry.key)) change.closed += 1;
      }
      for (const action of result.actions.filter((a) => a.priority.code === p.code && a.sheet === p.sheet)) {
        countChange(change, then.get(actionKey(action))?.rag, action.rag);
      }
      return change;
    }),
  };
}

function countChange(change: PriorityChange, before: Rag | undefined, now: Rag): void {
  if (before === undefined) change.added += 1;
  else if (now === 'blue' && before !== 'blue') change.closed += 1;
  else {
    const [was, is] = [RAG_WORDS[before].standing, RAG_WORDS[now].standing];
    if (was !== null && is !== null && is > was) change.improved += 1;
    else if (was !== null && is !== null && is < was) change.worse += 1;
  }
}
