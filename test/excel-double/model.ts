import ExcelJS from 'exceljs';
import { DATE_1904_OFFSET, dateFromSerial, parseAddress, serialOfDate } from '../../src/plan';
import { displayNumber, isDateFormat } from '../../src/workbook/displayText';

/**
 * The double's model of a workbook open in Excel: what Office.js can read
 * and what the adapter writes, kept so tests can look at the result as an
 * officer would (cells, merges, colours, sheets, charts, print setup).
 */

/** A cell as Excel holds it: what Office.js returns in values, text, valueTypes and numberFormat. */
export interface ModelCell {
  value: string | number | boolean;
  text: string;
  type: 'String' | 'Double' | 'Boolean' | 'Error';
  numberFormat: string;
  /** Set when the cell holds a formula (value and text are its result). */
  formula?: string;
}

/** [top, left, bottom, right], 0-based, inclusive. */
export type ModelArea = [number, number, number, number];

export interface ModelConditionalFormat {
  /** The A1 area it applies to. */
  range: string;
  type: string;
  text: string;
  operator: string;
  fill: string;
  font: string;
  stopIfTrue: boolean;
}

export interface ModelTable {
  id: string;
  name: string;
  /** Header row and data rows. */
  area: ModelArea;
  style: string;
}

export interface ModelChart {
  type: string;
  source: string;
  seriesBy: string;
  /** Settings and method calls by path: "title.text", "series.0.format.fill.setSolidColor". */
  props: Map<string, unknown>;
}

export interface ModelSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, ModelCell>;
  merges: string[];
  /** In priority order: index 0 is the top priority, as Excel's rules manager lists them. */
  conditionalFormats: ModelConditionalFormat[];
  /** Every format property set, in order: range, dotted path (font.bold, fill.color, columnWidth), value. */
  formats: { range: string; path: string; value: unknown }[];
  /** The number format last set on each cell, also for empty cells (a value written later keeps it). */
  numberFormats: Map<string, string>;
  /** Solid fill colours set on cells, "#RRGGBB", as Excel reports format.fill.color. */
  fills: Map<string, string>;
  /** Sheet-level settings set: showGridlines, freezeRows, pageLayout.*. */
  setup: Map<string, unknown>;
  charts: ModelChart[];
  hyperlinks: Map<string, { documentReference?: string; textToDisplay?: string }>;
  tables: ModelTable[];
}

export interface ModelWorkbook {
  sheets: ModelSheet[];
  /** workbook.settings: saved with the workbook. */
  settings: Map<string, unknown>;
  /** Serial 0 is 1 January 1904 (Mac Excel's old default) instead of 30 December 1899. */
  date1904: boolean;
  /** Opened read-only (workbook.readOnly): edits are allowed but cannot be saved. */
  readOnly: boolean;
  /** Opened in view mode (Excel on the web without edit rights): every write fails. */
  viewOnly: boolean;
  /** The officer is typing in a cell: a batch without delayForCellEdit fails; with it, it waits. */
  cellEditing: boolean;
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
}

export const key = (row: number, col: number) => `${row},${col}`;

let nextSheetId = 1;

export function emptyModelSheet(name: string, cells = new Map<string, ModelCell>(), merges: string[] = []): ModelSheet {
  const id = `{00000000-0001-0000-${String(nextSheetId++).padStart(4, '0')}-000000000000}`;
  return {
    id,
    name,
    visibility: 'Visible',
    cells,
    merges,
    conditionalFormats: [],
    formats: [],
    numberFormats: new Map(),
    fills: new Map(),
    setup: new Map(),
    charts: [],
    hyperlinks: new Map(),
    tables: [],
  };
}

export function modelWorkbook(sheets: ModelSheet[], options: Partial<Omit<ModelWorkbook, 'sheets'>> = {}): ModelWorkbook {
  return {
    sheets,
    settings: new Map(),
    date1904: false,
    readOnly: false,
    viewOnly: false,
    cellEditing: false,
    activeSheet: sheets[0]?.name ?? null,
    selection: null,
    ...options,
  };
}

