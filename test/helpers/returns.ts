import ExcelJS from 'exceljs';
import { ReturnedRow, UpdateRequest, UpdateReturn, checkPlan, parseIsoDay, updateRequests } from '../../src/plan';
import { RETURN_COLUMNS, ReturnColumnKey } from '../../src/plan/returnColumns';
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

/** What a lead types into one row of their return. */
export interface LeadEntry {
  update?: string;
  proposed?: string;
  /** A date cell, as a lead picks one in Excel. */
  revised?: Date;
  reason?: string;
  evidence?: string;
}

/**
 * A return workbook filled in as a lead would, with exceljs (not the
 * product's own writer): `entries[i]` goes into the i-th action row, found
 * by the return's headers.
 */
export async function fillReturn(bytes: Uint8Array, entries: readonly LeadEntry[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const header = (key: ReturnColumnKey) => RETURN_COLUMNS.find((c) => c.key === key)!.header;
  let headerRow = 0;
  const columns = new Map<string, number>();
  sheet.eachRow((row, r) => {
    if (headerRow) return;
    row.eachCell((cell, c) => columns.set(String(cell.value), c));
    if (columns.has(header('update'))) headerRow = r;
    else columns.clear();
  });
  entries.forEach((entry, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    const fields: [ReturnColumnKey, string | Date | undefined][] = [
      ['update', entry.update],
      ['proposed', entry.proposed],
      ['revised', entry.revised],
      ['reason', entry.reason],
      ['evidence', entry.evidence],
    ];
    for (const [key, value] of fields) if (value !== undefined) row.getCell(columns.get(header(key))!).value = value;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
