import * as React from 'react';
import { Body1, Button, Checkbox, Field, Radio, RadioGroup, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { CheckOptions, PROPOSED_RAGS, PlanResult, SheetGrid, displayDay, logTime, readRecordedRag } from '../../plan';
import type { PlanWorkbookPort } from '../../workbook/port';
import { planLogSheet, recordAssessment } from '../../workbook/assuranceOperations';
import { useAction } from '../useAction';
import type { Notice } from './BoardPapers';
import { NoticeBar } from './NoticeBar';
import { priorityName } from './Summary';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

export interface RecordAssuranceProps {
  port: PlanWorkbookPort;
  options: CheckOptions;
  result: PlanResult;
  /** The workbook as validated: whether the plan keeps an action log table of its own. */
  grids: SheetGrid[];
}

/**
 * "Record proposal" and "Record decision": the subgroup's proposed RAG or
 * the executive's decided RAG for a priority at the review date, with the
 * comments, risks and recommendations that go with it, added to the
 * product's Priority Assurance sheet (never to the officer's cells).
 */
export function RecordAssurance({ port, options, result, grids }: RecordAssuranceProps) {
  const styles = useStyles();
  const [priority, setPriority] = React.useState(result.priorities[0]?.code ?? '');
  const [by, setBy] = React.useState<'subgroup' | 'executive'>('subgroup');
  const [rag, setRag] = React.useState('');
  const [comments, setComments] = React.useState('');
  const [risks, setRisks] = React.useState('');
  const [recommendations, setRecommendations] = React.useState('');
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const { busy: working, run: act } = useAction(setNotice);
  const busy = working !== null;
  const chosen = readRecordedRag(rag);
  const planLog = React.useMemo(() => planLogSheet(grids, result, priority), [grids, result, priority]);
  // Into the officer's own log only when they tick it: the product's own sheet otherwise.
  const [intoPlanLog, setIntoPlanLog] = React.useState(false);

  const record = () =>
    act('record', async () => {
      if (!chosen || chosen === 'none') return null;
      const entry = {
        priority,
        by,
        date: options.asOf,
        rag: chosen,
        comments: comments.trim(),
        risks: risks.trim(),
        recommendations: by === 'subgroup' ? recommendations.trim() : '',
      };
      const outcome = await recordAssessment(port, options, entry, logTime(), intoPlanLog && planLog !== null);
      if ('refused' in outcome) return { intent: 'error', text: outcome.refused };
      setComments('');
      setRisks('');
      setRecommendations('');
      return {
        intent: 'success',
        text: [
          `Recorded on "${outcome.sheet}": ${outcome.recorded}.`,
          intoPlanLog ? 'Each cell is on the Update Log; Undo last merge (under Merge returns) takes it back.' : '',
          'Validate again to compare it with the plan.',
          ...outcome.notices,
        ]
          .filter(Boolean)
          .join(' '),
      };
    });

  return (
    <section className={styles.section} aria-label="Record assurance">
      <Body1>{`An entry for a priority's action log, dated ${displayDay(options.asOf)} (the review date).`}</Body1>
      <Field label="Priority">
        <Select value={priority} onChange={(_e, data) => setPriority(data.value)}>
          {result.priorities.map((p) => (
            <option key={`${p.sheet}|${p.code}`} value={p.code}>
              {priorityName(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="What is recorded">
        <RadioGroup value={by} onChange={(_e, data) => setBy(data.value as 'subgroup' | 'executive')}>
          <Radio value="subgroup" label="Proposal by the subgroup" />
          <Radio value="executive" label="Decision by the executive" />
        </RadioGroup>
      </Field>
      <Field label={by === 'subgroup' ? 'Proposed RAG' : 'Decided RAG'} required>
        <Select value={rag} onChange={(_e, data) => setRag(data.value)}>
          <option value="">Choose…</option>
          {PROPOSED_RAGS.map((word) => (
            <option key={word} value={word}>
              {word}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Comments">
        <Textarea value={comments} onChange={(_e, data) => setComments(data.value)} resize="vertical" />
      </Field>
      {by === 'subgroup' && (
        <Field label="Recommendations">
          <Textarea value={recommendations} onChange={(_e, data) => setRecommendations(data.value)} resize="vertical" />
        </Field>
      )}
      <Field label="Identified risks and mitigation">
        <Textarea value={risks} onChange={(_e, data) => setRisks(data.value)} resize="vertical" />
      </Field>
      {planLog && (
        <Checkbox
          checked={intoPlanLog}
          onChange={(_e, data) => setIntoPlanLog(data.checked === true)}
          label={`Write it into the plan's own action log on "${planLog}", not the Priority Assurance sheet`}
        />
      )}
      <Button appearance="primary" disabled={busy || !chosen || chosen === 'none' || !priority} onClick={() => void record()}>
        {busy
          ? 'Recording…'
          : `${by === 'subgroup' ? 'Record proposal' : 'Record decision'}${intoPlanLog && planLog ? ` in "${planLog}"` : ''}`}
      </Button>
      <NoticeBar notice={notice} />
    </section>
  );
}
