import { checkPlan, parseIsoDay, updateRequests } from '../../src/plan';
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
