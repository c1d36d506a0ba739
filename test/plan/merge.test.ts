import { checkPlan, mergeUpdates, parseIsoDay } from '../../src/plan';
import type { ReturnedChange, ReturnedRow } from '../../src/plan';
import { grid } from '../helpers/grid';

const AS_OF = parseIsoDay('2022-10-15')!;

/** A plan keeping progress and RAG per quarter, a revised date and a reason, and a row of two actions. */
const plan = grid('Plan', [
  ['Business Plan 2022-23'],
  [
    'Ref',
    'Action',
    'Lead',
    'Target date',
    'Revised date',
    'Reason for delay',
    'Q1 update',
    'Q1 RAG',
    'Q2 update',
    'Q2 RAG',
    'Q3 update',
    'Q3 RAG',
  ],
  ['1.1', 'Audit of case files', 'Audit Group', 'Jun 2022', '', '', 'Started', 'G', '', '', '', ''],
  ['1.2', 'Refresh the strategy', 'Board', 'Mar 2023', '', '', '', '', 'Draft out', 'G', '', ''],
  ['1.3', 'Training needs analysis\nTraining plan', 'Training Group', 'Jun 2022\nDec 2022', '', '', '', '', '', '', '', ''],
]);

const changeOf = (result: ReturnType<typeof checkPlan>, ref: string, returned: Partial<ReturnedRow>): ReturnedChange => {
  const action = result.actions.find((a) => a.ref === ref)!;
  return {
    file: 'audit.xlsx',
    lead: action.owner,
    action,
    flags: [],
    returned: {
      row: 8,
      key: '',
      fingerprint: '',
      ref,
      action: action.text,
      update: '',
      proposed: null,
      proposedText: '',
      revised: null,
      reason: '',
      evidence: '',
      ...returned,
    },
  };
};

describe('writing confirmed returns into the plan', () => {
  const result = checkPlan([plan], { asOf: AS_OF });

  it('writes the update into this quarter’s column, above what it holds as a dated line, and the RAG, date and reason into theirs', () => {
    const { updates, notWritten } = mergeUpdates(
      result,
      [plan],
      [
        changeOf(result, '1.1', {
          update: 'Audit done; report due',
          proposed: 'amber',
          revised: { text: 'Dec 2022', date: parseIsoDay('2022-12-31'), kind: 'month', milestones: [] },
          reason: 'Data late',
        }),
        changeOf(result, '1.2', { update: 'Consultation closed' }),
      ],
      { asOf: AS_OF, progress: 'prepend' },
    );
    expect(notWritten).toEqual([]);
    expect(updates.map((u) => [u.row, u.col, u.role, u.old, u.value])).toEqual([
      // Q3 (October to December) has begun by 15 October: its columns are this review's.
      [2, 10, 'progress', '', '15 Oct 2022: Audit done; report due'],
      [2, 11, 'recordedRag', '', 'Amber'],
      [2, 4, 'revisedDue', '', { day: parseIsoDay('2022-12-31') }],
      [2, 5, 'delayReason', '', 'Data late'],
      [3, 10, 'progress', '', '15 Oct 2022: Consultation closed'],
    ]);
  });

  it('replaces the progress when the officer chooses, and keeps what it held as the old value', () => {
    const before = checkPlan([plan], { asOf: parseIsoDay('2022-08-15')! });
    const { updates } = mergeUpdates(before, [plan], [changeOf(before, '1.2', { update: 'Consultation closed' })], {
      asOf: parseIsoDay('2022-08-15')!,
      progress: 'replace',
    });
    expect(updates.map((u) => [u.col, u.old, u.value])).toEqual([[8, 'Draft out', 'Consultation closed']]);
  });

  it('never writes over a formula', () => {
    const withFormula = { ...plan, rows: plan.rows.map((row) => row && [...row]) };
    withFormula.rows[3]![8] = { value: 'Draft out', text: 'Draft out', kind: 'text', formula: true };
    const before = checkPlan([withFormula], { asOf: parseIsoDay('2022-08-15')! });
    const { updates, notWritten } = mergeUpdates(before, [withFormula], [changeOf(before, '1.2', { update: 'Consultation closed' })], {
      asOf: parseIsoDay('2022-08-15')!,
      progress: 'replace',
    });
    expect(updates).toEqual([]);
    expect(notWritten.map((n) => n.reason)).toEqual(['the progress cell holds a formula: for the officer to write']);
  });

  it('says what it cannot write instead of guessing: a row of several actions, a cell two returns write, an action gone', () => {
    const twice = [changeOf(result, '1.1', { reason: 'First' }), { ...changeOf(result, '1.1', { reason: 'Second' }), file: 'other.xlsx' }];
    const several = result.actions.find((a) => a.ref === '1.3' && a.part === 1)!;
    const gone: ReturnedChange = { ...changeOf(result, '1.2', { update: 'x' }), action: null };
    const { updates, notWritten } = mergeUpdates(
      result,
      [plan],
      [...twice, { ...changeOf(result, '1.2', { update: 'y' }), action: several }, gone],
      { asOf: AS_OF, progress: 'prepend' },
    );
    expect(updates.map((u) => [u.file, u.value])).toEqual([['audit.xlsx', 'First']]);
    expect(notWritten.map((n) => n.reason)).toEqual([
      'another return writes the same reason for delay cell',
      'row 5 holds 2 actions: its cells are for the officer to write',
      'the action is no longer in the plan',
    ]);
  });
});
