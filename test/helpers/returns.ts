import { ReturnedRow, UpdateRequest, UpdateReturn, checkPlan, parseIsoDay, updateRequests } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';
import { returnSheet } from '../../src/workbook/sheets/returnSheet';
import { newWorkbook } from '../../src/workbook/xlsx/patch/newWorkbook';
import { fixturePath } from './fixtures';

const AS_OF = parseIsoDay('2021-10-15')!;

/** The LLR plan's first lead's return, as a workbook of its own. */
export async function auditGroupReturn(): Promise<Uint8Array> {
  const grids = await (await openWorkbookFile(fixturePath('llr-sab-2021-22.xlsx'))).read();
  const [request] = updateRequests(checkPlan(grids, { asOf: AS_OF }), grids, {
    asOf: AS_OF,
    returnBy: parseIsoDay('2021-11-01')!,
    returnTo: 'Board Business Officer',
  });
  return newWorkbook([returnSheet(request, 'Update return')]);
}

/**
 * The returns leads send back for `requests`, filled in programmatically:
 * `update(j)` is the update written on a lead's j-th row, every row
 * proposing Amber; `keep` says which rows each lead's return still holds
 * (in the order they come back), so a lead can delete or reorder rows.
 */
export function filledReturns(
  requests: readonly UpdateRequest[],
  asOf: string,
  update: (j: number) => string,
  keep: (rows: ReturnedRow[], lead: number) => ReturnedRow[] = (rows) => rows,
): UpdateReturn[] {
  return requests.map((request, i) => {
    const rows = request.rows.map((row, j) => ({
      row: j + 8,
      key: row.key,
      fingerprint: row.fingerprint,
      ref: row.ref,
      action: row.action,
      update: update(j),
      proposed: 'amber' as const,
      proposedText: 'Amber',
      revised: null,
      reason: '',
      evidence: '',
    }));
    return { file: `return-${i}.xlsx`, plan: request.plan, asOf, lead: request.lead, rows: keep(rows, i) };
  });
}
