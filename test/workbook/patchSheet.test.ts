import { patchSheet } from '../../src/workbook/xlsx/patch/sheet';

const sheet = (cells: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="15" spans="1:7">${cells}</row></sheetData></worksheet>`;

describe('writing cells into a row of the officer’s sheet', () => {
  it('adds a cell before one it writes over in the same row, each in its column order', () => {
    const xml = sheet('<c r="A15" t="inlineStr"><is><t>Action</t></is></c><c r="G15" s="3" t="inlineStr"><is><t>R</t></is></c>');
    const cells = new Map([
      [
        15,
        new Map([
          [6, () => '<c r="F15" t="inlineStr"><is><t>Update</t></is></c>'],
          [7, (old?: { style: number }) => `<c r="G15" s="${old?.style}" t="inlineStr"><is><t>Amber</t></is></c>`],
        ]),
      ],
    ]);
    expect(patchSheet(xml, { cells }).xml).toBe(
      sheet(
        '<c r="A15" t="inlineStr"><is><t>Action</t></is></c><c r="F15" t="inlineStr"><is><t>Update</t></is></c><c r="G15" s="3" t="inlineStr"><is><t>Amber</t></is></c>',
      ),
    );
  });
});
