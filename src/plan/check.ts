import { SheetGrid, rowIndices } from './grid';
import { Period } from './calendar';
import { Day } from './day';
import { inferPeriod } from './period';
import { PlanTable, SheetLayout, Skipped, scanSheet } from './tables';
import { isRagKey, notPlanReason } from './sheetPurpose';
import { Priority, readPriorityName } from './priorities';
import { oneLine } from './text';
import { Action, readActions } from './actions';
import { DEFAULT_POLICY, Rag, RagCounts, RagPolicy, computeRag, countRags, rollUp } from './rag';
import { RULES, RatedAction, RuleContext } from './rules';
import { Finding, SEVERITY_RANK, Severity } from './findings';
import { OwnSheetKind, ownSheetKind, ownSheetName } from './ownSheets';
import { PriorityAssurance, priorityAssurance, readAssurance } from './assurance';
import { Trend, planTrend } from './trend';
import { readHistory } from './history';

export interface CheckOptions {
  asOf: Day;
  policy?: RagPolicy;
}

export interface RagRollUp {
  rag: Rag;
  counts: RagCounts;
}

export interface PrioritySummary extends RagRollUp {
  sheet: string;
  code: string;
  title: string;
  priority: Priority;
}

export interface ObjectiveSummary extends RagRollUp {
  sheet: string;
  priority: string;
  objective: string;
}

export interface PlanResult {
  asOf: Day;
  policy: RagPolicy;
  period: Period | null;
  tables: PlanTable[];
  skipped: Skipped[];
  actions: RatedAction[];
  findings: Finding[];
  priorities: PrioritySummary[];
  /** Per priority, the computed roll-up beside the latest proposal and decision of its action log. */
  assurance: PriorityAssurance[];
  /** RAG counts at each review saved to RAG History and now, and the direction of travel since the last. */
  trend: Trend;
}

/**
 * The engine's one entry: reads every sheet's plan tables, rates every action
 * as of a date, runs every rule and rolls RAG up to priorities (objectives:
 * summariseObjectives, for who needs them).
 * Pure and synchronous: the same grids and options always give the same result.
 */
export function checkPlan(grids: readonly SheetGrid[], options: CheckOptions): PlanResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const own = grids.filter((grid) => ownSheetKind(grid) !== null);
  const notPlan = grids.filter((grid) => !own.includes(grid) && notPlanReason(grid) !== null);
  const unreadable = grids.filter((grid) => grid.unreadable !== undefined && !notPlan.includes(grid));
  const planGrids = grids.filter((grid) => !own.includes(grid) && !notPlan.includes(grid) && !unreadable.includes(grid));
  const layouts = planGrids.map((grid) => ({ grid, layout: sheetLayout(grid) }));
  const tables = layouts.flatMap(({ layout }) => layout.tables);
  const period = inferPeriod(titleTexts(layouts));
  const headed = layouts.flatMap(({ layout }) => layout.priorities);
  const sheetPriorities = new Map<string, Priority>();
  const rowPriorities = new Map<string, Priority>();
  const actions: Action[] = layouts.flatMap(({ grid, layout }) =>
    layout.tables.flatMap((table) =>
      readActions(grid, table, {
        period,
        asOf: options.asOf,
        sheetPriority: () => sheetPriority(sheetPriorities, grid.name),
        rowPriority: (text, row) => rowPriority(rowPriorities, grid.name, text, row),
      }),
    ),
  );
  const rated = actions.map((action) => rate(action, options.asOf, policy, period));
  const priorities = [...headed, ...rowPriorities.values(), ...sheetPriorities.values()];
  const summaries = summarisePriorities(rated);
  // The plan's own logs, and the entries recorded through the product on its Priority Assurance sheet.
  const recorded = ownSheet(own, 'Priority Assurance');
  const assessments = readAssurance(recorded ? [...planGrids, recorded] : planGrids, priorities, tables);
  const assurance = priorityAssurance(summaries, assessments, options.asOf);
  const context: RuleContext = { grids: planGrids, tables, priorities, actions: rated, period, asOf: options.asOf, assessments, assurance };
  return {
    asOf: options.asOf,
    policy,
    period,
    tables,
    skipped: [
      ...layouts.flatMap(({ layout }) => layout.skipped),
      ...own.map(ownSheetSkipped),
      ...notPlan.map((grid) => ({ sheet: grid.name, reason: notPlanReason(grid)! })),
      ...unreadable.map((grid) => ({ sheet: grid.name, reason: grid.unreadable! })),
    ],
    actions: rated,
    findings: runRules(context),
    priorities: summaries,
    assurance,
    trend: planTrend(options.asOf, rated, summaries, readHistory(ownSheet(own, 'RAG History'))),
  };
}

/** A sheet's tables; a RAG key with no plan table is said to be one, not listed row by row. */
function sheetLayout(grid: SheetGrid): SheetLayout {
  const layout = scanSheet(grid);
  if (layout.tables.length > 0 || !isRagKey(grid)) return layout;
  return { tables: [], priorities: [], skipped: [{ sheet: grid.name, reason: 'a RAG key: not part of the plan' }] };
}

/** The product's own sheets are not part of the plan: reading them back would count every action twice. */
function ownSheetSkipped(grid: SheetGrid): Skipped {
  return { sheet: grid.name, reason: `written by Board Plan Tracker (${ownSheetKind(grid)}), not part of the plan` };
}

