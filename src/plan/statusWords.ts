/**
 * Words boards put in a status column (often a drop-down), and what each
 * means for the RAG. A status that is none of these is read like progress
 * text.
 */
export type StatusMeaning = 'complete' | 'slipping' | 'withdrawn' | 'active' | 'notStarted';

const STATUS_WORDS: Readonly<Record<StatusMeaning, readonly string[]>> = Object.freeze({
  complete: ['complete', 'completed', 'closed', 'done', 'achieved', 'delivered', 'finished', 'signed off'],
  slipping: ['off track', 'at risk', 'delayed', 'slipped', 'slipping', 'behind', 'behind schedule', 'overdue', 'on hold', 'paused'],
  /** Not rated, never overdue: the action no longer stands as written. */
  withdrawn: [
    'cancelled',
    'canceled',
    'withdrawn',
    'superseded',
    'merged',
    'merged with',
    'no longer required',
    'not required',
    'deleted',
    'removed',
    'stopped',
  ],
  active: ['in progress', 'on track', 'ongoing', 'on going', 'started', 'underway', 'under way', 'open', 'progressing'],
  notStarted: ['not started', 'not yet started', 'planned', 'to start', 'not due', 'not yet due'],
});

export interface Status {
  /** As written, on one line. */
  text: string;
  meaning: StatusMeaning;
}

const MEANING_BY_WORD: ReadonlyMap<string, StatusMeaning> = new Map(
  (Object.entries(STATUS_WORDS) as [StatusMeaning, readonly string[]][]).flatMap(([meaning, words]) =>
    words.map((word) => [word, meaning] as const),
  ),
);

/**
 * A status cell's meaning: the whole cell ("Complete", "On track") or its
 * first words ("Merged with 2.3", "Cancelled - see 4.1"); null when it
 * says none of them.
 */
export function readStatus(raw: string): Status | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  const folded = text
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = folded.split(' ');
  for (let n = Math.min(words.length, 4); n >= 1; n -= 1) {
    const meaning = MEANING_BY_WORD.get(words.slice(0, n).join(' '));
    if (meaning && (n === words.length || meaning === 'withdrawn' || text.length <= 40)) return { text, meaning };
  }
  return null;
}
