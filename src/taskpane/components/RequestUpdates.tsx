import * as React from 'react';
import { Body1, Button, Caption1, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { CheckOptions, PlanResult, SheetGrid, counted, isoDay, leadsOf, logTime, parseIsoDay } from '../../plan';
import type { PlanWorkbookPort } from '../../workbook/port';
import type { ReturnFile } from '../../workbook/returnFiles';
import { failureText } from '../failure';
import { toggled } from '../useAction';
import type { ReturnDelivery } from '../returnDelivery';
import type { Notice } from './BoardPapers';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  fields: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  lead: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** Two weeks from the review: the default date returns are due back. */
const RETURN_DAYS = 14;

export interface RequestUpdatesProps {
  result: PlanResult;
  grids: SheetGrid[];
  options: CheckOptions;
  delivery: ReturnDelivery;
  /** The plan's workbook, where the Returns sheet records what was asked for. */
  port: PlanWorkbookPort;
  /** The results on screen no longer hold: returns made from them would carry an old plan. */
  stale: boolean;
}

/**
 * "Request updates": the plan's leads with their action counts (near
 * duplicates merged by the officer), and each lead's update return — only
 * their actions, the cells to fill unlocked — to download or open.
 */
export function RequestUpdates({ result, grids, options, delivery, port, stale }: RequestUpdatesProps) {
  const styles = useStyles();
  // Said here, beside the buttons that did it: the pane's own messages are out of sight above a long step.
  const [notice, onNotice] = React.useState<Notice | null>(null);
  const [returnBy, setReturnBy] = React.useState(isoDay(options.asOf + RETURN_DAYS));
  const [returnTo, setReturnTo] = React.useState('');
  const [merged, setMerged] = React.useState<ReadonlyMap<string, string>>(new Map());
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = React.useState<string | null>(null);
  const leads = React.useMemo(() => leadsOf(result.actions, merged), [result, merged]);
  const due = parseIsoDay(returnBy);
  const dueProblem = due === null ? 'Choose a date' : due < options.asOf ? 'Choose a date on or after the review date' : undefined;
  const blocked = busy !== null || dueProblem !== undefined || stale;
  // The workbook writer loads when the first return is made: the pane opens without it.
  const files = async () =>
    (await import('../../workbook/returnFiles')).returnFiles(result, grids, { asOf: options.asOf, returnBy: due!, returnTo, merged });

  /** Hands the returns over, then records them on the Returns sheet; a return handed over is said even if recording fails. */
  const deliver = async (label: string, work: (made: ReturnFile[]) => Promise<string>) => {
    setBusy(label);
    onNotice(null);
    try {
      const all = await files();
      const made = label === 'all' ? all : all.filter((file) => file.lead === leads.find((lead) => lead.key === label)?.name);
      const said = await work(made);
      const { recordRequests } = await import('../../workbook/quarterOperations');
      try {
        const recorded = await recordRequests(
          port,
          made.map((file) => ({ lead: file.lead, actions: file.actions, file: file.name })),
          { asOf: isoDay(options.asOf), returnBy },
          logTime(),
        );
        onNotice({
          intent: 'success',
          text: [said, `Recorded on "${recorded.sheet}", awaited until it comes back.`, ...recorded.notices].join(' '),
        });
      } catch (error) {
        onNotice({ intent: 'warning', text: `${said} It could not be recorded on the Returns sheet: ${failureText(error)}` });
      }
    } catch (error) {
      onNotice({ intent: 'error', text: `The update return could not be made: ${(error as Error).message}` });
    } finally {
      setBusy(null);
    }
  };
  const one = (key: string) => deliver(key, ([file]) => delivery.one(file));

  const mergeChosen = () => {
    // Into the chosen lead with most actions (leads come most first); leads merged before follow theirs.
    const into = leads.find((lead) => chosen.has(lead.key))!.key;
    const next = new Map(merged);
    for (const [from, to] of merged) if (chosen.has(to)) next.set(from, into);
    for (const key of chosen) if (key !== into) next.set(key, into);
    setMerged(next);
    setChosen(new Set());
  };
  const toggle = (key: string, on: boolean) => setChosen((keys) => toggled(keys, key, on));

  return (
    <section className={styles.section} aria-label="Request updates">
      <Body1>One return per lead, holding only their actions, for them to fill in and send back.</Body1>
      <div className={styles.fields}>
        <Field label="Return by" validationMessage={dueProblem}>
          <Input type="date" value={returnBy} onChange={(_e, data) => setReturnBy(data.value)} />
        </Field>
        <Field label="Return to">
          <Input value={returnTo} placeholder="Your name or email" onChange={(_e, data) => setReturnTo(data.value)} />
        </Field>
      </div>
      <ul className={styles.list} aria-label="Leads">
        {leads.map((lead) => (
          <li key={lead.key} className={styles.lead}>
            <Checkbox
              checked={chosen.has(lead.key)}
              onChange={(_e, data) => toggle(lead.key, data.checked === true)}
              label={`${lead.name} — ${counted(lead.actions.length, 'action')}`}
            />
            <Button
              size="small"
              disabled={blocked}
              onClick={() => void one(lead.key)}
              aria-label={`${delivery.verb} ${lead.name}'s return`}
            >
              {busy === lead.key ? 'Making…' : delivery.verb}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button size="small" disabled={chosen.size < 2} onClick={mergeChosen}>
          Merge chosen leads
        </Button>
        {merged.size > 0 && (
          <Button size="small" appearance="subtle" onClick={() => setMerged(new Map())}>
            Keep every lead apart
          </Button>
        )}
        {delivery.all && (
          <Button
            size="small"
            appearance="primary"
            disabled={blocked}
            onClick={() => void deliver('all', (made) => delivery.all!(made, isoDay(options.asOf)))}
          >
            {busy === 'all' ? 'Making…' : `Download all ${leads.length} (.zip)`}
          </Button>
        )}
      </div>
      {stale && <Caption1>Validate again first: each return is made from the plan as last validated.</Caption1>}
      <NoticeBar notice={notice} />
      {delivery.note && <Caption1>{delivery.note}</Caption1>}
    </section>
  );
}
