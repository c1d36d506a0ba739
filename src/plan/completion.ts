import { DEFAULT_POLICY, RagPolicy } from './policies';
import { remembered } from './remembered';

/**
 * Whether progress text says an action is complete, as an officer reads it.
 * A completion word counts unless it is negated ("not yet complete") or
 * completes only part of the action: a part named in its clause ("Phase 1
 * delivered", "40 of 120 staff", "draft completed"), or work still to come
 * after it ("Audit complete; action plan to follow"). A completion word that
 * opens its sentence ("Completed.", "This action is complete") speaks for
 * the whole action; what later sentences add does not undo it.
 */
export function saysComplete(progress: string, policy: RagPolicy = DEFAULT_POLICY): boolean {
  if (progress === '') return false;
  let read = readings.get(policy);
  if (!read) readings.set(policy, (read = remembered((text) => readComplete(text, policy))));
  return read(progress);
}

/** Plans repeat the same progress phrases on many rows; each is read once per policy. */
const readings = new WeakMap<RagPolicy, (progress: string) => boolean>();

function readComplete(progress: string, policy: RagPolicy): boolean {
  return (
    /(^|[^\d])100\s*%/.test(progress) ||
    findWords(progress, policy.completeWords, policy.negations).some((found) => !completesOnlyPart(progress.toLowerCase(), found))
  );
}

/** The first slippage word in progress text that is not negated ("no delay"). */
export function slippageWord(progress: string, policy: RagPolicy = DEFAULT_POLICY): string | null {
  return findWords(progress, policy.slippageWords, policy.negations)[0]?.word ?? null;
}

/** A part of the action: "phase 1", "stage one", "first draft", "pilot", "initial". */
const PART_NAMED =
  /\b(?:(?:phase|stage|part|step|element|strand|tranche|wave|module)\s*(?:\d+|one|two|i{1,3}|[a-c])\b|first|initial|pilot|draft|interim|partial(?:ly)?|some|most|half)\b/;
/** Work still to come: "to follow", "planned", "next", "remaining", "will", "to be …". */
const WORK_TO_COME =
  /\b(?:to follow|follow(?:s|ing)? in|planned|plan to|next|remaining|remains?|outstanding|still|yet to|further|awaiting|pending|on-?going|in progress|will|to be|scheduled|being|roll(?:ed|ing)?[- ]?out|continu(?:e|es|ing)|needs?|requires?|expected|underway|starts?|begins?|phase\s*(?:[2-9]|two|three)|stage\s*(?:[2-9]|two|three)|part\s*(?:[2-9]|two)|second)\b/;
/** A completion still to come: "due to complete", "expected to be completed", "will be delivered". */
const STILL_TO_COME = /\b(?:to|will|shall|should)\s+(?:be\s+)?$/;
/** Words that may stand before a completion word that still speaks for the whole action. */
const WHOLE_ACTION_WORDS = new Set([
  'action',
  'this',
  'the',
  'task',
  'work',
  'all',
  'fully',
  'now',
  'has',
  'have',
  'had',
  'been',
  'was',
  'is',
  'were',
  'are',
  'it',
  'status',
  'update',
  'activity',
  'and',
  'successfully',
]);

interface Found {
  word: string;
  index: number;
  end: number;
}

function completesOnlyPart(lower: string, found: Found): boolean {
  const sentenceStart =
    Math.max(lower.lastIndexOf('.', found.index - 1), lower.lastIndexOf('\n', found.index - 1), lower.lastIndexOf('!', found.index - 1)) +
    1;
  const clauseStart = Math.max(sentenceStart, lower.lastIndexOf(';', found.index - 1) + 1, lower.lastIndexOf(',', found.index - 1) + 1);
  const clauseEnd = nextOf(lower, found.end, /[.;,\n!?]/);
  const before = lower.slice(clauseStart, found.index);
  const clause = lower.slice(clauseStart, clauseEnd);
  if (STILL_TO_COME.test(before) || PART_NAMED.test(before) || /\b(?:phase|stage|part|step)\s*\d/.test(clause) || fewerThanAll(clause))
    return true;
  const leads = before
    .split(/[^a-z]+/)
    .filter(Boolean)
    .every((word) => WHOLE_ACTION_WORDS.has(word));
  // "Consultation closed", "Survey closed": after a subject, "closed" ends a step, not the action.
  if (found.word === 'closed' && !leads) return true;
  const rest = lower.slice(found.end, leads ? nextOf(lower, found.end, /[.\n!?]/) : lower.length);
  return WORK_TO_COME.test(rest);
}

function nextOf(text: string, from: number, pattern: RegExp): number {
  const at = text.slice(from).search(pattern);
  return at < 0 ? text.length : from + at;
}

/** "40 of 120 staff", "3/5 sessions", "60%": some, not all. */
function fewerThanAll(clause: string): boolean {
  for (const match of clause.matchAll(/\b(\d+)\s*(?:of|out of|\/)\s*(\d+)\b/g)) if (Number(match[1]) < Number(match[2])) return true;
  for (const match of clause.matchAll(/\b(\d{1,2}(?:\.\d+)?)\s*%/g)) if (Number(match[1]) < 100) return true;
  return false;
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

/** Every place one of `words` stands in `text`, not cancelled by a negation among the three words before it, in list order. */
function findWords(text: string, words: readonly string[], negations: readonly string[]): Found[] {
  if (text === '') return [];
  const lower = text.toLowerCase();
  const patterns = patternsFor(words);
  const found: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const pattern = patterns[i];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      const before =
        lower
          .slice(0, match.index)
          .split(/[.;!?\n]/)
          .pop() ?? '';
      const recent = before
        .split(/[^a-z]+/)
        .filter(Boolean)
        .slice(-3);
      if (!recent.some((w) => negations.includes(w)))
        found.push({ word: words[i], index: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}
