import { Day } from './day';
import { Rag, RagCounts, countRags, rollUp } from './rag';
import { RAG_WORDS } from './ragVocabulary';
import { SnapshotEntry, snapshotDates } from './history';
import { RatedAction } from './rules';

/**
 * The direction of travel across reviews: RAG counts at each review saved
 * to RAG History, and now; and whether things are getting better since the
 * last review — said in words and a symbol, never by colour alone.
 */
export type Direction = 'improving' | 'worsening' | 'unchanged';

export const DIRECTIONS: Readonly<Record<Direction, { word: string; symbol: string }>> = {
  improving: { word: 'Improving', symbol: '▲' },
  worsening: { word: 'Worsening', symbol: '▼' },
  unchanged: { word: 'Unchanged', symbol: '▶' },
};

export interface ReviewCounts {
  asOf: Day;
  rag: Rag;
  counts: RagCounts;
}

export interface TrendLine {
  /** Oldest first; the last is the review being made (computed now). */
  reviews: ReviewCounts[];
  /** Since the review before this one; null when there is none. */
  direction: Direction | null;
}

export interface Trend extends TrendLine {
  priorities: ({ sheet: string; code: string; title: string } & TrendLine)[];
}

/** Which sheet a snapshot entry's action was on: the first part of its key (history.ts actionKey). */
const sheetOfKey = (key: string) => key.split(' | ')[0];

/** The plan's trend and each priority's, from the snapshots before the review date and the actions as rated now. */
export function planTrend(
  asOf: Day,
  actions: readonly RatedAction[],
  priorities: readonly { sheet: string; code: string; title: string }[],
  history: readonly SnapshotEntry[],
): Trend {
  const earlier = snapshotDates(history).filter((day) => day < asOf);
  const line = (now: readonly Rag[], then: (day: Day) => Rag[]): TrendLine => {
    // A review at which the priority had no actions (it came later) is not one of its reviews.
    const before = earlier.map((day) => then(day)).flatMap((rags, i) => (rags.length > 0 ? [review(earlier[i], rags)] : []));
    const reviews = [...before, review(asOf, now)];
    const previous = reviews.length > 1 ? reviews[reviews.length - 2] : null;
    return { reviews, direction: previous && directionOf(previous, reviews[reviews.length - 1]) };
  };
  return {
    ...line(
      actions.map((a) => a.rag),
      (day) => history.filter((e) => e.asOf === day).map((e) => e.rag),
    ),
    priorities: priorities.map((p) => ({
      sheet: p.sheet,
      code: p.code,
      title: p.title,
      ...line(
        actions.filter((a) => a.sheet === p.sheet && a.priority.code === p.code).map((a) => a.rag),
        (day) => history.filter((e) => e.asOf === day && e.priority === p.code && sheetOfKey(e.key) === p.sheet).map((e) => e.rag),
      ),
    })),
  };
}

function review(asOf: Day, rags: readonly Rag[]): ReviewCounts {
  return { asOf, rag: rollUp(rags), counts: countRags(rags) };
}

/**
 * Better or worse: first by the roll-up (red, amber, green, blue), then, for
 * the same roll-up, by the share of rated actions that are red or amber.
 */
function directionOf(then: ReviewCounts, now: ReviewCounts): Direction {
  const [was, is] = [RAG_WORDS[then.rag].standing, RAG_WORDS[now.rag].standing];
  if (was !== null && is !== null && was !== is) return is > was ? 'improving' : 'worsening';
  const [before, after] = [troubled(then.counts), troubled(now.counts)];
  if (before === after) return 'unchanged';
  return after < before ? 'improving' : 'worsening';
}

/** The share of rated actions red or amber; none rated: none troubled. */
function troubled(counts: RagCounts): number {
  const rated = counts.red + counts.amber + counts.green + counts.blue;
  return rated === 0 ? 0 : (counts.red + counts.amber) / rated;
}
