import { RAGS, RAG_TEXT, columnLetter, dateOfDay, serialOfDate } from '../../../plan';
import { RAG_COLOURS } from '../../ragColours';
import { Area, CellStyle, ChartSpec, DATE_FORMAT, SheetSpec, SpecValue, Validation } from '../../sheets';
import { MARGINS } from '../../sheets/page';
import { DEFAULT_ROW_POINTS } from '../../sheets/layout';
import { xmlText } from '../package';
import { excelEscaped } from '../xmlSafe';
import { ragDifferentialFormat, ragFormatRules } from '../ragFormats';
import type { StylesPart } from './styles';

/**
 * A sheet the product writes (a SheetSpec from src/workbook/sheets) as
 * SpreadsheetML, its formats added to the workbook's styles part: the
 * file adapter's rendering of the layout the Excel adapter renders through
 * Office.js. Written as text, row by row, so a RAG History or Plan Check of
 * 50,000 rows costs its text and no more.
 */

/** A4 in Excel's paper size numbering. */
const A4 = 9;
/** How many characters' width a full block (█) takes in the sheet's font: bars are sized so none runs past its cells. */
const BLOCK_CHARS = 1.6;
const LINK_COLOUR = '#0563C1';

/** What a cell looks like, folded from the styles laid on it in order, as Excel's format of a cell is. */
interface Look {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  colour?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  border?: string;
  numberFormat?: string;
  unlocked?: boolean;
}

type Content = { value: string | number } | { runs: { text: string; colour?: string }[] };

interface Cell {
  content?: Content;
  look: Look;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const ref = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;
const areaRef = ([top, left, bottom, right]: Area) => `${ref(top, left)}:${ref(bottom, right)}`;
const safe = (text: string) => xmlText(excelEscaped(text));

class Cells {
  readonly rows = new Map<number, Map<number, Cell>>();

