import { SheetGrid, address, cellAt, refAddress } from './grid';
import { ColumnRole, ROLE_LABEL, synonymsFor } from './columns';
import { Period } from './calendar';
import { Day, displayDay } from './day';
import { Action, headerCell } from './actions';
import { PlanTable } from './tables';
import { Priority, PriorityLabel } from './priorities';
import { Rag } from './rag';
import { RAG_TEXT } from './ragVocabulary';
import { Finding, Severity } from './findings';
import { quote } from './text';
import { Assessment, PriorityAssurance, countsText } from './assurance';

/** An action with the RAG the policy gives it. */
export interface RatedAction extends Action {
  rag: Rag;
  ragReason: string;
}

export interface RuleContext {
  grids: readonly SheetGrid[];
  tables: readonly PlanTable[];
  priorities: readonly Priority[];
  actions: readonly RatedAction[];
  period: Period | null;
  asOf: Day;
  /** What the plan's action logs propose and decide (assurance.ts). */
  assessments: readonly Assessment[];
  assurance: readonly PriorityAssurance[];
}

/** Days a subgroup's proposal may wait for the executive's decision before the check says so. */
export const DECISION_WAIT_DAYS = 30;
/** How far back an assurance entry counts as this review's: a quarter. */
export const REVIEW_WINDOW_DAYS = 92;

type Found = Omit<Finding, 'rule' | 'severity'>;

