import { AssessmentEntry, CheckOptions, checkPlan, entryName, ownSheetName } from '../plan';
import type { PlanWorkbookPort } from './port';
import { priorityAssuranceSheet } from './sheets/priorityAssuranceSheet';

export type RecordOutcome = { recorded: string; sheet: string; notices: string[] } | { refused: string };

/**
 * "Record proposal" / "Record decision": a dated entry for a priority of the
 * plan, appended to the product's Priority Assurance sheet (made on the
 * first), which the check then reads as the priority's action log. A
 * priority the plan does not have is refused, naming the ones it has.
 */
export function recordAssessment(
  port: PlanWorkbookPort,
  options: CheckOptions,
  entry: AssessmentEntry,
  when: string,
): Promise<RecordOutcome> {
  return port.update<RecordOutcome>((grids) => {
    const codes = checkPlan(grids, options).priorities.map((p) => p.code);
    const code = codes.find((c) => c.toLowerCase() === entry.priority.toLowerCase());
    if (code === undefined)
      return { result: { refused: `The plan has no priority "${entry.priority}": it has ${codes.join(', ') || 'none'}.` } };
    const written = { ...entry, priority: code };
    const place = ownSheetName(grids, 'Priority Assurance');
    const existing = place.exists ? grids.find((g) => g.name === place.name) : undefined;
    return {
      sheets: [priorityAssuranceSheet(written, when, place.name, existing)],
      result: { recorded: entryName(written), sheet: place.name, notices: place.notice ? [place.notice] : [] },
    };
  });
}
