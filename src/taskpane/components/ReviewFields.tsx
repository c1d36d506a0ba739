import * as React from 'react';
import { Field, Input, SpinButton, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ row: { display: 'flex', gap: '8px', flexWrap: 'wrap' }, field: { flexGrow: 1, minWidth: '130px' } });

export interface ReviewFieldsProps {
  asOf: string;
  amberDays: number;
  onChange(values: { asOf: string; amberDays: number }): void;
}

/** The review date and amber window the RAG is computed for. */
export function ReviewFields({ asOf, amberDays, onChange }: ReviewFieldsProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label="Review date (as of)" className={styles.field}>
        <Input type="date" value={asOf} onChange={(_e, data) => data.value && onChange({ asOf: data.value, amberDays })} />
      </Field>
      <Field label="Amber window (days)" className={styles.field}>
        <SpinButton
          value={amberDays}
          min={0}
          max={365}
          onChange={(_e, data) => {
            const value = data.value ?? Number(data.displayValue);
            if (Number.isInteger(value) && value >= 0 && value <= 365) onChange({ asOf, amberDays: value });
          }}
        />
      </Field>
    </div>
  );
}
