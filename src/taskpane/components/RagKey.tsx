import * as React from 'react';
import { Caption1, makeStyles } from '@fluentui/react-components';
import { RAGS, type Rag, type RagPolicy } from '../../plan';
import { RagChip } from './RagChip';

const useStyles = makeStyles({
  key: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px', listStyleType: 'none', paddingLeft: 0, margin: 0 },
  item: { display: 'flex', gap: '4px', alignItems: 'baseline' },
});

/** What each RAG means under the policy on screen, in a few words. */
function meanings(policy: RagPolicy): Record<Rag, string> {
  const grace = policy.graceDays > 0 ? ` more than ${policy.graceDays} days` : '';
  return {
    red: `overdue${grace}`,
    amber: policy.progressAgainstTime ? 'behind for its time, slipping, or due soon' : `due within ${policy.amberDays} days, or slipping`,
    green: 'on track',
    blue: 'complete',
    none: 'undated or withdrawn',
  };
}

/** The RAG key beside the review fields, so the chips below need no guessing. */
export function RagKey({ policy }: { policy: RagPolicy }) {
  const styles = useStyles();
  const meaning = meanings(policy);
  return (
    <ul className={styles.key} aria-label="RAG key">
      {RAGS.map((rag) => (
        <li key={rag} className={styles.item}>
          <RagChip rag={rag} />
          <Caption1>{meaning[rag]}</Caption1>
        </li>
      ))}
    </ul>
  );
}