  at(row: number, col: number): Cell {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(col);
    if (!cell) cells.set(col, (cell = { look: {} }));
    return cell;
  }
}

function lay(look: Look, style: CellStyle): void {
  if (style.bold) look.bold = true;
  if (style.italic) look.italic = true;
  if (style.size) look.size = style.size;
  if (style.colour) look.colour = style.colour;
  if (style.fill) look.fill = style.fill;
  if (style.wrap) look.wrap = true;
  if (style.align) look.horizontal = style.align;
  if (style.underline) look.border = style.colour ?? '#000000';
  if (style.numberFormat) look.numberFormat = style.numberFormat;
  if (style.unlocked) look.unlocked = true;
}

function setValue(cell: Cell, value: SpecValue): void {
  if (value === null || value === '') return;
  if (typeof value === 'object') {
    cell.content = { value: serialOfDate(dateOfDay(value.day)) };
    cell.look.numberFormat = DATE_FORMAT;
    cell.look.horizontal = 'left';
    return;
  }
  cell.content = { value };
}

/** The format's index in the styles part: its font (Calibri, as the layout measures text in), fill, border and number format first. */
function formatOf(look: Look, styles: StylesPart, cache: Map<string, number>): number {
  const key = JSON.stringify(look);
  const known = cache.get(key);
  if (known !== undefined) return known;
  const font = `<font>${look.bold ? '<b/>' : ''}${look.italic ? '<i/>' : ''}${look.underline ? '<u/>' : ''}<sz val="${look.size ?? 11}"/>${look.colour ? `<color rgb="${argb(look.colour)}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`;
  const fontId = styles.add('fonts', font);
  const fillId = look.fill
    ? styles.add(
        'fills',
        `<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
      )
    : 0;
  const borderId = look.border
    ? styles.add(
        'borders',
        `<border><left/><right/><top/><bottom style="medium"><color rgb="${argb(look.border)}"/></bottom><diagonal/></border>`,
      )
    : 0;
  const numFmtId = look.numberFormat ? styles.formatId(look.numberFormat) : 0;
  const alignment =
    look.wrap || look.horizontal
      ? `<alignment${look.horizontal ? ` horizontal="${look.horizontal}"` : ''}${look.wrap ? ' vertical="top" wrapText="1"' : ''}/>`
      : '';
  // CT_Xf's children in order: alignment, then protection.
  const children = `${alignment}${look.unlocked ? '<protection locked="0"/>' : ''}`;
  const applied = [
    numFmtId ? ' applyNumberFormat="1"' : '',
    ' applyFont="1"',
    fillId ? ' applyFill="1"' : '',
    borderId ? ' applyBorder="1"' : '',
    alignment ? ' applyAlignment="1"' : '',
    look.unlocked ? ' applyProtection="1"' : '',
  ].join('');
  const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
  const index = styles.add('cellXfs', children ? `<xf ${attributes}>${children}</xf>` : `<xf ${attributes}/>`);
  cache.set(key, index);
  return index;
}

function cellXml(row: number, col: number, cell: Cell, style: number): string {
  const at = `r="${ref(row, col)}" s="${style}"`;
  const content = cell.content;
  if (!content) return `<c ${at}/>`;
  if ('runs' in content) {
    const runs = content.runs.map(
      (run) =>
        `<r><rPr>${run.colour ? `<color rgb="${argb(run.colour)}"/>` : ''}<rFont val="Calibri"/><sz val="11"/></rPr><t xml:space="preserve">${safe(run.text)}</t></r>`,
    );
    return `<c ${at} t="inlineStr"><is>${runs.join('')}</is></c>`;
  }
  if (typeof content.value === 'number') return `<c ${at}><v>${content.value}</v></c>`;
  return `<c ${at} t="inlineStr"><is><t xml:space="preserve">${safe(content.value)}</t></is></c>`;
}

/**
 * The stacked bars drawn in the chart's cells, as coloured blocks, one row
 * per priority: the chart part (chartPart.ts) covers them; a viewer with no
 * charts still shows them. Gives the merges they need.
 */
function drawBars(cells: Cells, chart: ChartSpec, widths: readonly number[]): string[] {
  const [top, left] = chart.at;
  // The bars take the chart's second and third columns, merged on each row; the counts follow in words.
  const blocks = Math.floor(((widths[left + 1] ?? 8) + (widths[left + 2] ?? 8)) / BLOCK_CHARS);
  const most = Math.max(1, ...chart.bars.map((bar) => RAGS.reduce((sum, rag) => sum + bar.counts[rag], 0)));
  const scale = Math.min(1, blocks / most);
  const merges: string[] = [];
  chart.bars.forEach((bar, i) => {
    const row = top + i;
    const label = cells.at(row, left);
    label.content = { value: bar.label };
    label.look.bold = true;
    const runs = RAGS.filter((rag) => bar.counts[rag] > 0).map((rag) => ({
      text: '█'.repeat(Math.max(1, Math.round(bar.counts[rag] * scale))),
      colour: RAG_COLOURS[rag].fill,
    }));
    merges.push(areaRef([row, left + 1, row, left + 2]));
    if (runs.length > 0) cells.at(row, left + 1).content = { runs };
    cells.at(row, left + 3).content = {
      value: RAGS.filter((rag) => bar.counts[rag] > 0)
        .map((rag) => `${bar.counts[rag]} ${RAG_TEXT[rag]}`)
        .join(' · '),
    };
  });
  cells.at(top + chart.bars.length + 1, left + 1).content = {
    runs: RAGS.flatMap((rag) => [{ text: '█ ', colour: RAG_COLOURS[rag].fill }, { text: `${RAG_TEXT[rag]}   ` }]),
  };
  return merges;
}

/** The spec's merged areas as a sheet part lists them, row by row (each row of an area is one merged cell). */
function mergeRefs(spec: SheetSpec): string[] {
  return spec.merges.flatMap(([top, left, bottom, right]) =>
    Array.from({ length: bottom - top + 1 }, (_, i) => areaRef([top + i, left, top + i, right])),
  );
}

export interface RenderedSheet {
  /** Row (1-based) → its open tag and its cells by column (1-based), for an append. */
  rows: Map<number, { tag: string; cells: Map<number, string> }>;
  merges: string[];
  conditionalFormats: string[];
  /** The whole worksheet part, for a sheet written anew. */
  xml: string;
  /** The print titles' definedName, for the sheet at `index`. */
  printNames(index: number): string[];
}

export function renderSheet(spec: SheetSpec, styles: StylesPart, priorityBase = 0): RenderedSheet {
  const cells = new Cells();
  spec.rows.forEach((values, i) => values?.forEach((value, col) => setValue(cells.at(spec.startRow + i, col), value)));
  for (const { area, style } of spec.styles) {
    const [top, left, bottom, right] = area;
    for (let row = top; row <= bottom; row += 1) for (let col = left; col <= right; col += 1) lay(cells.at(row, col).look, style);
  }
  const links = spec.links.map((link) => {
    const cell = cells.at(link.row, link.col);
    cell.look.colour = LINK_COLOUR;
    cell.look.underline = true;
    const location = `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
    return `<hyperlink ref="${ref(link.row, link.col)}" location="${xmlText(location)}" display="${xmlText(location)}"/>`;
  });
  const merges = [...mergeRefs(spec), ...spec.charts.flatMap((chart) => drawBars(cells, chart, spec.widths))];
  let priority = priorityBase;
  const conditionalFormats = spec.ragAreas.map((area) => {
    const sqref = areaRef(area);
    const rules = ragFormatRules(sqref.split(':')[0]).map(({ rag, formula }) => {
      priority += 1;
      return `<cfRule type="expression" dxfId="${styles.add('dxfs', ragDifferentialFormat(rag))}" priority="${priority}"><formula>${xmlText(formula)}</formula></cfRule>`;
    });
    return `<conditionalFormatting sqref="${sqref}">${rules.join('')}</conditionalFormatting>`;
  });
  const cache = new Map<string, number>();
  const rows = new Map<number, { tag: string; cells: Map<number, string> }>();
  const rowNumbers = new Set([...cells.rows.keys(), ...spec.rows.map((_, i) => spec.startRow + i)]);
  for (const row of [...rowNumbers].sort((a, b) => a - b)) {
    const height = spec.heights.get(row) ?? DEFAULT_ROW_POINTS;
    const written = new Map<number, string>();
    for (const [col, cell] of [...(cells.rows.get(row) ?? new Map<number, Cell>())].sort((a, b) => a[0] - b[0])) {
      written.set(col + 1, cellXml(row, col, cell, formatOf(cell.look, styles, cache)));
    }
    rows.set(row + 1, { tag: `<row r="${row + 1}" ht="${height}" customHeight="1">`, cells: written });
  }
  return {
    rows,
    merges,
    conditionalFormats,
    xml: worksheetXml(spec, rows, merges, conditionalFormats, links),
    printNames: (index) =>
      spec.print
        ? [
            `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlText(`'${spec.name.replace(/'/g, "''")}'!$${spec.print.titleRows[0] + 1}:$${spec.print.titleRows[1] + 1}`)}</definedName>`,
          ]
        : [],
  };
}

