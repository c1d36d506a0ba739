/** A lead's return opened in Excel as a new workbook: the whole file as base64, refused where Excel cannot. */
import { openAsNewWorkbook } from '../../src/workbook/excel/openWorkbook';
import { auditGroupReturn } from '../helpers/returns';

function excelWith(supported: boolean) {
  const opened: string[] = [];
  Object.assign(globalThis, {
    Office: {
      context: { requirements: { isSetSupported: (set: string, version: string) => supported && set === 'ExcelApi' && version === '1.8' } },
    },
    Excel: { createWorkbook: async (base64: string) => void opened.push(base64) },
  });
  return opened;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe('opening a return in Excel', () => {
  it('hands Excel.createWorkbook the whole workbook as base64, a large one too', async () => {
    const opened = excelWith(true);
    const small = await auditGroupReturn();
    // Past the pieces it is encoded in, with every byte value.
    const large = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256);
    await openAsNewWorkbook(small);
    await openAsNewWorkbook(large);
    expect(opened.map((base64, i) => Buffer.from(base64, 'base64').equals([small, large][i]))).toEqual([true, true]);
  });

  it('says what to use instead where Excel has no createWorkbook (before ExcelApi 1.8)', async () => {
    const opened = excelWith(false);
    await expect(openAsNewWorkbook(new Uint8Array([1]))).rejects.toThrow(
      /cannot open a new workbook from an add-in: use the preview or the board-plan command/,
    );
    expect(opened).toEqual([]);
  });
});
