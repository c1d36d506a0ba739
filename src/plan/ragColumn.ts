import { GridArea, SheetGrid, address, cellAt } from './grid';
import { PlanResult } from './check';
import { RAGS, RAG_TEXT } from './ragVocabulary';
import { RAG_HEADER } from './columns';
import { placedColumns } from './tables';

export { RAG_HEADER } from './columns';

/**
 * The Computed RAG column's width in characters: "Not rated" fits, and the
 * header wraps to two lines, so the column adds as little as it can to the
 * width the officer's sheet prints at.
 */
export const RAG_COLUMN_WIDTH = 11;

/** One Computed RAG column: a header and a value for every row down to the table's last action, as one 2-D array. */
export interface RagColumn {
  sheet: string;
  /** 0-based column and header row. */
  column: number;
  headerRow: number;
  /** [header], then one [value] per row; rows without an action get ''. */
  values: string[][];
}

/** A table whose column could not be written, and why, at the cell in the way. */
export interface RagColumnRefusal {
  sheet: string;
  cell: string;
  reason: string;
}

export interface RagColumnPlan {
  columns: RagColumn[];
  refusals: RagColumnRefusal[];
}

const OWN_VALUES = new RegExp(`^((${RAGS.map((rag) => RAG_TEXT[rag]).join('|')})(; )?)*$`);

/** How far right of a table to look for an empty column before giving up. */
const SEARCH_WIDTH = 20;

/**
 * Where each plan table's Computed RAG column goes (docs/DESIGN.md "What the
 * product may write"): our own column from an earlier run, else the first
 * column right of the table that is empty over all the table's rows — never
 * over a cell of the officer's, and never beside or below one of the sheet's
 * Excel tables, where Excel would take the column into the officer's table.
 */
export function planRagColumns(grids: readonly SheetGrid[], result: PlanResult): RagColumnPlan {
  const plan: RagColumnPlan = { columns: [], refusals: [] };
  for (const table of result.tables) {
    const actions = result.actions.filter((a) => a.table === table);
    if (actions.length === 0) continue;
    const grid = grids.find((g) => g.name === table.sheet)!;
    const lastRow = actions.reduce((last, a) => Math.max(last, a.row - 1), table.headerRow);
    const placed = placeColumn(grid, table.headerRow, lastRow, Math.max(...placedColumns(table)) + 1);
    if ('refusal' in placed) {
      plan.refusals.push({ sheet: table.sheet, ...placed.refusal });
      continue;
    }
    const byRow = new Map<number, string[]>();
    for (const action of actions) byRow.set(action.row - 1, [...(byRow.get(action.row - 1) ?? []), RAG_TEXT[action.rag]]);
    const values = [[RAG_HEADER]];
    for (let row = table.headerRow + 1; row <= lastRow; row += 1) values.push([(byRow.get(row) ?? []).join('; ')]);
    plan.columns.push({ sheet: table.sheet, column: placed.column, headerRow: table.headerRow, values });
  }
  return plan;
}

type Placement = { column: number } | { refusal: { cell: string; reason: string } };

function placeColumn(grid: SheetGrid, headerRow: number, lastRow: number, firstCol: number): Placement {
  for (let col = firstCol; col < firstCol + SEARCH_WIDTH; col += 1) {
    const header = cellAt(grid, headerRow, col);
    if (header.text === RAG_HEADER) return ownColumn(grid, headerRow, lastRow, col);
    if (isEmptyColumn(grid, headerRow, lastRow, col) && !wouldJoinTable(grid.tables ?? [], col, headerRow, lastRow)) return { column: col };
  }
  return { refusal: { cell: address(headerRow, firstCol), reason: `no empty column within ${SEARCH_WIDTH} columns right of the table` } };
}

