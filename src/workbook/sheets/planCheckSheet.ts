import { Finding, PlanResult, RULES, counted, displayDay, ownSheetMark, priorityLabel } from '../../plan';
import { Layout } from './layout';
import { SheetSpec, emptySpec } from './spec';
import { STYLES } from './styles';

const WIDTHS = [10, 26, 18, 22, 84, 22];
const TITLE = new Map(RULES.map((rule) => [rule.id, rule.title]));
const SEVERITY_STYLE = { error: STYLES.error, warning: STYLES.warning, info: {} };

/** Every finding, errors first, each linking to its cell. */
export function planCheckSheet(result: PlanResult, planName: string, name: string): SheetSpec {
  const spec = emptySpec(name);
  spec.widths = WIDTHS;
  const layout = new Layout(spec);
  layout.add([ownSheetMark('Plan Check', 'replaced each time the summary is generated.')], { style: STYLES.mark });
  layout.add([`Plan check: ${planName}`], { style: STYLES.title });
  const count = (severity: Finding['severity']) => counted(result.findings.filter((f) => f.severity === severity).length, severity);
  layout.add([`As of ${displayDay(result.asOf)} · ${count('error')} · ${count('warning')} · ${count('info')}`], { style: STYLES.subtitle });
  const header = layout.add(['Severity', 'Problem', 'Priority', 'Cell', 'Message', 'Rule'], { style: STYLES.header });
  if (result.findings.length === 0) layout.add(['No findings: every plan row passed every rule.'], { style: STYLES.note });
  for (const finding of [...result.findings].sort(errorsFirst)) {
    const at = finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : 'the workbook';
    const priority = result.priorities.find((p) => p.sheet === finding.sheet && p.code === finding.priority);
    const row = layout.add(
      [
        finding.severity,
        TITLE.get(finding.rule) ?? finding.rule,
        priority ? priorityLabel(priority) : (finding.priority ?? ''),
        at,
        finding.message,
        finding.rule,
      ],
      { style: STYLES.body, cells: { 0: SEVERITY_STYLE[finding.severity] } },
    );
    if (finding.sheet && finding.cell) spec.links.push({ row, col: 3, sheet: finding.sheet, cell: finding.cell });
  }
  spec.freezeRows = header + 1;
  spec.print = { landscape: true, titleRows: [header, header] };
  spec.hideGridlines = true;
  return spec;
}

const RANK = { error: 0, warning: 1, info: 2 };

function errorsFirst(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity];
}
