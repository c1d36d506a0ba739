import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  step: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '4px' },
  toggle: { fontWeight: tokens.fontWeightSemibold, paddingLeft: 0, justifyContent: 'flex-start' },
  body: { paddingTop: '4px', paddingBottom: '8px' },
});

/**
 * One of the quarter's steps in the pane, closed until the officer opens
 * it: a button that says whether it is open (aria-expanded), and the step
 * below it. Its contents mount only when open, so their code can load then.
 */
export function Step({ title, children }: { title: string; children: React.ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const id = React.useId();
  return (
    <div className={styles.step}>
      <Button
        appearance="transparent"
        className={styles.toggle}
        icon={<span aria-hidden="true">{open ? '▾' : '▸'}</span>}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {title}
      </Button>
      {open && (
        <div id={id} className={styles.body}>
          {children}
        </div>
      )}
    </div>
  );
}
