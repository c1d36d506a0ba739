import { Area, CellStyle, SheetSpec, SpecValue } from './spec';
import { pageHeight } from './page';
import { roomUnits, wrappedLines } from './textWidth';
import type { PlacedTable, TableRow } from './table';

/** Points per line of 11 pt text: Excel's row for one line is 15 pt, for n wrapped lines n × 15. */
const LINE_POINTS = 15;
/** Excel's default row height, for rows the layout leaves at the default. */
export const DEFAULT_ROW_POINTS = 15;
/** Room kept spare on every page: renderers round row heights and scales differently. */
const PAGE_SLACK = 0.94;

export interface RowOptions {
  /** Style for every cell of the row. */
  style?: CellStyle;
  /** Styles for single cells, by column. */
  cells?: Record<number, CellStyle>;
  /** Column spans [from, to] merged into one cell. */
  spans?: [number, number][];
  /** Columns that hold RAG words. */
  rag?: number[];
  /** A section's heading: never left at the foot of a page, it moves to the next with what follows it. */
  heading?: boolean;
}

/**
 * Writes a sheet spec row by row. Each row is as tall as its longest
 * wrapped cell needs, estimated here because Excel does not grow a row for
 * a merged cell's text: nothing is cut off on screen or in print.
 */
export class Layout {
  row: number;
  /** Points used on the page being filled, when the sheet is paginated. */
  private used = 0;
  /** The header row of the table being laid out: repeated at the top of a page the table runs onto. */
  private header: { values: SpecValue[]; options: RowOptions } | null = null;
  /**
   * Rows holding a repeated header: a table's styles, merges and RAG colours
   * run on across them as one area each (hundreds of pieces would make a
   * request to Excel hundreds of conditional formats longer).
   */
  private readonly repeats = new Set<number>();
  /** The section heading just placed, while nothing has followed it yet. */
  private heading: { row: number; points: number } | null = null;

  constructor(readonly spec: SheetSpec) {
    this.row = spec.startRow;
  }

  /**
   * Lays the sheet out in pages (A4 landscape, one page wide, the title rows
   * repeated on each): call once the column widths are set.
   */
  paginate(): void {
    this.spec.pageBreaks = [];
  }

  /** Starts a new page unless this many points still fit on this one: a heading is never left alone at a page's foot. */
  keep(points: number): void {
    if (this.spec.pageBreaks && this.used > 0 && this.used + points > this.pageRoom()) this.newPage();
  }

  /** Points still free on the page being filled (no limit when the sheet is not paginated). */
  pointsLeft(): number {
    return this.spec.pageBreaks ? this.pageRoom() - this.used : Infinity;
  }

  /** A table's header row: remembered, to repeat at the top of every page the table runs onto. */
  tableHeader(values: SpecValue[], options: RowOptions = {}): number {
    this.keep(this.heightOf(values, options) + 2 * DEFAULT_ROW_POINTS);
    const row = this.add(values, options);
    this.header = { values, options };
    return row;
  }

  /**
   * A whole table by named columns: its header (repeated on each page it
   * runs onto) and its rows, each styled by `styleOf` (the body style unless
   * said). Returns the header's row.
   */
  table<K extends string>(
    placed: PlacedTable<K>,
    rows: readonly TableRow<K>[],
    styles: {
      header: CellStyle;
      body: CellStyle;
      styleOf?: (index: number) => CellStyle | undefined;
      /** Styles of single cells of a row, by column key (a severity's colour). */
      cellsOf?: (index: number) => Partial<Record<K, CellStyle>>;
    },
  ): number {
    const laid = rows.map((row, i) => {
      const [values, options] = placed.row(row, styles.styleOf?.(i) ?? styles.body);
      for (const [key, style] of Object.entries(styles.cellsOf?.(i) ?? {}) as [K, CellStyle][]) {
        if (placed.has(key)) options.cells = { ...options.cells, [placed.columnOf(key)]: style };
      }
      return [values, options] as const;
    });
    const [headerValues, headerOptions] = placed.header(styles.header);
    // The header goes on a page with at least the first row under it, however tall that row is.
    const first = laid.length > 0 ? this.rowPoints(...laid[0]) : 0;
    this.keep(this.rowPoints(headerValues, headerOptions) + first);
    const header = this.tableHeader(headerValues, headerOptions);
    for (const [values, options] of laid) this.add(values, options);
    this.endTable();
    return header;
  }

  /** The table is done: no header to repeat. */
  endTable(): void {
    this.header = null;
  }

