import { Cell, CellRef, SheetGrid, address, cellAt, cellRef, columnLetter, parseAddress, rowIndices } from './grid';
import { ColumnRole, HeaderReading, PeriodMark, RAG_HEADER, ROLE_LABEL, isAssuranceLogTitle, readHeader } from './columns';
import { Priority, readHeading, readLabel } from './priorities';
import { oneLine, quote } from './text';

/** A table of actions found on a sheet by its header row. */
export interface PlanTable {
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** Column (0-based) of each role the header names: its first column, or its latest period's. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Every column of each role kept once for the whole plan (not per period), left to right. */
  columnsOf: Partial<Record<ColumnRole, number[]>>;
  /** Progress, RAG and status kept per period ("Q1 update | Q1 RAG | Q2 update …"), left to right. */
  periods: PeriodColumns[];
  /** Header cells the table does not read, and why: so an officer can see why a column was ignored. */
  unplaced: UnplacedColumn[];
  /** Leftmost and rightmost header columns. */
  firstCol: number;
  lastCol: number;
  /** The rows under the header that may hold actions, each with the priority in force there. */
  rows: { row: number; priority: Priority | null }[];
  /** 0-based row after the last row of the table. */
  endRow: number;
}

export interface PeriodColumns {
  mark: PeriodMark;
  progress?: number;
  recordedRag?: number;
  status?: number;
}

export interface UnplacedColumn {
  column: number;
  header: string;
  reason: string;
}

/** Roles a table may keep in several columns, read together (Lead Agency and Lead Officer; Measure and Evidence). */
const SEVERAL_COLUMNS: readonly ColumnRole[] = ['owner', 'support', 'partners', 'measure', 'progress'];

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
  for (let col = 0; col < cells.length; col += 1) {
    const cell = cells[col];
    if (cell && cell.kind !== 'empty' && !cell.master && cell.text.trim() !== '') own.push({ col, text: cell.text });
  }
  return own;
}

type HeaderCells = Map<number, HeaderReading>;

/**
 * Share of a row's cells that must name a role for it to be a header row: a
 * header names most of its columns, while a row of data may by chance hold
 * a word or two a header would ("Task and Finish group", "Partners").
 */
const HEADER_SHARE = 0.6;

/** What each of a row's cells names as a header, or null when the row is not a header row (most rows: data). */
function headerReadings(own: OwnCell[]): HeaderCells | null {
  let readings: HeaderCells | null = null;
  // A data row is known for one as soon as too many of its cells name no column to reach the share.
  const allowedMisses = own.length * (1 - HEADER_SHARE);
  let misses = 0;
  for (const { col, text } of own) {
    const reading = readHeader(text);
    if (!reading) {
      misses += 1;
      if (misses > allowedMisses) return null;
      continue;
    }
    readings ??= new Map();
    readings.set(col, reading);
  }
  if (!readings || readings.size < own.length * HEADER_SHARE) return null;
  return new Set([...readings.values()].map((reading) => reading.role)).size >= 2 ? readings : null;
}

function hasRole(readings: HeaderCells, role: ColumnRole): boolean {
  return [...readings.values()].some((reading) => reading.role === role);
}

