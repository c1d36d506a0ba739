import { Area, CellStyle, SheetSpec, SpecValue } from './spec';

/** Points per line of 11 pt text, and the padding Excel adds to a row. */
const LINE_POINTS = 14.4;
const ROW_PADDING = 2;
/** Bold and capitals run wider than the "0" a column width is measured in. */
const CHARS_PER_WIDTH = 1.1;

export interface RowOptions {
  /** Style for every cell of the row. */
  style?: CellStyle;
  /** Styles for single cells, by column. */
  cells?: Record<number, CellStyle>;
  /** Column spans [from, to] merged into one cell. */
  spans?: [number, number][];
  /** Columns that hold RAG words. */
  rag?: number[];
}

/**
 * Writes a sheet spec row by row. Each row is as tall as its longest
 * wrapped cell needs, estimated here because Excel does not grow a row for
 * a merged cell's text: nothing is cut off on screen or in print.
 */
export class Layout {
  row: number;

  constructor(readonly spec: SheetSpec) {
    this.row = spec.startRow;
  }

  add(values: SpecValue[], options: RowOptions = {}): number {
    const row = this.row;
    this.row += 1;
    this.spec.rows[row - this.spec.startRow] = values;
    const last = Math.max(values.length, this.spec.widths.length) - 1;
    if (options.style) this.addStyle([row, 0, row, last], options.style);
    for (const [col, style] of Object.entries(options.cells ?? {})) this.addStyle([row, Number(col), row, Number(col)], style);
    for (const [from, to] of options.spans ?? []) extendOrAdd(this.spec.merges, [row, from, row, to]);
    for (const col of options.rag ?? []) extendOrAdd(this.spec.ragAreas, [row, col, row, col]);
    const height = this.heightOf(values, options);
    if (height > LINE_POINTS + ROW_PADDING) this.spec.heights.set(row, height);
    return row;
  }

  gap(rows = 1): void {
    for (let i = 0; i < rows; i += 1) this.add([]);
  }

  style(area: Area, style: CellStyle): void {
    this.spec.styles.push({ area, style });
  }

  /** The same style on the rows of a table is one area, not one per row: a far smaller request to Excel. */
  private addStyle(area: Area, style: CellStyle): void {
    const above = this.spec.styles.find((s) => s.style === style && continues(s.area, area));
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
      const width = this.widthOf(col, span ? span[1] : col);
      lines = Math.max(lines, linesOf(value, width));
    });
    return Math.ceil(lines * LINE_POINTS * (size / 11) + ROW_PADDING);
  }

  private widthOf(from: number, to: number): number {
    let width = 0;
    for (let col = from; col <= to; col += 1) width += this.spec.widths[col] ?? 9;
    return width;
  }
}

/** Whether an area of one row continues an area directly above it, over the same columns. */
function continues(above: Area, area: Area): boolean {
  return above[1] === area[1] && above[3] === area[3] && above[2] === area[0] - 1;
}

/** Adds a one-row area, or grows the area above it: rag areas and row-by-row merges over a table's rows. */
function extendOrAdd(areas: Area[], area: Area): void {
  const above = areas.find((a) => continues(a, area));
  if (above) above[2] = area[2];
  else areas.push(area);
}

/** Lines a text takes wrapped in a column this many characters wide. */
export function linesOf(text: string, width: number): number {
  const room = Math.max(1, width / CHARS_PER_WIDTH - 1);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / room)), 0);
}
