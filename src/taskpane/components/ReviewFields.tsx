import * as React from 'react';
import { Field, Input, Select, SpinButton, makeStyles } from '@fluentui/react-components';
import { POLICIES } from '../../plan';
import type { CheckInputs } from '../usePlanCheck';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  field: { flexGrow: 1, minWidth: '130px' },
  wide: { flexBasis: '100%' },
});

export interface ReviewFieldsProps {
  review: CheckInputs;
  onChange(values: CheckInputs): void;
}

/** The review date, amber window and RAG policy the RAG is computed for. */
export function ReviewFields({ review, onChange }: ReviewFieldsProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label="Review date (as of)" className={styles.field}>
        <Input type="date" value={review.asOf} onChange={(_e, data) => data.value && onChange({ ...review, asOf: data.value })} />
      </Field>
      <Field label="Amber window (days)" className={styles.field}>
        <SpinButton
          value={review.amberDays}
          min={0}
          max={365}
          onChange={(_e, data) => {
            const value = data.value ?? Number(data.displayValue);
            if (Number.isInteger(value) && value >= 0 && value <= 365) onChange({ ...review, amberDays: value });
          }}
        />
      </Field>
      <Field
        label="RAG policy"
        className={styles.wide}
        hint={
          POLICIES.find((p) => p.name === review.policy)?.progressAgainstTime
            ? 'Actions with a % complete and start and end dates are rated by how far they lag the time gone; others by due date.'
            : undefined
        }
      >
        <Select value={review.policy} onChange={(_e, data) => onChange({ ...review, policy: data.value })}>
          {POLICIES.map((policy) => (
            <option key={policy.name} value={policy.name}>
              {policy.label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
