import { useCallback, useEffect, useState } from 'react';
import { PlanResult, SheetGrid, checkOptionsFor, checkPlan } from '../plan';
import type { PlanWorkbookPort } from '../workbook/port';

/** The review settings on screen: the review date, the amber window and the RAG policy's name. */
export interface CheckInputs {
  asOf: string;
  amberDays: number;
  policy: string;
}

export type CheckState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: PlanResult; grids: SheetGrid[]; checkedWith: CheckInputs; workbookChanged: boolean }
  | { status: 'failed'; message: string };

/**
 * Reads the workbook through the port and checks it with the engine; then
 * listens for changes to the workbook, so results can be shown as out of
 * date until the officer validates again.
 */
export function usePlanCheck(port: PlanWorkbookPort) {
  const [state, setState] = useState<CheckState>({ status: 'idle' });

  useEffect(() => {
    let live = true;
    let stop: (() => void) | null = null;
    const changed = () => setState((s) => (s.status === 'done' && !s.workbookChanged ? { ...s, workbookChanged: true } : s));
    port.watch?.(changed).then(
      (unsubscribe) => {
        if (live) stop = unsubscribe;
        else unsubscribe();
      },
      () => undefined,
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [port]);

  const validate = useCallback(
    async (inputs: CheckInputs) => {
      setState({ status: 'running' });
      try {
        const grids = await port.read();
        const result = checkPlan(grids, checkOptionsFor(inputs));
        setState({ status: 'done', result, grids, checkedWith: inputs, workbookChanged: false });
      } catch (error) {
        setState({ status: 'failed', message: `The workbook could not be read: ${(error as Error).message}` });
      }
    },
    [port],
  );
  return { state, validate };
}

/** Why shown results no longer hold, or null while they do. */
export function staleReason(state: CheckState, review: CheckInputs): string | null {
  if (state.status !== 'done') return null;
  if (state.workbookChanged) return 'The workbook has changed since you validated.';
  const { asOf, amberDays, policy } = state.checkedWith;
  if (asOf !== review.asOf || amberDays !== review.amberDays || policy !== review.policy) {
    return 'The review date, amber window or RAG policy has changed since you validated.';
  }
  return null;
}
