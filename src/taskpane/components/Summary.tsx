import * as React from 'react';
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanResult } from '../../plan';
import { RagChip } from './RagChip';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  count: { display: 'flex', flexDirection: 'column' },
  priorities: { listStyleType: 'none', paddingLeft: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  priority: { display: 'flex', gap: '8px', alignItems: 'baseline' },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, color: tokens.colorNeutralForeground1 },
});

/** What was found: tables, actions, findings by severity, and a RAG chip per priority. */
function SummaryPanel({ result }: { result: PlanResult }) {
  const styles = useStyles();
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  return (
    <section aria-label="Summary">
      <div className={styles.counts}>
        <div className={styles.count}><Text weight="semibold">{result.actions.length}</Text><Caption1>actions</Caption1></div>
        <div className={styles.count}><Text weight="semibold">{result.tables.length}</Text><Caption1>tables</Caption1></div>
        <div className={styles.count}><Text weight="semibold">{count('error')}</Text><Caption1>errors</Caption1></div>
        <div className={styles.count}><Text weight="semibold">{count('warning')}</Text><Caption1>warnings</Caption1></div>
        <div className={styles.count}><Text weight="semibold">{count('info')}</Text><Caption1>info</Caption1></div>
      </div>
      <ul className={styles.priorities} aria-label="Priorities">
        {result.priorities.map((p) => (
          <li key={`${p.sheet}|${p.code}`} className={styles.priority}>
            <RagChip rag={p.rag} />
            <Text className={styles.title} title={p.title}>{`Priority ${p.code}${p.title ? `: ${p.title}` : ''}`}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const Summary = React.memo(SummaryPanel);