function worksheetXml(
  spec: SheetSpec,
  rows: RenderedSheet['rows'],
  merges: string[],
  conditionalFormats: string[],
  links: string[],
): string {
  const pane = spec.freezeRows
    ? `<pane ySplit="${spec.freezeRows}" topLeftCell="A${spec.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  const view = `<sheetView workbookViewId="0"${spec.hideGridlines ? ' showGridLines="0"' : ''}${pane ? `>${pane}</sheetView>` : '/>'}`;
  const hidden = new Set(spec.hiddenColumns ?? []);
  const cols = spec.widths
    .map((width, col) => `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"${hidden.has(col) ? ' hidden="1"' : ''}/>`)
    .join('');
  const data = [...rows.values()].map(({ tag, cells }) => `${tag}${[...cells.values()].join('')}</row>`).join('');
  const breaks = (spec.pageBreaks ?? []).filter((row) => row > 0);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    spec.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<sheetViews>${view}</sheetViews>`,
    `<sheetFormatPr defaultRowHeight="${DEFAULT_ROW_POINTS}"/>`,
    cols ? `<cols>${cols}</cols>` : '',
    `<sheetData>${data}</sheetData>`,
    // Formatting rows and columns stays allowed (="0"), so text can be given room; nothing else locked can be changed.
    spec.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' : '',
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '',
    conditionalFormats.join(''),
    validationsXml(spec.validations ?? []),
    links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '',
    `<pageMargins left="${MARGINS.left}" right="${MARGINS.right}" top="${MARGINS.top}" bottom="${MARGINS.bottom}" header="${MARGINS.header}" footer="${MARGINS.footer}"/>`,
    spec.print
      ? `<pageSetup paperSize="${A4}" orientation="${spec.print.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`
      : '',
    breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join('')}</rowBreaks>`
      : '',
    '</worksheet>',
  ].join('');
}

/** Drop-downs and date cells, as Excel writes them: a blank is allowed, anything else refused with a message. */
function validationsXml(validations: readonly Validation[]): string {
  if (validations.length === 0) return '';
  const rules = validations.map((v) => {
    const sqref = areaRef(v.area);
    if ('list' in v)
      return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Choose from the list" error="${xmlText(`One of: ${v.list.join(', ')}.`)}" sqref="${sqref}"><formula1>${xmlText(`"${v.list.join(',')}"`)}</formula1></dataValidation>`;
    return `<dataValidation type="date" operator="greaterThan" allowBlank="1" showErrorMessage="1" errorTitle="A date" error="A date, such as 31/03/2025." sqref="${sqref}"><formula1>1</formula1></dataValidation>`;
  });
  return `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
}