export interface Rule {
  id: string;
  severity: Severity;
  /** What an officer calls the problem, for the task pane's findings and the help page. */
  title: string;
  /** What the rule looks for, for the README and the task pane. */
  summary: string;
  check(context: RuleContext): Found[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "Action 2a.1", "Action 1.3 (second of 3 actions in this cell)", "The action on row 14". */
export function actionName(action: Action): string {
  const name = action.ref ? `Action ${action.ref}` : `The action on row ${action.row}`;
  const which = ORDINALS[action.part - 1] ?? `number ${action.part}`;
  return action.parts > 1 ? `${name} (${which} of ${action.parts} actions in this cell)` : name;
}

function at(action: Action, role: ColumnRole, message: string): Found {
  const ref = action.cells[role] ?? action.cells.action;
  return { sheet: action.sheet, cell: ref === undefined ? null : refAddress(ref), message, priority: action.priority.code };
}

const PLACEHOLDER =
  /\b(tbc|tba|tbd|to be (allocated|confirmed|agreed|decided|determined|identified|appointed))\b|^\s*\?+\s*$|^\s*(unknown|n\/?a|none|vacant)\s*$/i;

export function isPlaceholderOwner(owner: string): boolean {
  return PLACEHOLDER.test(owner);
}

const PRIORITY_LABEL_NAMES: Partial<Record<PriorityLabel, string>> = { lead: 'partnership lead', boardOfficer: 'board officer' };

function periodText(period: Period): string {
  return `${displayDay(period.start)} to ${displayDay(period.end)}`;
}

/**
 * Every rule, in one table: ID (the JSON contract and the UI use it),
 * severity, what it looks for, and the check.
 */
export const RULES: readonly Rule[] = [
  {
    id: 'MISSING_COLUMN',
    severity: 'error',
    title: 'No due-date or lead column',
    summary: 'A plan table without a due-date or owner column.',
    check: ({ tables }) =>
      tables.flatMap((table) =>
        (['due', 'owner'] as const)
          .filter((role) => table.columns[role] === undefined && !(role === 'owner' && table.columns.support !== undefined))
          .map((role) => ({
            sheet: table.sheet,
            cell: headerCell(table, 'action'),
            message: `The table at row ${table.headerRow + 1} has no ${ROLE_LABEL[role]} column (looked for ${synonymsFor(role)}).`,
          })),
      ),
  },
  {
    id: 'MISSING_OWNER',
    severity: 'error',
    title: 'No lead named',
    summary: 'An action with no lead.',
    check: ({ actions }) =>
      actions
        .filter((a) => (a.table.columns.owner ?? a.table.columns.support) !== undefined && a.owner.trim() === '')
        .map((a) => at(a, 'owner', `${actionName(a)} has no lead: say who is responsible.`)),
  },
  {
    id: 'MISSING_DUE',
    severity: 'error',
    title: 'No timescale',
    summary: 'An action with no timescale.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.table.columns.due !== undefined && a.due.kind === 'missing' && !withdrawn(a))
        .map((a) => at(a, 'due', `${actionName(a)} has no timescale: say when it will be done by.`)),
  },
  {
    id: 'CELL_ERROR',
    severity: 'error',
    title: 'Error value in a cell',
    summary: 'An error value (#REF!, #DIV/0!, #N/A, …) in a plan table.',
    check: ({ grids, tables }) =>
      tables.flatMap((table) => {
        const grid = grids.find((g) => g.name === table.sheet)!;
        const found: Found[] = [];
        for (let row = table.headerRow; row < table.endRow; row += 1) {
          for (let col = table.firstCol; col <= table.lastCol; col += 1) {
            const cell = cellAt(grid, row, col);
            if (cell.kind === 'error' && !cell.master) {
              const message = `The cell shows ${cell.text || String(cell.value)}: fix the formula or value.`;
              const priority = table.rows.find((r) => r.row === row)?.priority?.code;
              found.push({ sheet: table.sheet, cell: address(row, col), message, priority });
            }
          }
        }
        return found;
      }),
  },
  {
    id: 'NO_PLAN_TABLES',
    severity: 'error',
    title: 'No plan table found',
    summary: 'A workbook with no plan table to check.',
    check: ({ tables }) =>
      tables.length > 0
        ? []
        : [
            {
              sheet: null,
              cell: null,
              message: `No plan table found: the tracker looks for a header row naming an action column (${synonymsFor('action')}) with a timescale and a lead.`,
            },
          ],
  },
  {
    id: 'PLACEHOLDER_OWNER',
    severity: 'warning',
    title: 'Lead still to be named',
    summary: 'A lead written as "TBC", "to be allocated", "?".',
    check: ({ actions, priorities }) => [
      ...actions
        .filter((a) => isPlaceholderOwner(a.owner))
        .map((a) => at(a, 'owner', `${actionName(a)} has lead ${quote(a.owner)}: name who is responsible.`)),
      ...priorities.flatMap((p) =>
        (Object.keys(PRIORITY_LABEL_NAMES) as PriorityLabel[])
          .filter((label) => p.labels[label] && isPlaceholderOwner(p.labels[label]!.text))
          .map((label) => ({
            sheet: p.sheet,
            cell: p.labels[label]!.cell,
            priority: p.code,
            message: `Priority ${p.code} has ${PRIORITY_LABEL_NAMES[label]} ${quote(p.labels[label]!.text)}: name who it is.`,
          })),
      ),
    ],
  },
  {
    id: 'UNPARSED_DUE',
    severity: 'warning',
    title: 'Timescale is not a date',
    summary: 'A timescale that cannot be read as a date.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.due.kind === 'unparsed' && !withdrawn(a))
        .map((a) =>
          at(
            a,
            'due',
            `${actionName(a)} has timescale ${quote(a.due.text)}, which is not a date${a.due.note ? ` (${a.due.note})` : ''}: write e.g. "Mar 2020" or "Q3 2021/22".`,
          ),
        ),
  },
  {
    id: 'DUE_OUTSIDE_PERIOD',
    severity: 'warning',
    title: 'Due outside the plan year',
    summary: 'A due date outside the plan period.',
    check: ({ actions, period }) =>
      period === null
        ? []
        : actions
            .filter((a) => a.due.date !== null && (a.due.date < period.start || a.due.date > period.end) && !withdrawn(a))
            .map((a) =>
              at(a, 'due', `${actionName(a)} is due ${displayDay(a.due.date!)}, outside the plan period (${periodText(period)}).`),
            ),
  },
  {
    id: 'DUPLICATE_REF',
    severity: 'warning',
    title: 'Reference used twice',
    summary: 'The same reference on two rows.',
    check: ({ actions }) => {
      const first = new Map<string, Action>();
      const found: Found[] = [];
      for (const a of actions) {
        if (!a.ref || a.part > 1) continue;
        const earlier = first.get(a.ref.toLowerCase());
        if (!earlier) first.set(a.ref.toLowerCase(), a);
        else found.push(at(a, 'ref', `Ref ${a.ref} is used again: it is first on '${earlier.sheet}' row ${earlier.row}.`));
      }
      return found;
    },
  },
  {
    id: 'INVALID_RAG',
    severity: 'warning',
    title: 'RAG not recognised',
    summary: 'A recorded RAG that is not Red, Amber, Green or Blue.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.recordedRag === undefined)
        .map((a) =>
          at(a, 'recordedRag', `${actionName(a)} has RAG ${quote(a.recordedRagText)}: write Red, Amber, Green or Blue (or R, A, G, B).`),
        ),
  },
  {
    id: 'RAG_COLOUR_DISAGREES',
    severity: 'warning',
    title: 'RAG words and colour disagree',
    summary: 'A RAG cell whose words say one RAG and whose colour shows another.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.fillDisagrees && a.part === 1)
        .map((a) =>
          at(
            a,
            'recordedRag',
            `${actionName(a)} is written ${quote(a.recordedRagText)} but the cell is coloured ${RAG_TEXT[a.fillDisagrees!]}: the words are read; make the two agree.`,
          ),
        ),
  },
  {
    id: 'NO_PROGRESS',
    severity: 'warning',
    title: 'Overdue with no progress update',
    summary: 'An overdue action with no progress update (tables with a progress column).',
    check: ({ actions }) =>
      actions
        .filter((a) => a.table.columns.progress !== undefined && a.rag === 'red' && a.progress.trim() === '')
        .map((a) => at(a, 'progress', `${actionName(a)} was due ${displayDay(a.due.date!)} and has no progress update.`)),
  },
  {
    id: 'MISMATCHED_PARTS',
    severity: 'warning',
    title: 'Actions and timescales do not pair up',
    summary: 'A cell lists several actions but a different number of timescales or leads.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.mismatch)
        .map((a) =>
          at(
            a,
            'action',
            `Row ${a.row} lists ${a.mismatch!.actions} actions but ${a.mismatch!.dates} timescales and ${a.mismatch!.owners} leads: read as one action; give each action its own timescale or row.`,
          ),
        ),
  },
  {
    id: 'WITHDRAWN',
    severity: 'info',
    title: 'Withdrawn, so not rated',
    summary: 'An action marked cancelled, withdrawn, superseded or merged: not rated and never overdue.',
    check: ({ actions }) =>
      actions
        .filter(withdrawn)
        .map((a) => at(a, 'status', `${actionName(a)} is marked ${quote(a.status!.text)}: it is not rated and not counted as overdue.`)),
  },
  {
    id: 'MISSING_MEASURE',
    severity: 'info',
    title: 'No measure of impact',
    summary: 'An action with no measure of progress or impact (tables with a measure column).',
    check: ({ actions }) =>
      actions
        .filter((a) => a.table.columns.measure !== undefined && a.measure.trim() === '' && !withdrawn(a))
        .map((a) => at(a, 'measure', `${actionName(a)} has no measure of progress or impact.`)),
  },
  {
    id: 'RAG_DISAGREES',
    severity: 'info',
    title: 'Recorded RAG differs from computed',
    summary: 'The recorded RAG differs from the computed one.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.recordedRag && a.rag !== 'none' && a.recordedRag !== a.rag)
        .map((a) =>
          at(
            a,
            'recordedRag',
            `${actionName(a)} is recorded ${capital(a.recordedRag!)}${recordedHow(a)} but computes ${capital(a.rag)} (${a.ragReason}).`,
          ),
        ),
  },
  {
    id: 'MULTI_VALUE',
    severity: 'info',
    title: 'Several actions in one row',
    summary: 'A row read as several actions.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.parts > 1 && a.part === 1)
        .map((a) => at(a, 'action', `Row ${a.row} lists ${a.parts} actions with ${a.parts} timescales: read as ${a.parts} actions.`)),
  },
  {
    id: 'PASTE_ARTEFACT',
    severity: 'info',
    title: 'Pasted bullets, markup or spaces',
    summary: 'Word bullets, markup or stray spaces in an action.',
    check: ({ actions }) =>
      actions
        .filter((a) => a.part === 1 && a.artefacts.length > 0)
        .map((a) =>
          at(
            a,
            'action',
            `${actionName({ ...a, parts: 1 })} has ${a.artefacts.join(', ')} from a paste: reports show it cleaned; the cell is unchanged.`,
          ),
        ),
  },
  {
    id: 'UNDATED',
    severity: 'info',
    title: 'No date to rate by',
    summary: 'An undated timescale ("As required", "Ongoing") or an event without a date.',
    check: ({ actions }) =>
      actions
        .filter((a) => (a.due.kind === 'undated' || a.due.kind === 'event') && !withdrawn(a))
        .map((a) =>
          at(
            a,
            'due',
            a.due.kind === 'event'
              ? `${actionName(a)} is due at an event (${quote(a.due.text)}): give its date to rate it.`
              : `${actionName(a)} is undated (${quote(a.due.text)}): it is not rated by date.`,
          ),
        ),
  },
  // The assurance rules: the subgroup proposes, the executive decides, the check compares both with the plan.
  {
    id: 'ASSURANCE_RAG_UNREADABLE',
    severity: 'warning',
    title: 'Assurance RAG not understood',
    summary: 'A proposed or decided RAG in a priority’s action log that is no RAG.',
    check: ({ assessments }) =>
      assessments
        .filter((a) => a.rag === undefined)
        .map((a) => ({
          sheet: a.sheet,
          cell: a.cell,
          priority: a.priority,
          message: `${assessmentName(a)} is ${quote(a.ragText)}: write Red, Amber, Green or Blue.`,
        })),
  },
  {
    id: 'DECISION_AWAITED',
    severity: 'warning',
    title: 'Proposal awaiting a decision',
    summary: `A priority’s proposed RAG with no decision after ${DECISION_WAIT_DAYS} days.`,
    check: ({ assurance, asOf }) =>
      assurance.flatMap(({ proposal, decision }) => {
        if (!proposal || proposal.date === null || asOf - proposal.date <= DECISION_WAIT_DAYS) return [];
        if (decision && (decision.date === null || decision.date >= proposal.date)) return [];
        const days = asOf - proposal.date;
        return [
          {
            sheet: proposal.sheet,
            cell: proposal.cell,
            priority: proposal.priority,
            message: `${assessmentName(proposal)}, ${proposal.rag ? capital(proposal.rag) : quote(proposal.ragText)}, has had no decision for ${days} days.`,
          },
        ];
      }),
  },
  {
    id: 'ASSURANCE_DIFFERS',
    severity: 'info',
    title: 'Decided RAG differs from computed',
    summary: 'A priority’s decided RAG that differs from its computed roll-up.',
    check: ({ assurance }) =>
      assurance
        .filter((p) => p.decision?.rag && p.computed !== 'none' && p.decision.rag !== p.computed)
        .map((p) => ({
          sheet: p.decision!.sheet,
          cell: p.decision!.cell,
          priority: p.code,
          message: `${assessmentName(p.decision!)} is ${capital(p.decision!.rag!)} but the priority computes ${capital(p.computed)} (${countsText(p.counts)}).`,
        })),
  },
  {
    id: 'NO_ASSURANCE',
    severity: 'info',
    title: 'No assurance for this review',
    summary: `In a plan that keeps action logs, a priority with rated actions and no proposal or decision in the ${REVIEW_WINDOW_DAYS} days up to the review.`,
    check: ({ assurance, assessments, actions, asOf }) =>
      assessments.length === 0
        ? []
        : assurance
            .filter((p) => p.computed !== 'none')
            .filter((p) => ![p.proposal, p.decision].some((a) => a?.date != null && asOf - a.date <= REVIEW_WINDOW_DAYS))
            .map((p) => {
              const last = [p.proposal, p.decision].map((a) => a?.date ?? null).filter((d): d is Day => d !== null);
              const since = last.length > 0 ? `; the last is dated ${displayDay(Math.max(...last))}` : '';
              return { ...priorityCell(actions, p), message: `Priority ${p.code} has no proposal or decision for this review${since}.` };
            }),
  },
];

/** "Priority 2a's proposed RAG (1 Sep 2014)". */
function assessmentName(a: Assessment): string {
  return `Priority ${a.priority}'s ${a.by === 'subgroup' ? 'proposed' : 'decided'} RAG${a.date === null ? '' : ` (${displayDay(a.date)})`}`;
}

/** The cell to go to for a priority as a whole: its first action's. */
function priorityCell(actions: readonly RatedAction[], p: PriorityAssurance): Found {
  const first = actions.find((a) => a.sheet === p.sheet && a.priority.code === p.code)!;
  return at(first, 'action', '');
}

function withdrawn(action: Action): boolean {
  return action.status?.meaning === 'withdrawn';
}

/** " (as the cell's colour, Q2)": where a recorded RAG came from, when it is not plain words in one column. */
function recordedHow(action: Action): string {
  const how = [action.recordedRagFrom === 'fill' ? "as the cell's colour" : '', action.period ?? ''].filter(Boolean);
  return how.length > 0 ? ` (${how.join(', ')})` : '';
}

function capital(rag: Rag): string {
  return rag === 'none' ? 'not rated' : rag[0].toUpperCase() + rag.slice(1);
}
