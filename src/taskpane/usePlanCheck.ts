import { useCallback, useState } from 'react';
import { DEFAULT_POLICY, PlanResult, SheetGrid, checkPlan, parseIsoDay, today } from '../plan';
import type { PlanWorkbookPort } from '../workbook/port';

export type CheckState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: PlanResult; grids: SheetGrid[] }
  | { status: 'failed'; message: string };

export interface CheckInputs {
  asOf: string;
  amberDays: number;
}

/** Reads the workbook through the port and checks it with the engine. */
export function usePlanCheck(port: PlanWorkbookPort) {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const validate = useCallback(async ({ asOf, amberDays }: CheckInputs) => {
    setState({ status: 'running' });
    try {
      const grids = await port.read();
      const policy = { ...DEFAULT_POLICY, amberDays };
      const result = checkPlan(grids, { asOf: parseIsoDay(asOf) ?? today(), policy });
      setState({ status: 'done', result, grids });
      return { result, grids };
    } catch (error) {
      setState({ status: 'failed', message: `The workbook could not be read: ${(error as Error).message}` });
      return null;
    }
  }, [port]);
  return { state, validate };
}
