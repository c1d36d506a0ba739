import path from 'node:path';
import { PlanJson, checkPlan, parseIsoDay, toPlanJson } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';

export const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures');

/** Every fixture with a review date inside its plan year. */
export const FIXTURES: [string, string][] = [
  ['sab-2019-20-sheets.xlsx', '2019-10-15'],
  ['sab-2019-20-pdf.xlsx', '2019-10-15'],
  ['llr-sab-2021-22.xlsx', '2021-10-15'],
  ['lrscb-2014-15.xlsx', '2014-10-15'],
  ['luton-vision.xlsx', '2021-10-15'],
  ['quarterly-tracker.xlsx', '2022-10-15'],
  ['table-tracker.xlsx', '2023-10-15'],
  ['formatted-to-bottom.xlsx', '2022-10-15'],
];

export function fixturePath(name: string): string {
  return path.join(FIXTURE_DIR, name);
}

/** Checks a fixture through the file adapter, as `board-plan check --json` does. */
export async function checkFixture(name: string, asOf: string): Promise<PlanJson> {
  const grids = await (await openWorkbookFile(fixturePath(name))).read();
  return toPlanJson(checkPlan(grids, { asOf: parseIsoDay(asOf)! }));
}

/** Findings as "RULE sheet!cell", for comparing with expectations written by hand. */
export function findingKeys(json: PlanJson, rules?: string[]): string[] {
  return json.findings
    .filter((f) => !rules || rules.includes(f.rule))
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`)
    .sort();
}
