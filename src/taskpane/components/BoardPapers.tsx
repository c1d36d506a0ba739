import * as React from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { CheckOptions, displayDay } from '../../plan';
import type { PlanWorkbookPort } from '../../workbook/port';
import { useAction } from '../useAction';

const useStyles = makeStyles({ row: { display: 'flex', gap: '8px', flexWrap: 'wrap' } });

export interface Notice {
  intent: 'success' | 'warning' | 'error';
  text: string;
}

export interface BoardPapersProps {
  port: PlanWorkbookPort;
  options: CheckOptions;
  onNotice(notice: Notice): void;
}

/** "Generate board summary" and "Save review snapshot": each writes only the product's own sheets. */
export function BoardPapers({ port, options, onNotice }: BoardPapersProps) {
  const styles = useStyles();
  const { busy, run: act } = useAction((notice) => notice && onNotice(notice));

  // The sheets' layout loads with the first paper written: the pane opens without it.
  const operations = () => import('../../workbook/operations');

  const summary = () =>
    act('summary', async () => {
      const done = await (await operations()).generateBoardSummary(port, options);
      return {
        intent: done.notices.length ? 'warning' : 'success',
        text: [`Wrote "${done.sheets[0]}" and "${done.sheets[1]}" as of ${displayDay(options.asOf)}.`, ...done.notices].join(' '),
      };
    });

  const snapshot = () =>
    act('snapshot', async () => {
      const done = await (await operations()).saveReviewSnapshot(port, options);
      if ('refused' in done) return { intent: 'warning', text: done.refused };
      return {
        intent: 'success',
        text: [`Saved ${done.actions} actions' RAG as of ${displayDay(options.asOf)} to "${done.sheet}".`, ...done.notices].join(' '),
      };
    });

  return (
    <div className={styles.row} role="group" aria-label="Board papers">
      <Button onClick={() => void summary()} disabled={busy !== null}>
        {busy === 'summary' ? 'Writing the summary…' : 'Generate board summary'}
      </Button>
      <Button onClick={() => void snapshot()} disabled={busy !== null}>
        {busy === 'snapshot' ? 'Saving…' : 'Save review snapshot'}
      </Button>
    </div>
  );
}