  /** Points of a row of these values, as it will be printed. */
  rowPoints(values: SpecValue[], options: RowOptions = {}): number {
    return Math.max(DEFAULT_ROW_POINTS, this.heightOf(values, options));
  }

  private pageRoom(): number {
    return pageHeight(this.spec.widths) * PAGE_SLACK - this.titlePoints();
  }

  /** The title rows printed at the top of every page. */
  private titlePoints(): number {
    const titles = this.spec.print?.titleRows;
    if (!titles) return 0;
    let points = 0;
    for (let row = titles[0]; row <= titles[1]; row += 1) points += this.spec.heights.get(row) ?? DEFAULT_ROW_POINTS;
    return points;
  }

  /** A new page from the next row, or from the heading placed just before it: a heading goes over with what it heads. */
  private newPage(): void {
    const heading = this.heading;
    if (heading && heading.row === this.row - 1 && this.used > heading.points) {
      this.spec.pageBreaks!.push(heading.row);
      this.used = heading.points;
      return;
    }
    this.spec.pageBreaks!.push(this.row);
    this.used = 0;
  }

  add(values: SpecValue[], options: RowOptions = {}): number {
    if (this.spec.pageBreaks) {
      const points = this.rowPoints(values, options);
      if (this.used > 0 && this.used + points > this.pageRoom()) {
        this.newPage();
        if (this.header && values !== this.header.values) {
          const { values: headerValues, options: headerOptions } = this.header;
          this.header = null;
          this.repeats.add(this.add(headerValues, headerOptions));
          this.header = { values: headerValues, options: headerOptions };
        }
      }
      this.used += points;
    }
    const row = this.row;
    this.row += 1;
    this.heading = options.heading ? { row, points: this.rowPoints(values, options) } : null;
    this.spec.rows[row - this.spec.startRow] = values;
    const last = Math.max(values.length, this.spec.widths.length) - 1;
    if (options.style) this.addStyle([row, 0, row, last], options.style);
    for (const [col, style] of Object.entries(options.cells ?? {})) this.addStyle([row, Number(col), row, Number(col)], style);
    for (const [from, to] of options.spans ?? []) extendOrAdd(this.spec.merges, [row, from, row, to], this.repeats);
    for (const col of options.rag ?? []) extendOrAdd(this.spec.ragAreas, [row, col, row, col], this.repeats);
    const height = this.heightOf(values, options);
    if (height > DEFAULT_ROW_POINTS) this.spec.heights.set(row, height);
    return row;
  }

  gap(rows = 1): void {
    this.header = null;
    for (let i = 0; i < rows; i += 1) this.add([]);
  }

  /** The same style on the rows of a table is one area, not one per row: a far smaller request to Excel. */
  private addStyle(area: Area, style: CellStyle): void {
    const above = this.spec.styles.find((s) => s.style === style && continues(s.area, area, this.repeats));
    if (above) above.area[2] = area[2];
    else this.spec.styles.push({ area, style });
  }

  private heightOf(values: SpecValue[], options: RowOptions): number {
    const size = options.style?.size ?? 11;
    let lines = 1;
    values.forEach((value, col) => {
      const wraps = options.cells?.[col]?.wrap ?? options.style?.wrap ?? false;
      if (!wraps || typeof value !== 'string' || value === '') return;
      const span = options.spans?.find(([from]) => from === col);
      const last = span ? span[1] : col;
      // A column the sheet gives no width has Excel's default, 8.43.
      const room = roomUnits(Array.from({ length: last - col + 1 }, (_, i) => this.spec.widths[col + i] ?? 8.43));
      const bold = options.cells?.[col]?.bold ?? options.style?.bold ?? false;
      lines = Math.max(lines, wrappedLines(value, room, bold, size));
    });
    return Math.ceil(lines * LINE_POINTS * (size / 11));
  }
}

/** Whether an area of one row continues an area directly above it (or above a repeated header), over the same columns. */
function continues(above: Area, area: Area, repeats: ReadonlySet<number>): boolean {
  const sameColumns = above[1] === area[1] && above[3] === area[3];
  return sameColumns && (above[2] === area[0] - 1 || (repeats.has(area[0] - 1) && above[2] === area[0] - 2));
}

/** Adds a one-row area, or grows the area above it: rag areas and row-by-row merges over a table's rows. */
function extendOrAdd(areas: Area[], area: Area, repeats: ReadonlySet<number>): void {
  const above = areas.find((a) => continues(a, area, repeats));
  if (above) above[2] = area[2];
  else areas.push(area);
}
