import { Finding, PlanResult, RULES, counted, displayDay, ownSheetMark, priorityLabel } from '../../plan';
import { Layout } from './layout';
import { SheetSpec, emptySpec } from './spec';
import { STYLES } from './styles';
import { PlacedTable, TableColumn } from './table';

type Key = 'severity' | 'problem' | 'priority' | 'cell' | 'message' | 'rule';
/** The columns, by name, with their widths in characters. */
const COLUMNS: (TableColumn<Key> & { width: number })[] = [
  { key: 'severity', header: 'Severity', width: 10 },
  { key: 'problem', header: 'Problem', width: 26 },
  { key: 'priority', header: 'Priority', width: 18 },
  { key: 'cell', header: 'Cell', width: 22 },
  { key: 'message', header: 'Message', width: 84 },
  { key: 'rule', header: 'Rule', width: 22 },
];
const TITLE = new Map(RULES.map((rule) => [rule.id, rule.title]));
const SEVERITY_STYLE = { error: STYLES.error, warning: STYLES.warning, info: {} };

/** Every finding, errors first, each linking to its cell. */
export function planCheckSheet(result: PlanResult, planName: string, name: string): SheetSpec {
  const spec = emptySpec(name);
  spec.widths = COLUMNS.map((c) => c.width);
  const layout = new Layout(spec);
  layout.add([ownSheetMark('Plan Check', 'replaced each time the summary is generated.')], { style: STYLES.mark });
  layout.add([`Plan check: ${planName}`], { style: STYLES.title });
  const count = (severity: Finding['severity']) => counted(result.findings.filter((f) => f.severity === severity).length, severity);
  layout.add([`As of ${displayDay(result.asOf)} · ${count('error')} · ${count('warning')} · ${count('info')}`], { style: STYLES.subtitle });
  const findings = [...result.findings].sort(errorsFirst);
  const rows = findings.map((finding) => {
    const priority = result.priorities.find((p) => p.sheet === finding.sheet && p.code === finding.priority);
    return {
      severity: finding.severity,
      problem: TITLE.get(finding.rule) ?? finding.rule,
      priority: priority ? priorityLabel(priority) : (finding.priority ?? ''),
      cell: finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : 'the workbook',
      message: finding.message,
      rule: finding.rule,
    };
  });
  const placed = new PlacedTable(COLUMNS, rows);
  const header = layout.table(placed, rows, {
    header: STYLES.header,
    body: STYLES.body,
    cellsOf: (i) => ({ severity: SEVERITY_STYLE[findings[i].severity] }),
  });
  if (findings.length === 0) layout.add(['No findings: every plan row passed every rule.'], { style: STYLES.note });
  findings.forEach((finding, i) => {
    if (finding.sheet && finding.cell)
      spec.links.push({ row: header + 1 + i, col: placed.columnOf('cell'), sheet: finding.sheet, cell: finding.cell });
  });
  spec.freezeRows = header + 1;
  spec.print = { landscape: true, titleRows: [header, header] };
  spec.hideGridlines = true;
  return spec;
}

const RANK = { error: 0, warning: 1, info: 2 };

function errorsFirst(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity];
}
