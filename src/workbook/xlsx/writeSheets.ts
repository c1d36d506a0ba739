import ExcelJS from 'exceljs';
import type { Cell as XlsxCell, Worksheet } from 'exceljs';
import { RAG_TEXT, RAGS, columnLetter, dateOfDay } from '../../plan';
import { RAG_COLOURS } from '../ragColours';
import { addRagFormats } from './writeXlsx';
import { withXmlSafeText } from './xmlSafe';
import { Area, CellStyle, ChartSpec, DATE_FORMAT, SheetSpec, SpecValue } from '../sheets';
import { MARGINS } from '../sheets/page';
import { DEFAULT_ROW_POINTS } from '../sheets/layout';

const argb = (hex: string) => ({ argb: `FF${hex.slice(1)}` });
const ref = ([top, left, bottom, right]: Area) => `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
/** A4 in Excel's paper size numbering. */
const A4 = 9;
/** How many characters' width a full block (█) takes in the sheet's font: bars are sized so none runs past its cells. */
const BLOCK_CHARS = 1.6;

/**
 * The product's sheets laid out by exceljs in a workbook of their own, as
 * .xlsx bytes: the patcher (patch/) moves each into the officer's workbook,
 * so exceljs never rewrites a part of the officer's. A sheet to append to
 * holds only the rows appended, at their places. The spec's merges are left
 * to the patcher: exceljs checks each merge against every one
 * before it, which takes seconds over a Plan Check of 10,000 findings.
 */
export async function scratchBytes(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of specs) writeSpec(workbook.addWorksheet(spec.name), spec);
  return new Uint8Array(await withXmlSafeText(workbook, () => workbook.xlsx.writeBuffer()));
}

function writeSpec(sheet: Worksheet, spec: SheetSpec): void {
  spec.widths.forEach((width, col) => {
    sheet.getColumn(col + 1).width = width;
  });
  spec.rows.forEach((values, i) => values?.forEach((value, col) => setValue(sheet.getCell(spec.startRow + i + 1, col + 1), value)));
  // Every row the layout placed gets its height written, the default ones too: Excel's default row is 15 pt, other
  // programs' shorter (LibreOffice's 12.8), and the layout's page breaks count on 15.
  spec.rows.forEach((_values, i) => {
    const row = spec.startRow + i;
    sheet.getRow(row + 1).height = spec.heights.get(row) ?? DEFAULT_ROW_POINTS;
  });
  for (const { area, style } of spec.styles) eachCell(sheet, area, (cell) => applyStyle(cell, style));
  for (const area of spec.ragAreas) addRagFormats(sheet, ref(area));
  for (const link of spec.links) {
    const cell = sheet.getCell(link.row + 1, link.col + 1);
    cell.value = { text: String(cell.value ?? ''), hyperlink: `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}` };
    cell.font = { ...cell.font, color: argb('#0563C1'), underline: true };
  }
  if (spec.chart) drawBars(sheet, spec.chart, spec.widths);
  if (spec.print) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: A4,
      orientation: spec.print.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${spec.print.titleRows[0] + 1}:${spec.print.titleRows[1] + 1}`,
      margins: { ...MARGINS },
    };
  }
  // A break below the row before each page's first row.
  for (const row of spec.pageBreaks ?? []) if (row > 0) sheet.getRow(row).addPageBreak();
  if (spec.mode === 'replace') {
    sheet.views = [
      { showGridLines: !spec.hideGridlines, ...(spec.freezeRows ? { state: 'frozen' as const, ySplit: spec.freezeRows } : {}) },
    ];
  }
}

function setValue(cell: XlsxCell, value: SpecValue): void {
  if (value === null || value === '') return;
  if (typeof value === 'object') {
    cell.value = dateOfDay(value.day);
    cell.numFmt = DATE_FORMAT;
    cell.alignment = { ...cell.alignment, horizontal: 'left' };
    return;
  }
  cell.value = value;
}

function eachCell(sheet: Worksheet, [top, left, bottom, right]: Area, visit: (cell: XlsxCell) => void): void {
  for (let row = top; row <= bottom; row += 1) for (let col = left; col <= right; col += 1) visit(sheet.getCell(row + 1, col + 1));
}

function applyStyle(cell: XlsxCell, style: CellStyle): void {
  if (style.bold || style.italic || style.size || style.colour) {
    // A font with no name falls back to each program's own default (a serif in LibreOffice); Excel's is Calibri 11.
    cell.font = {
      name: 'Calibri',
      size: 11,
      ...cell.font,
      ...(style.bold && { bold: true }),
      ...(style.italic && { italic: true }),
      ...(style.size && { size: style.size }),
      ...(style.colour && { color: argb(style.colour) }),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
  if (style.wrap || style.align) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap && { wrapText: true, vertical: 'top' as const }),
      ...(style.align && { horizontal: style.align }),
    };
  }
  if (style.underline) cell.border = { ...cell.border, bottom: { style: 'medium', color: argb(style.colour ?? '#000000') } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/**
 * The stacked bars drawn in the chart's cells, as coloured blocks, one row
 * per priority: the chart part (chartPart.ts, added when the file is saved)
 * covers them; a viewer with no charts, or a copy saved again by exceljs
 * (which drops chart parts), still shows them.
 */
function drawBars(sheet: Worksheet, chart: ChartSpec, widths: readonly number[]): void {
  const [top, left] = chart.at;
  // The bars take the chart's second and third columns, merged on each row; the counts follow in words.
  const blocks = Math.floor(((widths[left + 1] ?? 8) + (widths[left + 2] ?? 8)) / BLOCK_CHARS);
  const most = Math.max(1, ...chart.bars.map((bar) => RAGS.reduce((sum, rag) => sum + bar.counts[rag], 0)));
  const scale = Math.min(1, blocks / most);
  chart.bars.forEach((bar, i) => {
    const row = top + i + 1;
    sheet.getCell(row, left + 1).value = bar.label;
    sheet.getCell(row, left + 1).font = { bold: true };
    const runs = RAGS.filter((rag) => bar.counts[rag] > 0).map((rag) => ({
      text: '█'.repeat(Math.max(1, Math.round(bar.counts[rag] * scale))),
      font: { color: argb(RAG_COLOURS[rag].fill) },
    }));
    sheet.mergeCells(row, left + 2, row, left + 3);
    if (runs.length > 0) sheet.getCell(row, left + 2).value = { richText: runs };
    sheet.getCell(row, left + 4).value = RAGS.filter((rag) => bar.counts[rag] > 0)
      .map((rag) => `${bar.counts[rag]} ${RAG_TEXT[rag]}`)
      .join(' · ');
  });
  const legend = top + chart.bars.length + 1;
  sheet.getCell(legend + 1, left + 2).value = {
    richText: RAGS.flatMap((rag) => [
      { text: '█ ', font: { color: argb(RAG_COLOURS[rag].fill) } },
      { text: `${RAG_TEXT[rag]}   `, font: {} },
    ]),
  };
}
