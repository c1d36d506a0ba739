import * as React from 'react';
import { failureText } from './failure';
import type { Notice } from './components/BoardPapers';

/**
 * One of the pane's buttons at work: which is busy (the others wait), and
 * what it did said once it is done — or, if it failed, what the failure
 * left, in the officer's words. A work that says nothing clears the notice.
 */
export function useAction(onNotice: (notice: Notice | null) => void) {
  const [busy, setBusy] = React.useState<string | null>(null);
  const run = async (label: string, work: () => Promise<Notice | null>) => {
    setBusy(label);
    onNotice(null);
    try {
      onNotice(await work());
    } catch (error) {
      onNotice({ intent: 'error', text: failureText(error) });
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

/** A set with one key added or taken away: what ticking a box in a list does. */
export function toggled<T>(set: ReadonlySet<T>, key: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
