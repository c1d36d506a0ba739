import * as React from 'react';
import { Body1, Button, Caption1, Checkbox, Radio, RadioGroup, Field, makeStyles, tokens } from '@fluentui/react-components';
import { CheckOptions, RAG_TEXT, ReturnedChange, UpdateReturn, clipped, counted, displayDay, flagText, logTime, quote } from '../../plan';
import { MergeOutcome, actionsWritten, changeId, heldBack, mergeReturns, undoLastMerge } from '../../workbook/quarterOperations';
import type { PlanWorkbookPort } from '../../workbook/port';
import { toggled, useAction } from '../useAction';
import type { Notice } from './BoardPapers';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  change: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: '4px' },
  detail: { display: 'block', marginLeft: '32px', overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  flag: { display: 'block', marginLeft: '32px', color: tokens.colorPaletteDarkOrangeForeground1 },
  file: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

/** How much of a long progress text the list shows. */
const SHOWN_CHARS = 160;

export interface MergeReturnsProps {
  port: PlanWorkbookPort;
  options: CheckOptions;
}

interface Review {
  returns: UpdateReturn[];
  outcome: MergeOutcome;
}

/**
 * "Merge returns": the returned files read and matched to the plan by key;
 * each change shown against the plan, flagged where the officer should
 * look; written only for the actions the officer ticks, every cell on the
 * Update Log. "Undo last merge" puts the last merge's cells back.
 */
export function MergeReturns({ port, options }: MergeReturnsProps) {
  const styles = useStyles();
  // Said here, beside the buttons that did it: the pane's own messages are out of sight above a long step.
  const [notice, onNotice] = React.useState<Notice | null>(null);
  const input = React.useRef<HTMLInputElement>(null);
  const [review, setReview] = React.useState<Review | null>(null);
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = React.useState<'prepend' | 'replace'>('prepend');
  const [addColumns, setAddColumns] = React.useState(false);
  const { busy, run: act } = useAction(onNotice);

  const choose = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    void act('read', async () => {
      // The file reader loads when returns are chosen: in Excel the pane opens without it.
      const { readReturnBytes } = await import('../../workbook/returnFiles');
      const read = await Promise.allSettled(files.map(async (file) => readReturnBytes(await file.arrayBuffer(), file.name)));
      const returns = read.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const unread = read.flatMap((r, i) => (r.status === 'rejected' ? [`${files[i].name}: ${(r.reason as Error).message}`] : []));
      const outcome = await mergeReturns(port, options, returns, { write: false, includeFlagged: true, progress, when: logTime() });
      setReview({ returns, outcome });
      setChosen(new Set(outcome.changes.filter((c) => c.action && !heldBack(c)).map(changeId)));
      const refused = [...unread, ...outcome.refused.map((r) => `${r.file}: ${r.reason}`)];
      return refused.length > 0 ? { intent: 'warning', text: `Not read as returns for this plan — ${refused.join('; ')}` } : null;
    });
  };

  const merge = () =>
    act('merge', async () => {
      const outcome = await mergeReturns(port, options, review!.returns, {
        write: true,
        includeFlagged: true,
        only: chosen,
        progress,
        addColumns,
        when: logTime(),
      });
      setReview(null);
      const actions = actionsWritten(outcome.written);
      const left = outcome.notWritten.filter((n) => chosen.has(changeId(n.change)));
      return {
        intent: left.length > 0 || outcome.notices.length > 0 ? 'warning' : 'success',
        text: [
          outcome.written.length === 0
            ? 'Nothing was written.'
            : `Wrote ${counted(outcome.written.length, 'cell')} for ${counted(actions, 'action')}; each is on "${outcome.log}" with its old value.`,
          ...left.map((n) => `Not written: ${n.change.returned.ref || quote(n.change.returned.action, 40)}: ${n.reason}.`),
          ...outcome.notices,
        ].join(' '),
      };
    });

  const undo = () =>
    act('undo', async () => {
      const outcome = await undoLastMerge(port, logTime());
      if ('nothing' in outcome) return { intent: 'warning', text: outcome.nothing };
      return {
        intent: outcome.refused.length > 0 ? 'warning' : 'success',
        text: [
          `Undid the merge of ${outcome.undone}: ${counted(outcome.written.length, 'cell')} put back.`,
          ...outcome.refused.map((r) => `Left: ${r.reason}.`),
        ].join(' '),
      };
    });

  const changes = review?.outcome.changes ?? [];
  // A row whose action is no longer in the plan can be looked at, never merged.
  const mergeable = changes.filter((change) => change.action);
  return (
    <section className={styles.section} aria-label="Merge returns">
      <Body1>Choose the returns leads sent back: what they change is shown here first, and nothing is written until you merge.</Body1>
      <div className={styles.row}>
        <Button disabled={busy !== null} onClick={() => input.current?.click()}>
          {busy === 'read' ? 'Reading…' : 'Choose returned files…'}
        </Button>
        <input
          ref={input}
          className={styles.file}
          type="file"
          multiple
          accept=".xlsx"
          aria-label="Returned update returns (.xlsx)"
          onChange={choose}
          tabIndex={-1}
        />
        <Button disabled={busy !== null} onClick={() => void undo()}>
          {busy === 'undo' ? 'Undoing…' : 'Undo last merge'}
        </Button>
      </div>
      <NoticeBar notice={notice} />
      {review && changes.length === 0 && <Body1>The returns change nothing in the plan.</Body1>}
      {changes.length > 0 && (
        <>
          <Field label="Progress updates">
            <RadioGroup value={progress} onChange={(_e, data) => setProgress(data.value as 'prepend' | 'replace')}>
              <Radio value="prepend" label="Add above what the cell says, dated" />
              <Radio value="replace" label="Replace what the cell says" />
            </RadioGroup>
          </Field>
          {changes.some((change) => change.returned.revised || change.returned.reason) && (
            <Checkbox
              checked={addColumns}
              onChange={(_e, data) => setAddColumns(data.checked === true)}
              label="Where a table has no revised date or reason for delay column, add one beside it"
            />
          )}
          <div className={styles.row}>
            <Button size="small" appearance="subtle" onClick={() => setChosen(new Set(mergeable.map(changeId)))}>
              {`Tick all ${mergeable.length}, flagged too`}
            </Button>
            <Button size="small" appearance="subtle" disabled={chosen.size === 0} onClick={() => setChosen(new Set())}>
              Untick all
            </Button>
          </div>
          <ul className={styles.list} aria-label="Returned changes">
            {changes.map((change) => (
              <ChangeItem
                key={changeId(change)}
                change={change}
                checked={chosen.has(changeId(change))}
                onCheck={(on) => setChosen((ids) => toggled(ids, changeId(change), on))}
              />
            ))}
          </ul>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy !== null || chosen.size === 0} onClick={() => void merge()}>
              {busy === 'merge' ? 'Merging…' : `Merge ${counted(chosen.size, 'chosen action')}`}
            </Button>
            <Button appearance="subtle" disabled={busy !== null} onClick={() => setReview(null)}>
              Cancel
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function ChangeItem({ change, checked, onCheck }: { change: ReturnedChange; checked: boolean; onCheck(on: boolean): void }) {
  const styles = useStyles();
  const { returned, action } = change;
  const details = [
    action &&
      `Now: ${action.progress ? quote(action.progress, SHOWN_CHARS) : 'no progress written'}${action.recordedRagText ? ` · RAG ${action.recordedRagText}` : ''}`,
    returned.update && `Returned: ${quote(returned.update, SHOWN_CHARS)}`,
    returned.proposedText && `Proposed RAG: ${returned.proposed ? RAG_TEXT[returned.proposed] : returned.proposedText}`,
    returned.revised &&
      `Revised date: ${returned.revised.date === null ? returned.revised.text : displayDay(returned.revised.date)}${returned.reason ? ` — ${returned.reason}` : ''}`,
    returned.evidence && `Evidence: ${quote(returned.evidence, SHOWN_CHARS)}`,
  ].filter(Boolean) as string[];
  return (
    <li className={styles.change}>
      <Checkbox
        checked={checked}
        disabled={!action}
        onChange={(_e, data) => onCheck(data.checked === true)}
        label={`${returned.ref ? `${returned.ref} ` : ''}${clipped(returned.action, 80)} (${change.lead})`}
      />
      {details.map((line) => (
        <Caption1 key={line} className={styles.detail}>
          {line}
        </Caption1>
      ))}
      {change.flags.map((flag) => (
        <Caption1 key={flag.flag} className={styles.flag}>
          {`⚠ ${flagText(flag)}`}
        </Caption1>
      ))}
    </li>
  );
}
