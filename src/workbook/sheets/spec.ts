import type { Day, Rag } from '../../plan';

/**
 * A sheet the product writes, laid out once and rendered by both adapters
 * (SpreadsheetML for files and the preview, Office.js in Excel), so the Board
 * Summary looks the same wherever it is made. Rows and columns are 0-based.
 */
export type SpecValue = string | number | { day: Day } | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** '#RRGGBB'. */
  colour?: string;
  fill?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A rule under the cells (section headers). */
  underline?: boolean;
  /** Excel number format, e.g. '0%'. */
  numberFormat?: string;
  /** A cell left open to edit on a protected sheet (the cells a lead fills in a return). */
  unlocked?: boolean;
}

/** What a range of cells accepts: one of a list (a drop-down), or a date. */
export type Validation = { area: Area; list: string[] } | { area: Area; date: true };

/** [top, left, bottom, right], inclusive. */
export type Area = [number, number, number, number];

export interface ChartSpec {
  /** Stacked bars across (one per priority) or stacked columns up (one per review). */
  kind: 'bar' | 'column';
  title: string;
  /** Header row and data rows of the series: one column per series, coloured by its RAG. */
  data: Area;
  series: Rag[];
  /** The category labels (priority codes), one per data row. */
  categories: Area;
  /** The cells the chart covers (kept empty by the layout). */
  at: Area;
  /** Counts per category: the files' chart part caches them, and the same bars are drawn in the chart's cells beneath it. */
  bars: { label: string; counts: Record<Rag, number> }[];
}

export interface SheetSpec {
  name: string;
  /** replace: delete the product's sheet of this name (if any) and write it anew; append: write rows below the existing ones. */
  mode: 'replace' | 'append';
  /** replace: the product's sheet of this name exists and is deleted first. */
  replaces: boolean;
  startRow: number;
  rows: SpecValue[][];
  /** Column widths in characters. */
  widths: number[];
  /** Row heights in points, by row; rows not named keep the default. */
  heights: Map<number, number>;
  styles: { area: Area; style: CellStyle }[];
  /** Areas whose cells are merged row by row (each row of the area becomes one cell). */
  merges: Area[];
  /** Cells holding RAG words, coloured by conditional formats as the Computed RAG column is. */
  ragAreas: Area[];
  /** Cells that link to a cell of the plan. */
  links: { row: number; col: number; sheet: string; cell: string }[];
  charts: ChartSpec[];
  print?: { landscape: boolean; titleRows: [number, number] };
  /** Rows (0-based) a printed page starts at, placed by the layout so no heading ends a page and no table goes on without its headings. */
  pageBreaks?: number[];
  freezeRows?: number;
  hideGridlines?: boolean;
  /** Protected without a password, against accidents, not attacks: only unlocked cells can be edited (rows and columns can still be resized). */
  protect?: boolean;
  validations?: Validation[];
  /** Columns kept out of sight (what a return carries to match its rows back). */
  hiddenColumns?: number[];
}

export function emptySpec(name: string, mode: SheetSpec['mode'] = 'replace', startRow = 0, replaces = false): SheetSpec {
  return {
    name,
    mode,
    replaces,
    startRow,
    rows: [],
    widths: [],
    heights: new Map(),
    styles: [],
    merges: [],
    ragAreas: [],
    links: [],
    charts: [],
  };
}

export const DATE_FORMAT = 'd mmm yyyy';
