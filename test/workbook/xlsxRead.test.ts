import ExcelJS from 'exceljs';
import { gridsOf } from '../helpers/read';
import { cellAt } from '../../src/plan/grid';

async function sheetWith(build: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  build(sheet);
  return (await gridsOf(workbook))[0];
}

describe('a worksheet read as a grid', () => {
  it('reads each kind of cell as a person sees it', async () => {
    const grid = await sheetWith((sheet) => {
      sheet.getCell('A1').value = 'Audit';
      sheet.getCell('B1').value = 42;
      sheet.getCell('C1').value = new Date(Date.UTC(2020, 2, 31));
      sheet.getCell('D1').value = { richText: [{ text: 'Bold', font: { bold: true } }, { text: ' plain' }] };
      sheet.getCell('E1').value = { text: 'Board site', hyperlink: 'https://example.org' };
      sheet.getCell('F1').value = { error: '#REF!' };
      sheet.getCell('G1').value = { formula: 'A1&"!"', result: 'Audit!' } as ExcelJS.CellFormulaValue;
      sheet.getCell('H1').value = { formula: 'DATE(2021,9,30)', result: 44469 } as ExcelJS.CellFormulaValue;
      sheet.getCell('H1').numFmt = 'dd/mm/yyyy';
      sheet.getCell('I1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      sheet.getCell('J1').value = true;
    });
    const at = (col: number) => cellAt(grid, 0, col);
    expect(at(0)).toEqual({ value: 'Audit', text: 'Audit', kind: 'text' });
    expect(at(1)).toEqual({ value: 42, text: '42', kind: 'number' });
    expect(at(2)).toMatchObject({ text: '31/03/2020', kind: 'date' });
    expect(at(3)).toMatchObject({ text: 'Bold plain', kind: 'text' });
    expect(at(4)).toMatchObject({ text: 'Board site', kind: 'text' });
    expect(at(5)).toEqual({ value: '#REF!', text: '#REF!', kind: 'error' });
    expect(at(6)).toMatchObject({ text: 'Audit!', kind: 'text' });
    expect(at(7)).toMatchObject({ text: '30/09/2021', kind: 'date' });
    expect(at(8)).toMatchObject({ text: '#DIV/0!', kind: 'error' });
    expect(at(9)).toMatchObject({ text: 'TRUE' });
  });

  it("leaves cells covered by a merge empty, pointing at the merge's first cell", async () => {
    const grid = await sheetWith((sheet) => {
      sheet.getCell('A2').value = 'Objective';
      sheet.mergeCells('A2:A4');
    });
    expect(cellAt(grid, 1, 0)).toMatchObject({ text: 'Objective', kind: 'text' });
    expect(cellAt(grid, 1, 0).master).toBeUndefined();
    expect(cellAt(grid, 3, 0)).toEqual({ value: null, text: '', kind: 'empty', master: 'A2' });
  });

  it('reads hidden rows', async () => {
    const grid = await sheetWith((sheet) => {
      sheet.getCell('A1').value = 'Hidden action';
      sheet.getRow(1).hidden = true;
    });
    expect(cellAt(grid, 0, 0).text).toBe('Hidden action');
  });
});
