import ExcelJS from 'exceljs';
import { checkPlan, parseIsoDay, readReturn, returnedChanges, updateRequests, UpdateReturn } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';
import { returnSheet } from '../../src/workbook/sheets/returnSheet';
import { readGrids } from '../../src/workbook/xlsx';
import { newWorkbook } from '../../src/workbook/xlsx/patch/newWorkbook';
import { fixturePath } from '../helpers/fixtures';

const AS_OF = parseIsoDay('2021-10-15')!;

async function plan(file = 'llr-sab-2021-22.xlsx') {
  const grids = await (await openWorkbookFile(fixturePath(file))).read();
  return { grids, result: checkPlan(grids, { asOf: AS_OF }) };
}

/** A lead fills their return as a lead would, in Excel (here exceljs): by the rows' actions, whatever order they are in. */
async function filled(
  bytes: Uint8Array,
  fill: (sheet: ExcelJS.Worksheet, rowOf: (action: string) => ExcelJS.Row) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rowOf = (action: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (String(row.getCell(3).value ?? '').startsWith(action)) found = row;
    });
    return found!;
  };
  fill(sheet, rowOf);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function returnOf(bytes: Uint8Array, file: string): Promise<UpdateReturn> {
  const read = readReturn(await readGrids(bytes, file), file);
  if ('problem' in read) throw new Error(read.problem);
  return read;
}

describe('returns read back and matched to the plan', () => {
  it('reads what the lead wrote by key, whatever order the rows are in, and flags what the officer should look at', async () => {
    const { grids, result } = await plan();
    const [audit] = updateRequests(result, grids, { asOf: AS_OF, returnBy: parseIsoDay('2021-11-01')! });
    const blank = await newWorkbook([returnSheet(audit, 'Update return')]);
    const bytes = await filled(blank, (sheet, rowOf) => {
      const curiosity = rowOf('Embed professional curiosity');
      curiosity.getCell(10).value = 'Audit tool agreed;\nfirst audit in November';
      curiosity.getCell(11).value = 'Amber';
      curiosity.getCell(12).value = new Date(Date.UTC(2021, 11, 31));
      curiosity.getCell(13).value = 'Audit lead on leave';
      const cuckooing = rowOf('Multi-agency audit regarding cuckooing');
      cuckooing.getCell(10).value = '=HYPERLINK("http://example.org")';
      cuckooing.getCell(11).value = 'Purple';
      const last = rowOf('Follow up Multi-agency audit');
      last.getCell(12).value = new Date(Date.UTC(2021, 8, 30));
      last.getCell(13).value = '<b>late</b>';
      // The lead moves the last row to the top of the table.
      sheet.spliceRows(8, 0, sheet.getRow(last.number).values as ExcelJS.CellValue[]);
      sheet.spliceRows(last.number + 1, 1);
    });
    const returned = await returnOf(bytes, 'audit.xlsx');
    expect([returned.lead, returned.asOf, returned.plan.period]).toEqual(['Audit Group', '2021-10-15', '2021-04-01 to 2022-03-31']);
    // The moved row is read first, and still matched to its own action.
    expect(returned.rows[0].action).toMatch(/^Follow up Multi-agency audit/);
    const { changes, refused } = returnedChanges(result, grids, [returned]);
    expect(refused).toEqual([]);
    const byAction = (start: string) => changes.find((c) => c.returned.action.startsWith(start))!;
    const curiosity = byAction('Embed professional curiosity');
    expect(curiosity.action?.row).toBe(15);
    expect(curiosity.returned).toMatchObject({
      update: 'Audit tool agreed;\nfirst audit in November',
      proposed: 'amber',
      reason: 'Audit lead on leave',
    });
    expect(curiosity.returned.revised?.date).toBe(parseIsoDay('2021-12-31'));
    expect(curiosity.flags).toEqual([{ flag: 'ragDisagrees', computed: 'red', why: 'overdue: due 31 Jul 2021, not complete' }]);
    expect(byAction('Multi-agency audit regarding cuckooing').flags).toEqual([
      { flag: 'unreadableRag' },
      { flag: 'looksLikeFormula', column: 'update' },
    ]);
    expect(byAction('Follow up Multi-agency audit').flags).toEqual([{ flag: 'revisedBeforeReview' }]);
    expect(byAction('Follow up Multi-agency audit').returned.reason).toBe('<b>late</b>');
    // The row with nothing written is no change.
    expect(changes).toHaveLength(3);
  });

  it('flags an action whose plan cells changed since the request, one no longer in the plan, and one returned twice', async () => {
    const { grids, result } = await plan();
    const [audit] = updateRequests(result, grids, { asOf: AS_OF, returnBy: parseIsoDay('2021-11-01')! });
    const changed = {
      ...audit,
      rows: audit.rows.map((row, i) =>
        i === 0 ? { ...row, fingerprint: '00000000' } : i === 1 ? { ...row, key: 'Priorities | 9 | gone | 1' } : row,
      ),
    };
    const write = async (request: typeof audit) =>
      filled(await newWorkbook([returnSheet(request, 'Update return')]), (sheet) => {
        for (let row = 8; row <= 11; row += 1) sheet.getRow(row).getCell(10).value = 'Update';
      });
    const first = await returnOf(await write(changed), 'first.xlsx');
    const second = await returnOf(await write(audit), 'second.xlsx');
    const { changes } = returnedChanges(result, grids, [first, second]);
    expect(changes.slice(0, 2).map((c) => c.flags)).toEqual([[{ flag: 'planChanged' }], [{ flag: 'notInPlan' }]]);
    expect(changes.filter((c) => c.file === 'second.xlsx' && c.flags.some((f) => f.flag === 'returnedTwice'))).toHaveLength(3);
  });

  it('refuses a return for another plan or another review, and says a workbook is not a return', async () => {
    const { grids, result } = await plan();
    const [audit] = updateRequests(result, grids, { asOf: AS_OF, returnBy: parseIsoDay('2021-11-01')! });
    const other = await returnOf(
      await newWorkbook([returnSheet({ ...audit, plan: { ...audit.plan, name: 'Another board' } }, 'Update return')]),
      'other.xlsx',
    );
    const later = await returnOf(await newWorkbook([returnSheet({ ...audit, asOf: AS_OF + 92 }, 'Update return')]), 'later.xlsx');
    expect(returnedChanges(result, grids, [other, later]).refused).toEqual([
      { file: 'other.xlsx', reason: 'it is a return for another plan ("Another board", 2021-04-01 to 2022-03-31)' },
      { file: 'later.xlsx', reason: 'it was asked for the review as of 2022-01-15, not 2021-10-15' },
    ]);
    expect(readReturn(grids, 'plan.xlsx')).toEqual({
      problem: 'plan.xlsx is not an update return written by Board Plan Tracker (its hidden key column is missing)',
    });
  });
});