export function sheetNamed(workbook: ModelWorkbook, name: string): ModelSheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the model has no sheet named ${name}`);
  return sheet;
}

/** The text Excel shows for a number under a format, in the workbook's date system. */
export function textOf(value: number, format: string, date1904: boolean): string {
  return displayNumber(isDateFormat(format) && date1904 ? value + DATE_1904_OFFSET : value, format);
}

/** A cell as Excel holds a value typed or written under a number format. */
export function modelCell(raw: unknown, numFmt: string | undefined, date1904 = false): ModelCell | null {
  const format = numFmt ?? 'General';
  if (raw === null || raw === undefined || raw === '') return null;
  if (raw instanceof Date) {
    const serial = serialOfDate(raw) - (date1904 ? DATE_1904_OFFSET : 0);
    const shown = format === 'General' ? 'dd/mm/yyyy' : format;
    return { value: serial, text: textOf(serial, shown, date1904), type: 'Double', numberFormat: shown };
  }
  if (typeof raw === 'number') return { value: raw, text: textOf(raw, format, date1904), type: 'Double', numberFormat: format };
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE', type: 'Boolean', numberFormat: format };
  if (typeof raw === 'string') return { value: raw, text: raw, type: 'String', numberFormat: format };
  const value = raw as Record<string, unknown>;
  if (typeof value.error === 'string') return { value: value.error, text: value.error, type: 'Error', numberFormat: format };
  if ('result' in value || 'formula' in value) return modelCell(value.result, numFmt, date1904);
  if (Array.isArray(value.richText))
    return modelCell((value.richText as { text: string }[]).map((run) => run.text).join(''), numFmt, date1904);
  if ('text' in value) return modelCell(value.text, numFmt, date1904);
  return null;
}

/** A date held by a model cell, read as Excel would in the workbook's date system (for assertions). */
export function dateOfModelCell(cell: ModelCell, date1904: boolean): Date {
  return dateFromSerial((cell.value as number) + (date1904 ? DATE_1904_OFFSET : 0));
}

/**
 * The workbook Excel would hold for an .xlsx file, read straight from
 * exceljs's raw values (not through the product's adapter): dates become
 * serial numbers with their format, formulas their results, rich text plain.
 */
export async function modelFromXlsx(file: string, options: Partial<Omit<ModelWorkbook, 'sheets'>> = {}): Promise<ModelWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return modelFromWorkbook(workbook, options);
}

/** The same, from a workbook built or opened with exceljs. */
export function modelFromWorkbook(workbook: ExcelJS.Workbook, options: Partial<Omit<ModelWorkbook, 'sheets'>> = {}): ModelWorkbook {
  const date1904 = options.date1904 ?? Boolean(workbook.properties.date1904);
  const sheets = workbook.worksheets.map((sheet) => {
    const cells = new Map<string, ModelCell>();
    const fills = new Map<string, string>();
    sheet.eachRow((row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const made = modelCell(cell.value, cell.numFmt, date1904);
        if (made) cells.set(key(r - 1, c - 1), made);
        const fill = cell.style?.fill;
        // Fixtures colour cells with RGB fills; theme colours are resolved by the product's own reader, not modelled here.
        const argb =
          fill?.type === 'pattern' && fill.pattern === 'solid' ? (fill.fgColor as { argb?: string } | undefined)?.argb : undefined;
        if (argb) fills.set(key(r - 1, c - 1), `#${argb.slice(2).toUpperCase()}`);
      }),
    );
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    const model = emptyModelSheet(sheet.name, cells, merges);
    model.fills = fills;
    model.tables = sheet.getTables().map((table, i) => {
      const ref = (table as unknown as { table: { tableRef: string; name: string; style?: { theme?: string } } }).table;
      const [from, to] = ref.tableRef.split(':');
      const start = parseAddress(from);
      const end = parseAddress(to);
      return {
        id: `{TABLE-${sheet.id}-${i + 1}}`,
        name: ref.name,
        area: [start.row, start.col, end.row, end.col] as ModelArea,
        style: ref.style?.theme ?? 'TableStyleMedium2',
      };
    });
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') model.visibility = sheet.state === 'hidden' ? 'Hidden' : 'VeryHidden';
    return model;
  });
  return modelWorkbook(sheets, { ...options, date1904 });
}

/** A plan of n actions in the shape boards keep, as a model, without any file. */
export function modelOfPlan(sheets: number, actionsPerSheet: number): ModelWorkbook {
  return modelWorkbook(
    Array.from({ length: sheets }, (_, s) => {
      const cells = new Map<string, ModelCell>();
      const text = (row: number, col: number, value: string) =>
        value && cells.set(key(row, col), { value, text: value, type: 'String', numberFormat: 'General' });
      text(0, 0, `Priority: SAB${s + 1} Theme ${s + 1}`);
      ['Ref', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'].forEach((header, c) => text(2, c, header));
      for (let i = 0; i < actionsPerSheet; i += 1) {
        const row = 3 + i;
        text(row, 0, `${s + 1}.${i + 1}`);
        text(row, 1, `Review and report on multi-agency meetings for adults at risk (${i})`);
        text(row, 2, i % 5 === 0 ? 'TBC' : 'Procedures Subgroup');
        text(row, 3, ['Sept 2019', 'Mar 2020', 'Ongoing', 'Q3 2019/20'][i % 4]);
        text(row, 4, i % 3 === 0 ? 'Under way' : '');
        text(row, 5, ['G', 'A', 'R', ''][i % 4]);
      }
      return emptyModelSheet(`SAB${s + 1}`, cells);
    }),
  );
}
