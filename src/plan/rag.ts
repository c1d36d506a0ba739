import { Day, displayDay } from './day';
import { LONG_RAG_WORDS, RAG_WORDS, Rag, ragOfWord } from './ragVocabulary';
import { DEFAULT_POLICY, RagPolicy } from './policies';
import { saysComplete, slippageWord } from './completion';
import { Status } from './statusWords';

export type { Rag } from './ragVocabulary';
export { DEFAULT_POLICY } from './policies';
export type { RagPolicy } from './policies';
export { saysComplete } from './completion';

export interface RagInput {
  /** When work starts; for rating against time, the plan's start where the action gives none. */
  start: Day | null;
  due: Day | null;
  /** A date the action has slipped to; the due date stays the baseline. */
  revisedDue: Day | null;
  progress: string;
  recordedRag: Rag | null;
  status: Status | null;
  /** 0 to 1; null when the plan keeps none. */
  percentComplete: number | null;
}

export interface RagResult {
  rag: Rag;
  /** Why, in an officer's words: shown in exceptions and next to disagreements. */
  reason: string;
}

export function computeRag(input: RagInput, asOf: Day, policy: RagPolicy = DEFAULT_POLICY): RagResult {
  if (input.status?.meaning === 'withdrawn') return { rag: 'none', reason: `not rated: marked "${input.status.text}"` };
  const complete = completeBecause(input, policy);
  if (complete) return { rag: 'blue', reason: complete };
  const slipped = slippedRag(input, asOf, policy);
  if (slipped) return slipped;
  if (input.due !== null && input.due + policy.graceDays < asOf) {
    return { rag: 'red', reason: `overdue: due ${displayDay(input.due)}, not complete` };
  }
  const againstTime = policy.progressAgainstTime && rateAgainstTime(input, asOf, policy.progressAgainstTime);
  if (againstTime && againstTime.rag !== 'green') return againstTime;
  const slipping = input.status?.meaning === 'slipping' ? `status says "${input.status.text}"` : slippageReason(input.progress, policy);
  if (slipping) return { rag: 'amber', reason: slipping };
  if (againstTime) return againstTime;
  if (input.due === null) return { rag: 'none', reason: 'no due date to rate against' };
  if (input.start !== null && input.start > asOf) return { rag: 'green', reason: `not due to start until ${displayDay(input.start)}` };
  if (input.due <= asOf + policy.amberDays) {
    return { rag: 'amber', reason: `due ${displayDay(input.due)}, within ${policy.amberDays} days` };
  }
  return { rag: 'green', reason: `on track: due ${displayDay(input.due)}` };
}

/**
 * Past its due date with a revised date: the policy's RAG while the revised
 * date is ahead, red once it too has passed. Null for an action not yet due
 * or with no revision (rated by its due date alone).
 */
function slippedRag(input: RagInput, asOf: Day, policy: RagPolicy): RagResult | null {
  const { due, revisedDue } = input;
  if (due === null || revisedDue === null || due + policy.graceDays >= asOf) return null;
  if (revisedDue + policy.graceDays < asOf)
    return { rag: 'red', reason: `overdue: due ${displayDay(due)}, revised to ${displayDay(revisedDue)}, not complete` };
  return { rag: policy.slipped, reason: `slipped to ${displayDay(revisedDue)} (due ${displayDay(due)})` };
}

/** Why the action counts as complete, or null. */
function completeBecause(input: RagInput, policy: RagPolicy): string | null {
  if (input.recordedRag === 'blue') return 'recorded as complete';
  if (input.percentComplete !== null && input.percentComplete >= 1) return '100% complete';
  if (input.status?.meaning === 'complete') return `status says "${input.status.text}"`;
  return saysComplete(input.progress, policy) ? 'progress says complete' : null;
}

function slippageReason(progress: string, policy: RagPolicy): string | null {
  const word = slippageWord(progress, policy);
  return word && `progress says "${word}"`;
}

/**
 * % complete against the share of the action's time gone (start to due):
 * null when the action has no % complete, no start or no due date to
 * measure against, or has not started yet.
 */
function rateAgainstTime(input: RagInput, asOf: Day, thresholds: NonNullable<RagPolicy['progressAgainstTime']>): RagResult | null {
  if (input.percentComplete === null || input.start === null || input.due === null || input.due <= input.start || asOf < input.start)
    return null;
  const elapsed = Math.min(1, Math.max(0, (asOf - input.start) / (input.due - input.start)));
  const behind = elapsed - input.percentComplete;
  const said = `${percent(input.percentComplete)} complete with ${percent(elapsed)} of its time gone`;
  if (behind > thresholds.redBehind) return { rag: 'red', reason: `${said} (more than ${percent(thresholds.redBehind)} behind)` };
  if (behind > thresholds.amberBehind) return { rag: 'amber', reason: `${said} (more than ${percent(thresholds.amberBehind)} behind)` };
  return { rag: 'green', reason: said };
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/**
 * A recorded RAG, read leniently: "G", "green", "Amber ", "B", "Blue".
 * Returns undefined when the cell holds something that is not a RAG at all
 * (INVALID_RAG), null when it is blank or says not rated.
 */
export function readRecordedRag(text: string): Rag | null | undefined {
  const trimmed = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (ragOfWord(trimmed) === 'none') return null;
  const folded = trimmed.replace(/[^a-z/\s]/g, '').trim();
  const direct = ragOfWord(folded);
  if (direct && direct !== 'none') return direct;
  const first = LONG_RAG_WORD_FIRST.exec(folded);
  return first ? ragOfWord(first[1]) : undefined;
}

const LONG_RAG_WORD_FIRST = new RegExp(`^(${LONG_RAG_WORDS.join('|')})\\b`);

/**
 * Objective and priority RAG: worst first (red > amber > green), ignoring
 * none; blue only when every rated action is blue.
 */
export function rollUp(rags: Iterable<Rag>): Rag {
  let worst: Rag = 'none';
  for (const rag of rags) if (RAG_WORDS[rag].severity > RAG_WORDS[worst].severity) worst = rag;
  return worst;
}

export type RagCounts = Record<Rag, number>;

export function countRags(rags: Iterable<Rag>): RagCounts {
  const counts: RagCounts = { red: 0, amber: 0, green: 0, blue: 0, none: 0 };
  for (const rag of rags) counts[rag] += 1;
  return counts;
}
