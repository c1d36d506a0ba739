import { RAG_COLOURS } from '../ragColours';
import { Area, CellStyle, ChartSpec, DATE_FORMAT, SheetSpec, SpecValue } from '../sheets';
import { PAYLOAD_BUDGET_BYTES } from './limits';
import { addRagFormats } from './writeExcel';

/** Excel's serial number of 1970-01-01, the engine's day 0. */
const SERIAL_OF_DAY_ZERO = 25569;
/** A queued formatting call costs about this much of a request. */
const OP_BYTES = 200;
/** Points per character of column width (Calibri 11: 7 px a character, 5 px padding). */
const POINTS_PER_CHAR = 5.25;
const PADDING_POINTS = 3.75;

type Op = (context: Excel.RequestContext) => void;

/**
 * Queued calls, grouped so no request passes the payload budget: one sync
 * for a board summary of any usual size, more only for a very large plan.
 */
class Batches {
  private groups: Op[][] = [[]];
  private used = 0;

  add(bytes: number, op: Op): void {
    if (this.used + bytes > PAYLOAD_BUDGET_BYTES && this.groups[this.groups.length - 1].length > 0) {
      this.groups.push([]);
      this.used = 0;
    }
    this.groups[this.groups.length - 1].push(op);
    this.used += bytes;
  }

  async run(context: Excel.RequestContext): Promise<void> {
    for (const group of this.groups) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const op of group) op(context);
      await context.sync();
    }
  }
}

/** Writes the product's sheets (replacing its earlier ones) and shows the first. */
export async function writeSheets(context: Excel.RequestContext, specs: readonly SheetSpec[]): Promise<void> {
  const batches = new Batches();
  for (const spec of specs) queueSpec(batches, spec);
  const first = specs[0];
  if (first) batches.add(OP_BYTES, (c) => c.workbook.worksheets.getItem(first.name).activate());
  await batches.run(context);
}

function queueSpec(batches: Batches, spec: SheetSpec): void {
  const sheetOf = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(spec.name);
  if (spec.mode === 'replace') {
    batches.add(OP_BYTES, (context) => {
      if (spec.replaces) sheetOf(context).delete();
      context.workbook.worksheets.add(spec.name);
    });
  }
  queueValues(batches, spec, sheetOf);
  queueFormats(batches, spec, sheetOf);
  if (spec.chart) queueChart(batches, spec.chart, sheetOf);
  if (spec.mode === 'replace') queueSheetSetup(batches, spec, sheetOf);
}

const width = (spec: SheetSpec) => Math.max(spec.widths.length, ...spec.rows.map((row) => row?.length ?? 0));

/** Values as 2-D arrays in chunks of rows; text is formatted "@" first, so Excel keeps "Oct 2021" and "=…" as the text they are. */
function queueValues(batches: Batches, spec: SheetSpec, sheetOf: (c: Excel.RequestContext) => Excel.Worksheet): void {
  const columns = width(spec);
  const rows = spec.rows.map((row) => Array.from({ length: columns }, (_, c) => row?.[c] ?? null));
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    // Values and their number formats both travel in the request.
    while (end < rows.length && (end === start || bytes + rowBytes(rows[end]) < PAYLOAD_BUDGET_BYTES / 2)) {
      bytes += rowBytes(rows[end]);
      end += 1;
    }
    const chunk = rows.slice(start, end);
    const top = spec.startRow + start;
    batches.add(bytes + OP_BYTES, (context) => {
      const range = sheetOf(context).getRangeByIndexes(top, 0, chunk.length, columns);
      range.numberFormat = chunk.map((row) => row.map(formatOf));
      range.values = chunk.map((row) => row.map(valueOf));
    });
    start = end;
  }
}

function rowBytes(row: SpecValue[]): number {
  return JSON.stringify(row).length + row.length * 6;
}

function valueOf(value: SpecValue): string | number {
  if (value === null) return '';
  return typeof value === 'object' ? value.day + SERIAL_OF_DAY_ZERO : value;
}

function formatOf(value: SpecValue): string {
  if (value !== null && typeof value === 'object') return DATE_FORMAT;
  return typeof value === 'number' ? 'General' : '@';
}

function rangeOf(sheet: Excel.Worksheet, [top, left, bottom, right]: Area): Excel.Range {
  return sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
}

function queueFormats(batches: Batches, spec: SheetSpec, sheetOf: (c: Excel.RequestContext) => Excel.Worksheet): void {
  spec.widths.forEach((chars, col) => batches.add(OP_BYTES, (c) => {
    sheetOf(c).getRangeByIndexes(0, col, 1, 1).format.columnWidth = Math.round(chars * POINTS_PER_CHAR + PADDING_POINTS);
  }));
  for (const [row, height] of spec.heights) batches.add(OP_BYTES, (c) => { sheetOf(c).getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height; });
  for (const { area, style } of spec.styles) batches.add(OP_BYTES, (c) => applyStyle(rangeOf(sheetOf(c), area), area, style));
  // merge(true) merges each row of the area on its own: a whole table's rows in one call.
  for (const area of spec.merges) batches.add(OP_BYTES, (c) => rangeOf(sheetOf(c), area).merge(true));
  for (const area of spec.ragAreas) batches.add(OP_BYTES * 5, (c) => addRagFormats(rangeOf(sheetOf(c), area)));
  for (const link of spec.links) {
    batches.add(OP_BYTES, (c) => {
      const target = `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
      sheetOf(c).getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = { documentReference: target, textToDisplay: `${link.sheet}!${link.cell}` };
    });
  }
}

function applyStyle(range: Excel.Range, area: Area, style: CellStyle): void {
  const { font } = range.format;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size) font.size = style.size;
  if (style.colour) font.color = style.colour;
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
  if (style.numberFormat) {
    const [top, left, bottom, right] = area;
    range.numberFormat = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => style.numberFormat!));
  }
}

/** A stacked bar chart of RAG counts per priority, first priority at the top, series in RAG colours. */
function queueChart(batches: Batches, chart: ChartSpec, sheetOf: (c: Excel.RequestContext) => Excel.Worksheet): void {
  batches.add(OP_BYTES * 4, (context) => {
    const sheet = sheetOf(context);
    const made = sheet.charts.add('BarStacked', rangeOf(sheet, chart.data), 'Columns');
    made.title.text = chart.title;
    made.legend.position = 'Bottom';
    made.axes.categoryAxis.reversePlotOrder = true;
    const [top, left, bottom, right] = chart.at;
    made.setPosition(rangeOf(sheet, [top, left, top, left]), rangeOf(sheet, [bottom, right, bottom, right]));
    chart.series.forEach((rag, i) => {
      const series = made.series.getItemAt(i);
      series.setXAxisValues(rangeOf(sheet, chart.categories));
      series.format.fill.setSolidColor(RAG_COLOURS[rag].fill);
    });
  });
}

/** A4 landscape, one page wide, title rows repeated, no gridlines, header frozen. */
function queueSheetSetup(batches: Batches, spec: SheetSpec, sheetOf: (c: Excel.RequestContext) => Excel.Worksheet): void {
  batches.add(OP_BYTES * 2, (context) => {
    const sheet = sheetOf(context);
    if (spec.hideGridlines) sheet.showGridlines = false;
    if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
    if (!spec.print) return;
    const layout = sheet.pageLayout;
    layout.orientation = spec.print.landscape ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.printGridlines = false;
    layout.setPrintTitleRows(`$${spec.print.titleRows[0] + 1}:$${spec.print.titleRows[1] + 1}`);
  });
}
