import type { Workbook, Worksheet } from 'exceljs';
import { RAGS, RAG_COLUMN_WIDTH, RAG_TEXT, RagColumn, columnLetter } from '../../plan';
import { RAG_COLOURS } from '../ragColours';
import type { Area } from '../sheets';

const argb = (hex: string) => ({ argb: `FF${hex.slice(1)}` });

/**
 * The conditional formats that colour RAG words in an .xlsx, as the add-in's
 * do in Excel. Written as formula rules: exceljs writes "contains text"
 * rules without the attributes LibreOffice needs, and a formula rule means
 * the same in every spreadsheet program.
 */
export function addRagFormats(sheet: Worksheet, ref: string): void {
  const topLeft = ref.split(':')[0];
  sheet.addConditionalFormatting({
    ref,
    rules: RAGS.map((rag, priority) => ({
      type: 'expression' as const,
      formulae: [`NOT(ISERROR(SEARCH("${RAG_TEXT[rag]}",${topLeft})))`],
      priority: priority + 1,
      style: {
        fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: argb(RAG_COLOURS[rag].fill) },
        font: { color: argb(RAG_COLOURS[rag].font) },
      },
    })),
  });
}

/**
 * Writes each Computed RAG column into its sheet, as the add-in does in
 * Excel: a bold wrapped header, the values, the RAG colours. Gives the
 * areas coloured as RAG, so the preview can show them.
 */
export function writeRagColumns(workbook: Workbook, columns: RagColumn[]): { sheet: string; area: Area }[] {
  const coloured: { sheet: string; area: Area }[] = [];
  for (const column of columns) {
    const sheet = workbook.getWorksheet(column.sheet);
    if (!sheet) throw new Error(`no sheet named ${column.sheet}`);
    column.values.forEach(([value], i) => {
      const cell = sheet.getCell(column.headerRow + 1 + i, column.column + 1);
      cell.value = value === '' ? null : value;
      // Wrapped, so a cell naming several parts ("Amber; Blue; Red") stays in its narrow column on screen and on paper.
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      if (i === 0) cell.font = { bold: true };
    });
    sheet.getColumn(column.column + 1).width = RAG_COLUMN_WIDTH;
    if (column.values.length < 2) continue;
    const letter = columnLetter(column.column);
    addRagFormats(sheet, `${letter}${column.headerRow + 2}:${letter}${column.headerRow + column.values.length}`);
    coloured.push({
      sheet: column.sheet,
      area: [column.headerRow + 1, column.column, column.headerRow + column.values.length - 1, column.column],
    });
  }
  return coloured;
}