/** The table's columns from its header row: each role's, the periods', and the cells it leaves unread. */
function tableColumns(own: OwnCell[], readings: HeaderCells): Pick<PlanTable, 'columns' | 'columnsOf' | 'periods' | 'unplaced'> {
  const columnsOf: PlanTable['columnsOf'] = {};
  const periods: PeriodColumns[] = [];
  const unplaced: UnplacedColumn[] = [];
  for (const { col, text } of own) {
    const reading = readings.get(col);
    if (!reading) {
      const reason = text.trim() === RAG_HEADER ? 'written by Board Plan Tracker' : 'the header names no column the tracker reads';
      unplaced.push({ column: col, header: text, reason });
      continue;
    }
    const { role, period } = reading;
    if (period) {
      let kept = periods.find((p) => p.mark.label === period.label);
      if (!kept) periods.push((kept = { mark: period }));
      const periodic = role as 'progress' | 'recordedRag' | 'status';
      if (kept[periodic] === undefined) kept[periodic] = col;
      else
        unplaced.push({ column: col, header: text, reason: `a second ${ROLE_LABEL[role]} column for ${period.label}: the first is read` });
      continue;
    }
    const list = (columnsOf[role] ??= []);
    if (list.length === 0 || SEVERAL_COLUMNS.includes(role)) list.push(col);
    else
      unplaced.push({
        column: col,
        header: text,
        reason: `a second ${ROLE_LABEL[role]} column: the first, in column ${columnLetter(list[0])}, is read`,
      });
  }
  const columns: PlanTable['columns'] = Object.fromEntries(Object.entries(columnsOf).map(([role, list]) => [role, list![0]]));
  for (const period of periods) {
    for (const role of ['progress', 'recordedRag', 'status'] as const) {
      if (period[role] !== undefined && columnsOf[role] === undefined) columns[role] = period[role];
    }
  }
  return { columns, columnsOf, periods, unplaced };
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
    let previous = -1;
    for (const row of rowIndices(this.grid)) {
      // Rows missing between two held ones are empty rows: they end a loose block as an empty row would.
      if (row > previous + 1) this.inLooseBlock = false;
      this.visit(row);
      previous = row;
    }
    this.closeTable(previous + 1);
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
    // A priority's action log under its table (assurance.ts reads it): it ends the table, and its labels are no actions.
    if (isAssuranceLogTitle(own[0].text)) {
      this.closeTable(row);
      this.inLooseBlock = true;
      return;
    }
    const readings = headerReadings(own);
    if (readings) return this.header(row, own, readings);
    if (this.heading(row, own) || this.label(row, own)) return;
    if (this.table) {
      this.table.rows.push({ row, priority: this.priority });
      return;
    }
    this.looseRow(row, own);
  }

  private header(row: number, own: OwnCell[], readings: HeaderCells): void {
    this.closeTable(row);
    this.inLooseBlock = false;
    if (!hasRole(readings, 'action')) {
      this.layout.skipped.push({
        sheet: this.grid.name,
        reason: `table at row ${row + 1} (${headerList(own)}) has no action column: not an action plan`,
      });
      this.inLooseBlock = true;
      return;
    }
    const cols = own.map((cell) => cell.col);
    this.table = {
      sheet: this.grid.name,
      headerRow: row,
      ...tableColumns(own, readings),
      firstCol: Math.min(...cols),
      lastCol: Math.max(...cols),
      rows: [],
      endRow: row + 1,
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
    const text =
      label.value ??
      oneLine(valueCell.text)
        .replace(/^\*+|\*+$/g, '')
        .trim();
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
    // The table ends after its last row with anything in it, not at the next header or the foot of the sheet.
    const last = this.table.rows[this.table.rows.length - 1]?.row ?? this.table.headerRow;
    this.table.endRow = Math.min(endRow, last + 1);
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

/** Every column the table reads, periods included. */
export function placedColumns(table: PlanTable): number[] {
  const periodic = table.periods.flatMap((p) => [p.progress, p.recordedRag, p.status]).filter((c): c is number => c !== undefined);
  return [...(Object.values(table.columnsOf).flat() as number[]), ...periodic];
}

/** Finds every plan table on a sheet, the priorities above and inside them, and what was skipped. */
export function scanSheet(grid: SheetGrid): SheetLayout {
  return new SheetScan(grid).run();
}

/** The cell itself, or for a cell covered by a merge, the merge's top-left cell and where it is. */
export function resolveCell(grid: SheetGrid, row: number, col: number): { cell: Cell; ref: CellRef; fromAbove: boolean } {
  const cell = cellAt(grid, row, col);
  if (!cell.master) return { cell, ref: cellRef(row, col), fromAbove: false };
  const master = parseAddress(cell.master);
  return { cell: cellAt(grid, master.row, master.col), ref: cellRef(master.row, master.col), fromAbove: master.row < row };
}

/** Each plan table's header row and the row after its last action row: the preview keeps the header in view over those rows. */
export function tableRowSpans(grid: SheetGrid): { headerRow: number; endRow: number }[] {
  return scanSheet(grid).tables.map((table) => ({
    headerRow: table.headerRow,
    endRow: (table.rows[table.rows.length - 1]?.row ?? table.headerRow) + 1,
  }));
}

/** Whether a sheet holds a plan table: the preview opens on the first that does. */
export function isPlanSheet(grid: SheetGrid): boolean {
  return !grid.hidden && !grid.unreadable && scanSheet(grid).tables.length > 0;
}
