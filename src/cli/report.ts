import {
  Finding,
  ObjectiveSummary,
  PlanResult,
  PrioritySummary,
  RAGS,
  RAG_WORDS,
  RULES,
  Rag,
  counted,
  RagCounts,
  summariseObjectives,
  RatedAction,
  displayDay,
  isoDay,
} from '../plan';

/** Upper case in the terminal, where colour cannot be relied on; not rated as a dash. */
const RAG_LABEL = Object.fromEntries(RAGS.map((rag) => [rag, rag === 'none' ? '-' : RAG_WORDS[rag].label.toUpperCase()])) as Record<
  Rag,
  string
>;

/** Rule IDs line up however long the longest is. */
const RULE_WIDTH = Math.max(...RULES.map((rule) => rule.id.length));

function countsText(counts: RagCounts): string {
  return RAGS.map((rag) => `${counts[rag]} ${RAG_WORDS[rag].label.toLowerCase()}`).join(', ');
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function severityCounts(findings: readonly Finding[]): string {
  const count = (severity: string) => counted(findings.filter((f) => f.severity === severity).length, severity);
  return `${count('error')}, ${count('warning')}, ${count('info')}`;
}

function actionLine(action: RatedAction): string {
  const ref = action.ref ? `${action.ref}${action.parts > 1 ? ` (${action.part}/${action.parts})` : ''}` : `row ${action.row}`;
  const due = action.due.date === null ? action.due.kind : isoDay(action.due.date);
  return `    ${RAG_LABEL[action.rag].padEnd(6)} ${ref.padEnd(12)} ${due.padEnd(10)}  ${clip(action.owner || '(no lead)', 28).padEnd(28)}  ${clip(action.text, 70)}`;
}

function findingLine(finding: Finding): string {
  return `    ${finding.severity.padEnd(7)} ${finding.rule.padEnd(RULE_WIDTH)} ${(finding.cell ?? '').padEnd(6)} ${finding.message}`;
}

function objectiveLine(objective: ObjectiveSummary): string {
  return `    objective ${RAG_LABEL[objective.rag].padEnd(6)} ${clip(objective.objective, 90)}`;
}

function prioritySection(summary: PrioritySummary, objectives: ObjectiveSummary[], actions: RatedAction[], findings: Finding[]): string[] {
  const title = summary.title ? `Priority ${summary.code}: ${clip(summary.title, 80)}` : `Priority ${summary.code}`;
  const lines = [`  ${title}`, `    RAG ${RAG_LABEL[summary.rag]} — ${counted(actions.length, 'action')}: ${countsText(summary.counts)}`];
  lines.push(...objectives.map(objectiveLine), ...actions.map(actionLine));
  if (findings.length > 0) lines.push(`    Findings (${severityCounts(findings)}):`, ...findings.map((f) => `  ${findingLine(f)}`));
  return lines;
}

/** The readable report of `board-plan check`: by sheet, then priority, with counts. */
export function formatReport(file: string, result: PlanResult): string {
  const { actions, findings, period } = result;
  const lines = [
    `Board plan check: ${file}`,
    `As of ${displayDay(result.asOf)}; plan period ${period ? `${displayDay(period.start)} to ${displayDay(period.end)} (from "${period.label}")` : 'not found in any title'}; amber window ${result.policy.amberDays} days; RAG policy: ${result.policy.label}`,
    `${counted(result.tables.length, 'plan table')}, ${counted(actions.length, 'action')}; ${severityCounts(findings)}`,
    `RAG: ${countsText(Object.fromEntries(RAGS.map((rag) => [rag, actions.filter((a) => a.rag === rag).length])) as RagCounts)}`,
  ];
  const allObjectives = summariseObjectives(actions);
  for (const sheet of [...new Set(result.priorities.map((p) => p.sheet))]) {
    lines.push('', `Sheet '${sheet}'`);
    for (const summary of result.priorities.filter((p) => p.sheet === sheet)) {
      const own = (a: { sheet: string | null; priority?: string }) => a.sheet === sheet && a.priority === summary.code;
      const objectives = allObjectives.filter((o) => o.sheet === sheet && o.priority === summary.code);
      lines.push(
        ...prioritySection(
          summary,
          objectives,
          actions.filter((a) => a.sheet === sheet && a.priority.code === summary.code),
          findings.filter(own),
        ),
      );
    }
  }
  const other = findings.filter((f) => !result.priorities.some((p) => p.sheet === f.sheet && p.code === f.priority));
  if (other.length > 0) lines.push('', 'Other findings:', ...other.map((f) => `${findingLine(f)}${f.sheet ? ` ('${f.sheet}')` : ''}`));
  if (result.skipped.length > 0) {
    lines.push('', 'Skipped (not action plans):', ...result.skipped.map((s) => `    '${s.sheet}': ${s.reason}`));
  }
  return `${terminalSafe(lines.join('\n'))}\n`;
}

/**
 * Cell text reaches the terminal as text only: control characters (an escape
 * sequence in a cell could recolour, retitle or clear the officer's
 * terminal) are dropped, line breaks and tabs kept.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001B\[[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}
