import * as React from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_POLICY, Finding, RagColumnRefusal, checkOptionsFor, displayDay, isoDay, planRagColumns, today } from '../plan';
import type { PlanWorkbookPort, SettingsStore } from '../workbook/port';
import { CheckInputs, staleReason, usePlanCheck } from './usePlanCheck';
import { failureText } from './failure';
import { ReviewFields } from './components/ReviewFields';
import { RagKey } from './components/RagKey';
import { Summary } from './components/Summary';
import { Findings } from './components/Findings';
import { EmptyState } from './components/EmptyState';
import { WriteRagDialog } from './components/WriteRagDialog';
import { BoardPapers, Notice } from './components/BoardPapers';
import { Step } from './components/Step';
import { NoticeBar } from './components/NoticeBar';
import type { ReturnDelivery } from './returnDelivery';

// The quarter's steps load when the officer opens them: the pane opens without their code.
const RequestUpdates = React.lazy(() => import('./components/RequestUpdates').then((m) => ({ default: m.RequestUpdates })));
const MergeReturns = React.lazy(() => import('./components/MergeReturns').then((m) => ({ default: m.MergeReturns })));
const RecordAssurance = React.lazy(() => import('./components/RecordAssurance').then((m) => ({ default: m.RecordAssurance })));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    minWidth: '280px',
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

/** Requests to validate from outside the pane: the ribbon's "Validate plan" in Excel's shared runtime. */
export interface ValidateRequests {
  subscribe(listener: () => void): () => void;
}

export interface PlanPaneProps {
  port: PlanWorkbookPort;
  settings: SettingsStore;
  validateRequests?: ValidateRequests;
  /** How a lead's update return reaches the officer in this host. */
  delivery: ReturnDelivery;
}

/** The task pane: review settings, Validate plan, what was found, Write RAG column, the board papers, the quarter's updates. */
export function PlanPane({ port, settings, validateRequests, delivery }: PlanPaneProps) {
  const styles = useStyles();
  const [review, setReview] = React.useState<CheckInputs>({
    asOf: isoDay(today()),
    amberDays: DEFAULT_POLICY.amberDays,
    policy: DEFAULT_POLICY.name,
  });
  const [loaded, setLoaded] = React.useState(false);
  const { state, validate } = usePlanCheck(port);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [writing, setWriting] = React.useState(false);

  React.useEffect(() => {
    settings
      .load()
      .then(
        (saved) =>
          setReview((r) => ({ asOf: saved.asOf ?? r.asOf, amberDays: saved.amberDays ?? r.amberDays, policy: saved.policy ?? r.policy })),
        (error: Error) => setNotice({ intent: 'warning', text: `The saved review settings could not be read: ${error.message}` }),
      )
      .finally(() => setLoaded(true));
  }, [settings]);

  const run = React.useCallback(() => {
    setNotice(null);
    return validate(review);
  }, [validate, review]);
  // A request from the ribbon is counted, and run once the saved review settings are loaded, so it validates as of the date on screen.
  const [requested, setRequested] = React.useState(0);
  const handled = React.useRef(0);
  React.useEffect(() => validateRequests?.subscribe(() => setRequested((n) => n + 1)), [validateRequests]);
  React.useEffect(() => {
    if (!loaded || handled.current === requested) return;
    handled.current = requested;
    void run();
  }, [loaded, requested, run]);

  const changeReview = (values: CheckInputs) => {
    setReview(values);
    settings.save(values).catch((error: Error) => setNotice({ intent: 'warning', text: error.message }));
  };

  const select = React.useCallback(
    (finding: Finding) => {
      if (finding.sheet && finding.cell) {
        port
          .select(finding.sheet, finding.cell)
          .catch((error: Error) =>
            setNotice({ intent: 'error', text: `Could not select ${finding.sheet}!${finding.cell}: ${error.message}` }),
          );
      }
    },
    [port],
  );

  const stale = staleReason(state, review);
  const options = checkOptionsFor(review);
  const plan = React.useMemo(() => (state.status === 'done' ? planRagColumns(state.grids, state.result) : null), [state]);
  const write = async () => {
    if (!plan) return;
    setWriting(true);
    try {
      const { writeRagColumns } = await import('../workbook/operations');
      const outcome = await writeRagColumns(port, options, plan.columns);
      if ('changed' in outcome) setNotice({ intent: 'error', text: changedText(outcome.changed) });
      else
        setNotice({
          intent: 'success',
          text: `Wrote ${outcome.written.length} Computed RAG column${outcome.written.length === 1 ? '' : 's'} as of ${displayDay(options.asOf)}.`,
        });
    } catch (error) {
      setNotice({ intent: 'error', text: failureText(error) });
    } finally {
      setWriting(false);
    }
  };

  return (
    <main className={styles.pane} aria-label="Board Plan Tracker">
      <ReviewFields review={review} onChange={changeReview} />
      <RagKey policy={options.policy} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabled={state.status === 'running' || !loaded}>
          Validate plan
        </Button>
        {plan && <WriteRagDialog plan={plan} writing={writing} disabled={stale !== null} onWrite={() => void write()} />}
      </div>
      {state.status === 'running' && <Spinner size="small" label="Checking every row…" />}
      {stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{`${stale} These results are out of date: validate again before writing the RAG column.`}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void run()}>
              Validate again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <NoticeBar notice={notice} />
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'done' && state.result.tables.length === 0 && <EmptyState result={state.result} />}
      {state.status === 'done' && state.result.tables.length > 0 && (
        <>
          <BoardPapers port={port} options={options} onNotice={setNotice} />
          <Step title="Request updates from leads">
            <React.Suspense fallback={<Spinner size="tiny" />}>
              <RequestUpdates
                result={state.result}
                grids={state.grids}
                options={options}
                delivery={delivery}
                port={port}
                stale={stale !== null}
              />
            </React.Suspense>
          </Step>
          <Step title="Merge returns">
            <React.Suspense fallback={<Spinner size="tiny" />}>
              <MergeReturns port={port} options={options} />
            </React.Suspense>
          </Step>
          <Step title="Record proposal or decision">
            <React.Suspense fallback={<Spinner size="tiny" />}>
              <RecordAssurance port={port} options={options} result={state.result} grids={state.grids} />
            </React.Suspense>
          </Step>
          <Summary result={state.result} />
          <Findings result={state.result} onSelect={select} />
        </>
      )}
      <footer>
        <Link href="help.html" target="_blank" rel="noopener noreferrer">
          Help: how RAG is worked out, what each check means, what the add-in writes
        </Link>
      </footer>
    </main>
  );
}

/** Nothing was written because the workbook no longer matches what the officer confirmed: where, and what to do. */
function changedText(changes: RagColumnRefusal[]): string {
  const shown = changes.slice(0, 3).map((c) => `${c.sheet}!${c.cell} ${c.reason}`);
  const more = changes.length > 3 ? ` (and ${changes.length - 3} more)` : '';
  return `Nothing was written: the workbook has changed since you validated. ${shown.join('; ')}${more}. Validate again to see where the column goes now.`;
}
