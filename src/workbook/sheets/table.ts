import type { CellStyle, SpecValue } from './spec';
import type { RowOptions } from './layout';

/**
 * A table of a product sheet, laid out by named columns (as exceljs's
 * `columns = [{ header, key }]`), never by column numbers and padding: a
 * column added or left out moves no other column's style, merge, colour or
 * chart reference, since each is found by its key.
 */
export interface TableColumn<K extends string> {
  key: K;
  header: string;
  /** Sheet columns it takes, merged on every row (1 unless said). */
  span?: number;
  /** Left out when no row has a value in it (a plan with no refs, no leads): its room goes to a neighbour. */
  optional?: boolean;
  /** Which neighbour takes the room of a column left out: the one before (the default) or after. */
  gives?: 'before' | 'after';
  /** Holds RAG words, coloured as the Computed RAG column is. */
  rag?: boolean;
  /** Style of its cells below the header (centred counts, a number format). */
  style?: CellStyle;
}

export type TableRow<K extends string> = Partial<Record<K, SpecValue>>;

/** Where each kept column of a table sits on the sheet: [first, last] sheet column, by key. */
export class PlacedTable<K extends string> {
  readonly at = new Map<K, [number, number]>();

  constructor(
    readonly columns: TableColumn<K>[],
    rows: readonly TableRow<K>[],
  ) {
    const kept = columns.filter((c) => !c.optional || rows.some((row) => !isEmpty(row[c.key])));
    const spans = new Map(kept.map((c) => [c.key, c.span ?? 1]));
    columns.forEach((column, i) => {
      if (kept.includes(column)) return;
      const before = [...columns.slice(0, i)].reverse().find((c) => kept.includes(c));
      const after = columns.slice(i + 1).find((c) => kept.includes(c));
      const neighbour = column.gives === 'after' ? (after ?? before) : (before ?? after);
      if (neighbour) spans.set(neighbour.key, spans.get(neighbour.key)! + (column.span ?? 1));
    });
    let next = 0;
    for (const column of kept) {
      const span = spans.get(column.key)!;
      this.at.set(column.key, [next, next + span - 1]);
      next += span;
    }
  }

  /** The sheet column a key starts at; throws for a column left out (a layout error, never an officer's). */
  columnOf(key: K): number {
    const at = this.at.get(key);
    if (!at) throw new Error(`the table has no column ${key}`);
    return at[0];
  }

  has(key: K): boolean {
    return this.at.has(key);
  }

  header(style: CellStyle): [SpecValue[], RowOptions] {
    return this.row(Object.fromEntries(this.columns.map((c) => [c.key, c.header])) as TableRow<K>, style, false);
  }

  /** A row's values by sheet column, with its merges, cell styles and RAG columns. */
  row(values: TableRow<K>, style: CellStyle, body = true): [SpecValue[], RowOptions] {
    const cells: SpecValue[] = [];
    const options: Required<Pick<RowOptions, 'cells' | 'spans' | 'rag'>> & RowOptions = { style, cells: {}, spans: [], rag: [] };
    for (const column of this.columns) {
      const at = this.at.get(column.key);
      if (!at) continue;
      cells[at[0]] = values[column.key] ?? '';
      for (let col = at[0] + 1; col <= at[1]; col += 1) cells[col] = '';
      if (at[1] > at[0]) options.spans.push(at);
      if (column.style) options.cells[at[0]] = body ? column.style : { align: column.style.align };
      if (body && column.rag) options.rag.push(at[0]);
    }
    return [cells, options];
  }
}

function isEmpty(value: SpecValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
