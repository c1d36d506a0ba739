import { Cell, SheetGrid, address, cellAt, parseAddress } from './grid';
import { ColumnRole, roleOfHeader } from './columns';
import { Priority, readHeading, readLabel } from './priorities';
import { oneLine, quote } from './text';

/** A table of actions found on a sheet by its header row. */
export interface PlanTable {
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** Column (0-based) of each role the header names. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Leftmost and rightmost header columns. */
  firstCol: number;
  lastCol: number;
  /** The rows under the header that may hold actions, each with the priority in force there. */
  rows: { row: number; priority: Priority | null }[];
  /** 0-based row after the last row of the table. */
  endRow: number;
}

export interface Skipped {
  sheet: string;
  reason: string;
}

export interface SheetLayout {
  tables: PlanTable[];
  priorities: Priority[];
  skipped: Skipped[];
}

interface OwnCell {
  col: number;
  text: string;
}

/**
 * The cells a row holds of its own: non-empty and not covered by a merge
 * started elsewhere, so a section title merged across the table counts once.
 */
function ownCells(grid: SheetGrid, row: number): OwnCell[] {
  const cells = grid.rows[row];
  if (!cells) return [];
  const own: OwnCell[] = [];
  cells.forEach((cell: Cell | undefined, col) => {
    if (cell && cell.kind !== 'empty' && !cell.master && cell.text.trim() !== '') own.push({ col, text: cell.text });
  });
  return own;
}

/** The roles a row's cells name, or null when it names fewer than two (most rows: data, not headers). */
function headerRoles(own: OwnCell[]): Map<ColumnRole, number> | null {
  let roles: Map<ColumnRole, number> | null = null;
  for (const { col, text } of own) {
    const role = roleOfHeader(text);
    if (!role) continue;
    roles ??= new Map();
    if (!roles.has(role)) roles.set(role, col);
  }
  return roles && roles.size >= 2 ? roles : null;
}

function headerList(own: OwnCell[], max = 4): string {
  const names = own.slice(0, max).map((cell) => quote(cell.text, 40));
  return names.join(', ') + (own.length > max ? ', …' : '');
}

/** What one pass down a sheet keeps track of. */
class SheetScan {
  readonly layout: SheetLayout = { tables: [], priorities: [], skipped: [] };
  private table: PlanTable | null = null;
  private priority: Priority | null = null;
  /** Inside a block of rows that looked like a table but is not a plan table. */
  private inLooseBlock = false;
  private sawText = false;

  constructor(private readonly grid: SheetGrid) {}

  run(): SheetLayout {
    for (let row = 0; row < this.grid.rows.length; row += 1) this.visit(row);
    this.closeTable(this.grid.rows.length);
    this.explainEmptySheet();
    return this.layout;
  }

  private visit(row: number): void {
    const own = ownCells(this.grid, row);
    if (own.length === 0) {
      this.inLooseBlock = false;
      return;
    }
    this.sawText = true;
    const roles = headerRoles(own);
    if (roles) return this.header(row, own, roles);
    if (this.heading(row, own) || this.label(row, own)) return;
    if (this.table) {
      this.table.rows.push({ row, priority: this.priority });
      return;
    }
    this.looseRow(row, own);
  }

  private header(row: number, own: OwnCell[], roles: Map<ColumnRole, number>): void {
    this.closeTable(row);
    this.inLooseBlock = false;
    if (!roles.has('action')) {
      this.layout.skipped.push({
        sheet: this.grid.name,
        reason: `table at row ${row + 1} (${headerList(own)}) has no action column: not an action plan`,
      });
      this.inLooseBlock = true;
      return;
    }
    const columns = Object.fromEntries(roles) as Partial<Record<ColumnRole, number>>;
    const cols = own.map((cell) => cell.col);
    this.table = {
      sheet: this.grid.name, headerRow: row, columns,
      firstCol: Math.min(...cols), lastCol: Math.max(...cols), rows: [], endRow: row + 1,
    };
  }

  /** Priority headings: "Priority: SAB1 …" anywhere; "1. Hidden Harm" as a line of its own outside the action column. */
  private heading(row: number, own: OwnCell[]): boolean {
    if (own.length > 2) return false;
    const first = own[0];
    const allowNumbered = own.length === 1 && (!this.table || first.col !== this.table.columns.action);
    const heading = readHeading(first.text, allowNumbered);
    if (!heading) return false;
    this.priority = { sheet: this.grid.name, code: heading.code, title: heading.title, row, labels: {} };
    this.layout.priorities.push(this.priority);
    return true;
  }

  /** "Partnership Lead: …", "Board Officer:" | value — attached to the priority above. */
  private label(row: number, own: OwnCell[]): boolean {
    if (own.length > 2 || !this.priority) return false;
    const label = readLabel(own[0].text);
    if (!label) return false;
    const valueCell = label.value === null ? own[1] : own[0];
    if (!valueCell) return true;
    const text = label.value ?? oneLine(valueCell.text).replace(/^\*+|\*+$/g, '').trim();
    this.priority.labels[label.label] ??= { text, cell: address(row, valueCell.col) };
    return true;
  }

  /** A row of short cells outside any plan table looks like another table's header: say it was skipped. */
  private looseRow(row: number, own: OwnCell[]): void {
    if (own.length < 2 || this.inLooseBlock) return;
    if (own.some((cell) => cell.text.length > 60) || /:\s*$/.test(own[0].text)) return;
    this.inLooseBlock = true;
    this.layout.skipped.push({
      sheet: this.grid.name,
      reason: `table at row ${row + 1} (${headerList(own)}) is not an action plan: no action column`,
    });
  }

  private closeTable(endRow: number): void {
    if (!this.table) return;
    this.table.endRow = endRow;
    this.layout.tables.push(this.table);
    this.table = null;
  }

  private explainEmptySheet(): void {
    if (this.layout.tables.length > 0 || this.layout.skipped.length > 0) return;
    this.layout.skipped.push({
      sheet: this.grid.name,
      reason: this.sawText ? 'no table with an action column: text only' : 'empty sheet',
    });
  }
}

/** Finds every plan table on a sheet, the priorities above and inside them, and what was skipped. */
export function scanSheet(grid: SheetGrid): SheetLayout {
  return new SheetScan(grid).run();
}

/** The cell itself, or for a cell covered by a merge, the merge's top-left cell and its address. */
export function resolveCell(grid: SheetGrid, row: number, col: number): { cell: Cell; address: string; fromAbove: boolean } {
  const cell = cellAt(grid, row, col);
  if (!cell.master) return { cell, address: address(row, col), fromAbove: false };
  const master = parseAddress(cell.master);
  return { cell: cellAt(grid, master.row, master.col), address: cell.master, fromAbove: master.row < row };
}