function rate(action: Action, asOf: Day, policy: RagPolicy, period: Period | null): RatedAction {
  const { rag, reason } = computeRag(
    {
      start: action.start ?? (policy.progressAgainstTime ? (period?.start ?? null) : null),
      due: action.due.date,
      revisedDue: action.revisedDue?.date ?? null,
      progress: action.progress,
      recordedRag: action.recordedRag ?? null,
      status: action.status,
      percentComplete: action.percentComplete,
    },
    asOf,
    policy,
  );
  return Object.assign(action, { rag, ragReason: reason });
}

/** Actions under no heading belong to their sheet: officers often keep one priority per sheet. */
function sheetPriority(cache: Map<string, Priority>, sheet: string): Priority {
  let priority = cache.get(sheet);
  if (!priority) {
    priority = { sheet, code: sheet, title: '', row: -1, labels: {} };
    cache.set(sheet, priority);
  }
  return priority;
}

/** The priority a Priority / Theme / Workstream cell names, one per name on a sheet. */
function rowPriority(cache: Map<string, Priority>, sheet: string, text: string, row: number): Priority {
  const flat = oneLine(text);
  const key = `${sheet}\u0000${flat.toLowerCase()}`;
  let priority = cache.get(key);
  if (!priority) {
    const heading = readPriorityName(flat);
    priority = { sheet, code: heading.code, title: heading.title, row, labels: {} };
    cache.set(key, priority);
  }
  return priority;
}

/** Text outside the tables' data rows: titles, header blocks and header rows, where the plan names its period. */
function* titleTexts(layouts: { grid: SheetGrid; layout: { tables: PlanTable[] } }[]): Generator<string> {
  for (const { grid, layout } of layouts) {
    const dataRows = new Set(layout.tables.flatMap((table) => table.rows.map((r) => r.row)));
    for (const row of rowIndices(grid)) {
      if (dataRows.has(row)) continue;
      for (const cell of grid.rows[row] ?? []) if (cell?.kind === 'text' && !cell.master) yield cell.text;
    }
  }
}

function runRules(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // One finding per cell and message: a rule may meet the same cell again (a merge, a row of several actions).
    // By sheet, then cell: no key is built for each of thousands of findings.
    const seen = new Map<string | null, Map<string | null, string[]>>();
    for (const { sheet, cell, message, priority } of rule.check(context)) {
      let cells = seen.get(sheet);
      if (!cells) seen.set(sheet, (cells = new Map()));
      const messages = cells.get(cell);
      if (messages?.includes(message)) continue;
      if (messages) messages.push(message);
      else cells.set(cell, [message]);
      findings.push({ rule: rule.id, severity: rule.severity, sheet, cell, message, priority });
    }
  }
  // A cell showing an error value (#N/A) is one problem: rules that read its text would only say it again.
  const errorCells = new Set(findings.filter((f) => f.rule === 'CELL_ERROR').map((f) => `${f.sheet}!${f.cell}`));
  const kept =
    errorCells.size === 0 ? findings : findings.filter((f) => f.rule === 'CELL_ERROR' || !errorCells.has(`${f.sheet}!${f.cell}`));
  // Errors first, then warnings, then info, each in the order found: a stable sort without comparing thousands of findings.
  return SEVERITIES.flatMap((severity) => kept.filter((f) => f.severity === severity));
}

const SEVERITIES = (Object.keys(SEVERITY_RANK) as Severity[]).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]);

/**
 * Items grouped by a compound key, groups in order of first appearance.
 * Maps nested per part of the key: no key string is built and hashed per
 * item (an objective's text is long, and a plan has thousands of actions).
 */
function groupBy<V>(items: readonly V[], keysOf: (item: V) => readonly unknown[]): V[][] {
  const groups: V[][] = [];
  const root = new Map<unknown, unknown>();
  for (const item of items) {
    const keys = keysOf(item);
    let level = root;
    for (let i = 0; i < keys.length - 1; i += 1) {
      let next = level.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (!next) level.set(keys[i], (next = new Map()));
      level = next;
    }
    const group = level.get(keys[keys.length - 1]) as V[] | undefined;
    if (group) group.push(item);
    else {
      const first = [item];
      level.set(keys[keys.length - 1], first);
      groups.push(first);
    }
  }
  return groups;
}

function rollUpOf(actions: readonly RatedAction[]): RagRollUp {
  const rags = actions.map((a) => a.rag);
  return { rag: rollUp(rags), counts: countRags(rags) };
}

/** One entry per priority with actions, in plan order; repeated section rows of one priority count once. */
function summarisePriorities(actions: readonly RatedAction[]): PrioritySummary[] {
  return groupBy(actions, (a) => [a.sheet, a.priority.code]).map((group) => {
    const { priority } = group[0];
    return { sheet: priority.sheet, code: priority.code, title: priority.title, priority, ...rollUpOf(group) };
  });
}

/** One entry per objective with actions, in plan order: for the text report (the JSON and the sheets have none, and a check does not pay for it). */
export function summariseObjectives(actions: readonly RatedAction[]): ObjectiveSummary[] {
  const withObjective = actions.filter((a) => a.objective !== '');
  return groupBy(withObjective, (a) => [a.sheet, a.priority.code, a.objective]).map((group) => ({
    sheet: group[0].sheet,
    priority: group[0].priority.code,
    objective: group[0].objective,
    ...rollUpOf(group),
  }));
}

/** The product's own sheet of a kind among those the check skipped, as the adapters read it. */
function ownSheet(own: readonly SheetGrid[], kind: OwnSheetKind): SheetGrid | undefined {
  const place = ownSheetName(own, kind);
  return place.exists ? own.find((grid) => grid.name === place.name) : undefined;
}
