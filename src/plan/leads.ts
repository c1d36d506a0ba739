import { oneLine } from './text';

/**
 * The leads of a plan, as the engine reads its owners. Leads written
 * differently only in case, spacing or punctuation ("Safeguarding
 * Effectiveness Group" and "Safeguarding effectiveness group.") are one
 * lead, named as most rows write it; an officer can merge others
 * ("SEG" into "Safeguarding Effectiveness Group") by their keys.
 */
export interface Lead<A> {
  /** As most of its rows write it; the first written where they tie. */
  name: string;
  /** What identifies it: the name folded (case, spacing, punctuation). */
  key: string;
  actions: A[];
}

/** The name an action's rows give for an action with no lead. */
export const NO_LEAD = '(no lead)';

export function leadKey(owner: string): string {
  const lead = oneLine(owner) || NO_LEAD;
  return (
    lead
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() || lead
  );
}

/**
 * Actions grouped by lead, most actions first (then by name). `merged`
 * maps a lead's key to the key of the lead it is merged into: the merged
 * lead's actions join that one's, under that one's name.
 */
export function leadsOf<A extends { owner: string }>(actions: readonly A[], merged: ReadonlyMap<string, string> = new Map()): Lead<A>[] {
  const byKey = new Map<string, { actions: A[]; spellings: Map<string, number> }>();
  for (const action of actions) {
    const own = leadKey(action.owner);
    const key = merged.get(own) ?? own;
    const group = byKey.get(key) ?? { actions: [], spellings: new Map<string, number>() };
    group.actions.push(action);
    // A merged lead's own spelling never names the lead it joined.
    if (key === own) {
      const name = oneLine(action.owner) || NO_LEAD;
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    }
    byKey.set(key, group);
  }
  return [...byKey]
    .map(([key, { actions: grouped, spellings }]) => ({ key, name: commonest(spellings) ?? key, actions: grouped }))
    .sort((a, b) => b.actions.length - a.actions.length || a.name.localeCompare(b.name));
}

/** The spelling most rows use; the first written where they tie; undefined for none. */
function commonest(spellings: Map<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of spellings) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
