import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_POLICY, Finding, isoDay, parseIsoDay, planRagColumns, today } from '../plan';
import type { PlanWorkbookPort } from '../workbook/port';
import type { SettingsStore } from './settings';
import { usePlanCheck } from './usePlanCheck';
import { ReviewFields } from './components/ReviewFields';
import { Summary } from './components/Summary';
import { Findings } from './components/Findings';
import { EmptyState } from './components/EmptyState';
import { WriteRagDialog } from './components/WriteRagDialog';
import { BoardPapers, Notice } from './components/BoardPapers';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px', minWidth: '280px', color: tokens.colorNeutralForeground1 },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

export interface PlanPaneProps {
  port: PlanWorkbookPort;
  settings: SettingsStore;
  /** Validate as soon as the pane opens (the ribbon's "Validate plan"). */
  validateOnOpen?: boolean;
}

/** The task pane: review settings, Validate plan, what was found, Write RAG column, the board papers. */
export function PlanPane({ port, settings, validateOnOpen = false }: PlanPaneProps) {
  const styles = useStyles();
  const saved = React.useMemo(() => settings.load(), [settings]);
  const [review, setReview] = React.useState({ asOf: saved.asOf ?? isoDay(today()), amberDays: saved.amberDays ?? 30 });
  const { state, validate } = usePlanCheck(port);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [writing, setWriting] = React.useState(false);

  const run = React.useCallback(() => { setNotice(null); return validate(review); }, [validate, review]);
  // Once, when the pane opens from the ribbon's "Validate plan".
  React.useEffect(() => { if (validateOnOpen) void run(); }, []);

  const changeReview = (values: { asOf: string; amberDays: number }) => {
    setReview(values);
    settings.save(values).catch((error: Error) => setNotice({ intent: 'error', text: `The review settings could not be saved in the workbook: ${error.message}` }));
  };

  const select = (finding: Finding) => {
    if (finding.sheet && finding.cell) {
      port.select(finding.sheet, finding.cell).catch((error: Error) => setNotice({ intent: 'error', text: `Could not select ${finding.sheet}!${finding.cell}: ${error.message}` }));
    }
  };

  const plan = state.status === 'done' ? planRagColumns(state.grids, state.result) : null;
  const write = async () => {
    if (!plan) return;
    setWriting(true);
    try {
      await port.writeRagColumns(plan.columns);
      setNotice({ intent: 'success', text: `Wrote ${plan.columns.length} Computed RAG column${plan.columns.length === 1 ? '' : 's'}.` });
    } catch (error) {
      setNotice({ intent: 'error', text: `Nothing was written: ${(error as Error).message}` });
    } finally {
      setWriting(false);
    }
  };

  return (
    <main className={styles.pane} aria-label="Board Plan Tracker">
      <ReviewFields asOf={review.asOf} amberDays={review.amberDays} onChange={changeReview} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabled={state.status === 'running'}>Validate plan</Button>
        {plan && <WriteRagDialog plan={plan} writing={writing} onWrite={() => void write()} />}
      </div>
      {state.status === 'running' && <Spinner size="small" label="Checking every row…" />}
      {notice && <MessageBar intent={notice.intent}><MessageBarBody>{notice.text}</MessageBarBody></MessageBar>}
      {state.status === 'failed' && <MessageBar intent="error"><MessageBarBody>{state.message}</MessageBarBody></MessageBar>}
      {state.status === 'done' && state.result.tables.length === 0 && <EmptyState result={state.result} />}
      {state.status === 'done' && state.result.tables.length > 0 && (
        <>
          <BoardPapers
            port={port}
            options={{ asOf: parseIsoDay(review.asOf) ?? today(), policy: { ...DEFAULT_POLICY, amberDays: review.amberDays } }}
            onNotice={setNotice}
          />
          <Summary result={state.result} />
          <Findings result={state.result} onSelect={select} />
        </>
      )}
    </main>
  );
}
