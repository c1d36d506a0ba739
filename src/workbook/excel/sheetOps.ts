import { dateOfDay } from '../../plan';
import { RAG_COLOURS } from '../ragColours';
import { Area, CellStyle, ChartSpec, DATE_FORMAT, SheetSpec, SpecValue } from '../sheets';
import { CALL_BYTES, Op, bytesOf } from './batches';
import { PAYLOAD_BUDGET_BYTES, utf8Bytes } from './limits';
import { addRagFormats } from './writeExcel';
import { MARGINS, columnPoints, inchesToPoints } from '../sheets/page';

/** Five conditional formats, each an add and four settings on parts of it. */
const RAG_FORMATS_BYTES = 5 * 6 * CALL_BYTES;
const LINK_STYLE: CellStyle = { colour: '#0563C1' };

/**
 * The calls that write one laid-out sheet (src/workbook/sheets) into the
 * sheet named `target`, each with what it costs: values in blocks of rows,
 * number formats, widths and heights on runs of cells with the same one,
 * styles per area, row-by-row merges per table, links and dates as formulas.
 */
export function specOps(spec: SheetSpec, target: string): Op[] {
  const op = (bytes: number, apply: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void): Op => ({
    sheet: target,
    bytes,
    apply,
  });
  const at = (sheet: Excel.Worksheet, [top, left, bottom, right]: Area) =>
    sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  const cells = cellsOf(spec);
  return [
    ...formatRuns(cells.formats, spec.startRow).map(({ area, format }) =>
      op(CALL_BYTES + format.length, (sheet) => {
        at(sheet, area).numberFormat = [[format]];
      }),
    ),
    ...rowBlocks(cells.values).map(({ from, rows }) =>
      op(bytesOf(rows), (sheet) => {
        sheet.getRangeByIndexes(spec.startRow + from, 0, rows.length, rows[0].length).values = rows;
      }),
    ),
    ...runs(spec.widths.map(columnPoints)).map(({ from, to, value }) =>
      op(CALL_BYTES, (sheet) => {
        at(sheet, [0, from, 0, to]).format.columnWidth = value;
      }),
    ),
    ...runsOf([...spec.heights].sort(([a], [b]) => a - b)).map(({ from, to, value }) =>
      op(CALL_BYTES, (sheet) => {
        at(sheet, [from, 0, to, 0]).format.rowHeight = value;
      }),
    ),
    ...spec.styles.map(({ area, style }) => op(CALL_BYTES * 4, (sheet) => applyStyle(at(sheet, area), style))),
    // merge(true) merges each row of the area on its own: a whole table's rows in one call.
    ...spec.merges.map((area) => op(CALL_BYTES, (sheet) => at(sheet, area).merge(true))),
    ...spec.ragAreas.map((area) => op(RAG_FORMATS_BYTES, (sheet) => addRagFormats(at(sheet, area)))),
    ...linkColumns(spec).map((area) => op(CALL_BYTES * 2, (sheet) => applyStyle(at(sheet, area), LINK_STYLE, true))),
    ...spec.charts.map((chart) => op(CALL_BYTES * 12, (sheet) => addChart(sheet, chart, at))),
  ];
}

/** Sheet settings of a new sheet: gridlines, frozen header, page layout for printing. */
export function setupOps(spec: SheetSpec, target: string): Op[] {
  return [{ sheet: target, bytes: CALL_BYTES * (14 + (spec.pageBreaks?.length ?? 0)), apply: (sheet) => setUp(sheet, spec) }];
}

interface Cells {
  values: (string | number)[][];
  formats: string[][];
}

/**
 * Values and number formats for every cell: text is written under the Text
 * format "@", so Excel keeps "Oct 2021" and "=…" as the text they are; a
 * date is a DATE formula, so it is the right day in a workbook counting from
 * 1904 as well as 1900; a link is a HYPERLINK formula to its cell.
 */
