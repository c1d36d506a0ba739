/**
 * How a board turns dates and progress into RAG. Named objects, so a board
 * that allows a quarter's grace before red, a wider amber window, or rates
 * by % complete against time elapsed, changes numbers here and nowhere else.
 */
export interface RagPolicy {
  /** Kept in the workbook's settings and given on the command line (--policy). */
  name: string;
  /** What the pane and the help page call it. */
  label: string;
  /** Not complete and due within this many days after the as-of date: amber. */
  amberDays: number;
  /** Days past due before an action turns red (0: red the day after it is due). */
  graceDays: number;
  /**
   * Past its due date, not complete, with a revised date still ahead: the
   * RAG it rates (past the revised date too, it is red). The due date stays
   * the baseline; the revision only says how late.
   */
  slipped: 'amber' | 'red';
  /** Words in progress or recorded status that mean the action is done. */
  completeWords: readonly string[];
  /** Words in progress that mean the action is slipping, whatever its date. */
  slippageWords: readonly string[];
  /** Words that, just before a complete or slippage word, cancel it ("not yet complete", "no delay"). */
  negations: readonly string[];
  /**
   * Rate a dated action with a % complete by how far it lags the share of
   * its time (start to due) already gone: amber when behind by more than
   * amberBehind, red by more than redBehind (fractions of the whole).
   */
  progressAgainstTime?: { amberBehind: number; redBehind: number };
}

export const DEFAULT_POLICY: RagPolicy = Object.freeze({
  name: 'default',
  label: 'Due dates and progress',
  amberDays: 30,
  graceDays: 0,
  slipped: 'amber',
  completeWords: ['complete', 'completed', 'done', 'achieved', 'finished', 'closed', 'delivered', 'signed off'],
  slippageWords: [
    'delayed',
    'delay',
    'delays',
    'rescheduled',
    'behind',
    'at risk',
    'slipped',
    'slipping',
    'slippage',
    'postponed',
    'deferred',
    'overdue',
    'paused',
    'on hold',
    'off track',
  ],
  negations: [
    'not',
    'no',
    'nothing',
    'yet',
    'partially',
    'partly',
    'nearly',
    'almost',
    'be',
    'being',
    'awaiting',
    'until',
    'once',
    'when',
    'if',
    'before',
    'un',
    'without',
  ],
});

/** How several councils rate: % complete against the share of the action's time gone. */
export const PROGRESS_AGAINST_TIME_POLICY: RagPolicy = Object.freeze({
  ...DEFAULT_POLICY,
  name: 'progress-against-time',
  label: '% complete against time elapsed',
  progressAgainstTime: Object.freeze({ amberBehind: 0.1, redBehind: 0.25 }),
});

export const POLICIES: readonly RagPolicy[] = [DEFAULT_POLICY, PROGRESS_AGAINST_TIME_POLICY];
