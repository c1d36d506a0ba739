import { Day, displayDay } from './day';

export type Rag = 'red' | 'amber' | 'green' | 'blue' | 'none';

export const RAGS: readonly Rag[] = ['red', 'amber', 'green', 'blue', 'none'];

/**
 * How a board turns dates and progress into RAG. One named object, so a board
 * that allows a quarter's grace before red, or a wider amber window, changes
 * numbers here and nowhere else.
 */
export interface RagPolicy {
  name: string;
  /** Not complete and due within this many days after the as-of date: amber. */
  amberDays: number;
  /** Days past due before an action turns red (0: red the day after it is due). */
  graceDays: number;
  /** Words in progress or recorded status that mean the action is done. */
  completeWords: readonly string[];
  /** Words in progress that mean the action is slipping, whatever its date. */
  slippageWords: readonly string[];
  /** Words that, just before a complete or slippage word, cancel it ("not yet complete", "no delay"). */
  negations: readonly string[];
}

export const DEFAULT_POLICY: RagPolicy = Object.freeze({
  name: 'default',
  amberDays: 30,
  graceDays: 0,
  completeWords: ['complete', 'completed', 'done', 'achieved', 'finished', 'closed', 'delivered', 'signed off'],
  slippageWords: ['delayed', 'delay', 'delays', 'rescheduled', 'behind', 'at risk', 'slipped', 'slipping', 'slippage', 'postponed', 'deferred', 'overdue', 'paused', 'on hold'],
  negations: ['not', 'no', 'nothing', 'yet', 'partially', 'partly', 'nearly', 'almost', 'be', 'being', 'awaiting', 'until', 'once', 'when', 'if', 'before', 'un', 'without'],
});

export interface RagInput {
  due: Day | null;
  progress: string;
  recordedRag: Rag | null;
}

export interface RagResult {
  rag: Rag;
  /** Why, in an officer's words: shown in exceptions and next to disagreements. */
  reason: string;
}

export function computeRag(input: RagInput, asOf: Day, policy: RagPolicy = DEFAULT_POLICY): RagResult {
  if (input.recordedRag === 'blue') return { rag: 'blue', reason: 'recorded as complete' };
  if (saysComplete(input.progress, policy)) return { rag: 'blue', reason: 'progress says complete' };
  if (input.due !== null && input.due + policy.graceDays < asOf) {
    return { rag: 'red', reason: `overdue: due ${displayDay(input.due)}, not complete` };
  }
  const slippage = slippageWord(input.progress, policy);
  if (slippage) return { rag: 'amber', reason: `progress says "${slippage}"` };
  if (input.due === null) return { rag: 'none', reason: 'no due date to rate against' };
  if (input.due <= asOf + policy.amberDays) {
    return { rag: 'amber', reason: `due ${displayDay(input.due)}, within ${policy.amberDays} days` };
  }
  return { rag: 'green', reason: `on track: due ${displayDay(input.due)}` };
}

/** "Complete", "Completed September 2021", "100%" — but not "Not yet complete". */
export function saysComplete(progress: string, policy: RagPolicy = DEFAULT_POLICY): boolean {
  if (/(^|[^\d])100\s*%/.test(progress)) return true;
  return findWord(progress, policy.completeWords, policy.negations) !== null;
}

function slippageWord(progress: string, policy: RagPolicy): string | null {
  return findWord(progress, policy.slippageWords, policy.negations);
}

const wordPatterns = new WeakMap<readonly string[], RegExp[]>();

/** Compiled once per word list: the engine rates every action with the same policy. */
function patternsFor(words: readonly string[]): RegExp[] {
  let patterns = wordPatterns.get(words);
  if (!patterns) {
    patterns = words.map((word) => new RegExp(`\\b${word.replace(/ /g, '\\s+')}\\b`, 'g'));
    wordPatterns.set(words, patterns);
  }
  return patterns;
}

/** The first of `words` in `text` that is not cancelled by a negation among the three words before it. */
function findWord(text: string, words: readonly string[], negations: readonly string[]): string | null {
  if (text === '') return null;
  const lower = text.toLowerCase();
  const patterns = patternsFor(words);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    const pattern = patterns[i];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      const before = lower.slice(0, match.index).split(/[.;!?\n]/).pop() ?? '';
      const recent = before.split(/[^a-z]+/).filter(Boolean).slice(-3);
      if (!recent.some((w) => negations.includes(w))) return word;
    }
  }
  return null;
}

const RAG_WORDS: ReadonlyMap<string, Rag> = new Map<string, Rag>([
  ['r', 'red'], ['red', 'red'],
  ['a', 'amber'], ['amber', 'amber'], ['yellow', 'amber'], ['y', 'amber'],
  ['g', 'green'], ['green', 'green'],
  ['b', 'blue'], ['blue', 'blue'], ['complete', 'blue'], ['completed', 'blue'], ['c', 'blue'],
]);

const NOT_RATED = new Set(['', '-', '–', 'n/a', 'na', 'tbc', 'not rated', 'none']);

/**
 * A recorded RAG, read leniently: "G", "green", "Amber ", "B", "Blue".
 * Returns undefined when the cell holds something that is not a RAG at all
 * (INVALID_RAG), null when it is blank or says not rated.
 */
export function readRecordedRag(text: string): Rag | null | undefined {
  const trimmed = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NOT_RATED.has(trimmed)) return null;
  const folded = trimmed.replace(/[^a-z/\s]/g, '').trim();
  const direct = RAG_WORDS.get(folded);
  if (direct) return direct;
  const first = /^(red|amber|green|blue|complete|completed)\b/.exec(folded);
  return first ? RAG_WORDS.get(first[1]) : undefined;
}

const SEVERITY_ORDER: Record<Rag, number> = { red: 4, amber: 3, green: 2, blue: 1, none: 0 };

/**
 * Objective and priority RAG: worst first (red > amber > green), ignoring
 * none; blue only when every rated action is blue.
 */
export function rollUp(rags: Iterable<Rag>): Rag {
  let worst: Rag = 'none';
  for (const rag of rags) if (SEVERITY_ORDER[rag] > SEVERITY_ORDER[worst]) worst = rag;
  return worst;
}

export type RagCounts = Record<Rag, number>;

export function countRags(rags: Iterable<Rag>): RagCounts {
  const counts: RagCounts = { red: 0, amber: 0, green: 0, blue: 0, none: 0 };
  for (const rag of rags) counts[rag] += 1;
  return counts;
}