/** Our column from an earlier run is rewritten, unless someone has typed in it since. */
function ownColumn(grid: SheetGrid, headerRow: number, lastRow: number, col: number): Placement {
  const typed = officersCell(grid, col, headerRow, lastRow);
  if (!typed) return { column: col };
  return {
    refusal: {
      cell: address(typed.row, col),
      reason: `the Computed RAG column holds ${typed.shown}, typed since it was written: clear it or move it, then write again`,
    },
  };
}

/**
 * The first cell of a column, from its header down, that is the officer's:
 * anything but the product's header and RAG words, or part of a merge.
 */
function officersCell(grid: SheetGrid, col: number, headerRow: number, lastRow: number): { row: number; shown: string } | null {
  for (let row = headerRow; row <= lastRow; row += 1) {
    const cell = cellAt(grid, row, col);
    const ours = row === headerRow ? cell.text === RAG_HEADER : OWN_VALUES.test(cell.text);
    if (cell.master) return { row, shown: `part of the merged cell ${cell.master}` };
    if (cell.kind !== 'empty' && !ours) return { row, shown: `"${cell.text}"` };
  }
  return null;
}

function isEmptyColumn(grid: SheetGrid, headerRow: number, lastRow: number, col: number): boolean {
  for (let row = headerRow; row <= lastRow; row += 1) {
    const cell = cellAt(grid, row, col);
    if (cell.kind !== 'empty' || cell.master) return false;
  }
  return true;
}

/**
 * Excel's auto-expansion takes a value written in the column just right of
 * a table, or the row just below it, into the table: the officer's table
 * would change its definition, its filters and its style. A column there is
 * passed over, so one blank column is left between.
 */
function wouldJoinTable(tables: readonly GridArea[], col: number, fromRow: number, toRow: number): boolean {
  return tables.some((t) => {
    const rowsOverlap = fromRow <= t.bottom && t.top <= toRow;
    const inColumns = col >= t.left && col <= t.right;
    return (rowsOverlap && (inColumns || col === t.right + 1)) || (inColumns && t.bottom + 1 >= fromRow && t.bottom + 1 <= toRow);
  });
}

/**
 * What has changed since the officer confirmed where the Computed RAG
 * columns go (the plan shown in the dialog) against a fresh read: a target
 * cell someone has typed in, a table whose rows moved, a new table. Empty
 * when the confirmed columns can still be written as shown.
 */
export function changedSinceConfirmed(
  confirmed: readonly RagColumn[],
  grids: readonly SheetGrid[],
  fresh: RagColumnPlan,
): RagColumnRefusal[] {
  const same = (a: RagColumn, b: RagColumn) =>
    a.sheet === b.sheet && a.column === b.column && a.headerRow === b.headerRow && a.values.length === b.values.length;
  const changes: RagColumnRefusal[] = [];
  for (const column of confirmed) {
    const at = (row: number, reason: string) => changes.push({ sheet: column.sheet, cell: address(row, column.column), reason });
    const grid = grids.find((g) => g.name === column.sheet);
    const typed = grid ? officersCell(grid, column.column, column.headerRow, column.headerRow + column.values.length - 1) : null;
    if (!grid) at(column.headerRow, 'the sheet is no longer in the workbook');
    else if (typed) at(typed.row, `now holds ${typed.shown}, typed since you validated, where the Computed RAG column was to go`);
    else if (!fresh.columns.some((c) => same(c, column)))
      at(column.headerRow, 'the plan table here has changed since you validated (rows added, removed or moved)');
  }
  for (const column of fresh.columns) {
    // A table whose column moved is explained above; only a table not confirmed at all is new.
    if (!confirmed.some((c) => same(c, column) || (c.sheet === column.sheet && c.headerRow === column.headerRow))) {
      changes.push({
        sheet: column.sheet,
        cell: address(column.headerRow, column.column),
        reason: 'this plan table was not there when you validated',
      });
    }
  }
  return changes.filter((change, i) => changes.findIndex((c) => c.sheet === change.sheet && c.cell === change.cell) === i);
}
