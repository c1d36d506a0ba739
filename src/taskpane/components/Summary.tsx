import * as React from 'react';
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DIRECTIONS, displayDay, nounFor, priorityLabel, type PlanResult, type TrendLine } from '../../plan';
import { RagChip } from './RagChip';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  count: { display: 'flex', flexDirection: 'column' },
  priorities: { listStyleType: 'none', paddingLeft: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  priority: { display: 'flex', gap: '8px', alignItems: 'baseline' },
  title: { minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground1 },
  direction: { whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
});

/** "▲ Improving" since the review before, in words and a symbol (never colour alone); nothing before a second review. */
function DirectionOfTravel({ line }: { line: TrendLine }) {
  const styles = useStyles();
  if (!line.direction) return null;
  const { symbol, word } = DIRECTIONS[line.direction];
  const since = line.reviews[line.reviews.length - 2].asOf;
  return (
    <Caption1 className={styles.direction} title={`Since the review of ${displayDay(since)}`}>
      <span aria-hidden="true">{symbol} </span>
      {word}
    </Caption1>
  );
}

/** "Priority 1: Hidden Harm", or the code alone where the plan gives no title. */
export function priorityName(p: { code: string; title: string }): string {
  return `Priority ${priorityLabel(p)}`;
}

/** What was found: tables, actions, findings by severity, and a RAG chip per priority with its direction of travel. */
function SummaryPanel({ result }: { result: PlanResult }) {
  const styles = useStyles();
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  return (
    <section aria-label="Summary">
      <div className={styles.counts}>
        {(
          [
            [result.actions.length, 'action'],
            [result.tables.length, 'table'],
            [count('error'), 'error'],
            [count('warning'), 'warning'],
            [count('info'), 'info'],
          ] as const
        ).map(([n, noun]) => (
          <div key={noun} className={styles.count}>
            <Text weight="semibold">{n}</Text>
            <Caption1>{nounFor(n, noun)}</Caption1>
          </div>
        ))}
      </div>
      <ul className={styles.priorities} aria-label="Priorities">
        {result.priorities.map((p, i) => (
          <li key={`${p.sheet}|${p.code}`} className={styles.priority}>
            <RagChip rag={p.rag} />
            <Text className={styles.title}>{priorityName(p)}</Text>
            <DirectionOfTravel line={result.trend.priorities[i]} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export const Summary = React.memo(SummaryPanel);