function cellsOf(spec: SheetSpec): Cells {
  const width = Math.max(spec.widths.length, ...spec.rows.map((row) => row?.length ?? 0));
  const links = new Map(spec.links.map((link) => [`${link.row},${link.col}`, link]));
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  spec.rows.forEach((row, i) => {
    values.push([]);
    formats.push([]);
    for (let col = 0; col < width; col += 1) {
      const value: SpecValue = row?.[col] ?? null;
      const link = links.get(`${spec.startRow + i},${col}`);
      if (link) {
        values[i].push(hyperlink(link.sheet, link.cell, typeof value === 'string' ? value : `${link.sheet}!${link.cell}`));
        formats[i].push('General');
      } else {
        values[i].push(valueOf(value));
        formats[i].push(formatOf(value));
      }
    }
  });
  return { values, formats };
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** =HYPERLINK("#'Sheet'!A1","shown"): a link kept in the cell's value, written with the other values. */
export function hyperlink(sheet: string, cell: string, shown: string): string {
  return `=HYPERLINK(${quoted(`#'${sheet.replace(/'/g, "''")}'!${cell}`)},${quoted(shown)})`;
}

function valueOf(value: SpecValue): string | number {
  if (value === null) return '';
  if (typeof value !== 'object') return value;
  const date = dateOfDay(value.day);
  return `=DATE(${date.getUTCFullYear()},${date.getUTCMonth() + 1},${date.getUTCDate()})`;
}

function formatOf(value: SpecValue): string {
  if (value !== null && typeof value === 'object') return DATE_FORMAT;
  return typeof value === 'number' ? 'General' : '@';
}

/** Blocks of whole rows, each small enough for one call to leave room in its request. */
function rowBlocks(rows: (string | number)[][]): { from: number; rows: (string | number)[][] }[] {
  const blocks: { from: number; rows: (string | number)[][] }[] = [];
  let from = 0;
  const sizes = rows.map((row) => utf8Bytes(JSON.stringify(row)));
  while (from < rows.length) {
    let to = from;
    let bytes = 0;
    while (to < rows.length && (to === from || bytes + sizes[to] < PAYLOAD_BUDGET_BYTES / 2)) {
      bytes += sizes[to];
      to += 1;
    }
    blocks.push({ from, rows: rows.slice(from, to) });
    from = to;
  }
  return blocks;
}

/** Runs of equal values at consecutive indexes, from [index, value] pairs in order: [{ from, to, value }], inclusive. */
function runsOf<T>(entries: Iterable<[number, T]>): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  for (const [i, value] of entries) {
    const last = out[out.length - 1];
    if (last && last.value === value && last.to === i - 1) last.to = i;
    else out.push({ from: i, to: i, value });
  }
  return out;
}

/** Runs of equal values in a list. */
const runs = <T>(list: readonly T[]) => runsOf(list.entries());

/** Rectangles of one number format: runs of rows whose formats are the same, cut into runs of columns. */
function formatRuns(formats: string[][], startRow: number): { area: Area; format: string }[] {
  return runs(formats.map((row) => row.join('\u0000'))).flatMap(({ from, to }) =>
    runs(formats[from]).map((cols) => ({ area: [startRow + from, cols.from, startRow + to, cols.to] as Area, format: cols.value })),
  );
}

/** The link cells, as runs down each column, for their link style. */
function linkColumns(spec: SheetSpec): Area[] {
  const out: Area[] = [];
  for (const link of [...spec.links].sort((a, b) => a.col - b.col || a.row - b.row)) {
    const last = out[out.length - 1];
    if (last && last[1] === link.col && last[2] === link.row - 1) last[2] = link.row;
    else out.push([link.row, link.col, link.row, link.col]);
  }
  return out;
}

function applyStyle(range: Excel.Range, style: CellStyle, underline = false): void {
  const { font } = range.format;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size) font.size = style.size;
  if (style.colour) font.color = style.colour;
  if (underline) font.underline = 'Single';
  if (style.fill) range.format.fill.color = style.fill;
  if (style.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
  if (style.align) range.format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.align];
  if (style.underline) {
    const edge = range.format.borders.getItem('EdgeBottom');
    edge.style = 'Continuous';
    edge.weight = 'Medium';
    edge.color = style.colour ?? '#000000';
  }
  // One format for the whole area: a 1×1 array applies to every cell.
  if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
}

/** A stacked bar chart of RAG counts per priority, first priority at the top, series in RAG colours. */
function addChart(sheet: Excel.Worksheet, chart: ChartSpec, at: (sheet: Excel.Worksheet, area: Area) => Excel.Range): void {
  const made = sheet.charts.add(chart.kind === 'bar' ? 'BarStacked' : 'ColumnStacked', at(sheet, chart.data), 'Columns');
  made.title.text = chart.title;
  made.legend.position = 'Bottom';
  // Bars read top to bottom in the table's order; columns left to right, oldest review first, as they are.
  if (chart.kind === 'bar') made.axes.categoryAxis.reversePlotOrder = true;
  const [top, left, bottom, right] = chart.at;
  made.setPosition(at(sheet, [top, left, top, left]), at(sheet, [bottom, right, bottom, right]));
  const categories = at(sheet, chart.categories);
  chart.series.forEach((rag, i) => {
    const series = made.series.getItemAt(i);
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(RAG_COLOURS[rag].fill);
  });
}

/** A4 landscape, one page wide, title rows repeated, no gridlines, header frozen. */
function setUp(sheet: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.hideGridlines) sheet.showGridlines = false;
  if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (!spec.print) return;
  const layout = sheet.pageLayout;
  layout.orientation = spec.print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.printGridlines = false;
  layout.setPrintTitleRows(`$${spec.print.titleRows[0] + 1}:$${spec.print.titleRows[1] + 1}`);
  layout.leftMargin = inchesToPoints(MARGINS.left);
  layout.rightMargin = inchesToPoints(MARGINS.right);
  layout.topMargin = inchesToPoints(MARGINS.top);
  layout.bottomMargin = inchesToPoints(MARGINS.bottom);
  layout.headerMargin = inchesToPoints(MARGINS.header);
  layout.footerMargin = inchesToPoints(MARGINS.footer);
  for (const row of spec.pageBreaks ?? []) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
}
