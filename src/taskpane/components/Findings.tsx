import * as React from 'react';
import { Button, Caption1, Subtitle2, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { RULES } from '../../plan';
import { priorityName } from './Summary';
import type { Finding, PlanResult, Severity } from '../../plan';

const TITLE = new Map(RULES.map((rule) => [rule.id, rule.title]));

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const SEVERITY_COLOUR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorNeutralForeground3,
};

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  group: { listStyleType: 'none', paddingLeft: 0, margin: 0 },
  finding: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    paddingTop: '4px',
    paddingBottom: '4px',
    fontWeight: 'normal',
  },
  body: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 },
  rule: { fontFamily: tokens.fontFamilyMonospace },
  secondary: { color: tokens.colorNeutralForeground3 },
  section: { marginTop: '12px' },
  groupHeading: { margin: 0 },
});

interface Group {
  key: string;
  heading: string;
  /** The sheet, where the heading names a priority. */
  sheet: string | null;
  findings: Finding[];
}

/** Findings by sheet, then priority, in the order the engine reported them (errors first). */
function groupFindings(result: PlanResult, findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const priority = result.priorities.find((p) => p.sheet === finding.sheet && p.code === finding.priority);
    const heading = finding.sheet === null ? 'Workbook' : priority ? priorityName(priority) : `Sheet ${finding.sheet}`;
    const key = `${finding.sheet}|${priority?.code ?? ''}`;
    if (!groups.has(key)) groups.set(key, { key, heading, sheet: priority ? finding.sheet : null, findings: [] });
    groups.get(key)!.findings.push(finding);
  }
  return [...groups.values()];
}

export interface FindingsProps {
  result: PlanResult;
  onSelect(finding: Finding): void;
}

/** Every finding, filterable by severity; clicking one selects its cell. */
function FindingsList({ result, onSelect }: FindingsProps) {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Set<Severity>>(() => new Set(SEVERITIES));
  const toggle = (severity: Severity) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  const visible = result.findings.filter((f) => shown.has(f.severity));
  return (
    <section aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading">
        Findings
      </Subtitle2>
      <div className={styles.filters} role="group" aria-label="Show findings of severity">
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            appearance={shown.has(severity) ? 'primary' : 'outline'}
            checked={shown.has(severity)}
            onClick={() => toggle(severity)}
          >
            {`${SEVERITY_LABEL[severity]} (${result.findings.filter((f) => f.severity === severity).length})`}
          </ToggleButton>
        ))}
      </div>
      {visible.length === 0 && <Text>No findings to show.</Text>}
      {groupFindings(result, visible).map((group) => (
        <section key={group.key} aria-label={group.heading} className={styles.section}>
          <Subtitle2 as="h3" block className={styles.groupHeading}>
            {group.heading}
          </Subtitle2>
          {group.sheet && <Caption1 block className={styles.secondary}>{`Sheet ${group.sheet}`}</Caption1>}
          <ul className={styles.group}>
            {group.findings.map((finding, i) => (
              <li key={`${finding.rule}|${finding.cell}|${i}`}>
                <Button appearance="subtle" className={styles.finding} disabled={finding.cell === null} onClick={() => onSelect(finding)}>
                  <span className={styles.body}>
                    <Text weight="semibold">
                      <span style={{ color: SEVERITY_COLOUR[finding.severity] }}>{`${SEVERITY_WORD[finding.severity]}: `}</span>
                      {TITLE.get(finding.rule) ?? finding.rule}
                    </Text>
                    <Text size={200}>{finding.message}</Text>
                    <Caption1 className={styles.secondary}>
                      {finding.cell ? `${finding.cell} · ` : ''}
                      <span className={styles.rule}>{finding.rule}</span>
                    </Caption1>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Memoised: the pane renders again at every keystroke in the review fields, and the findings are its longest list. */
export const Findings = React.memo(FindingsList);
