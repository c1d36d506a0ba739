import { Cell, SheetGrid, address, cellAt, rowIndices } from './grid';
import { AssuranceRole, isAssuranceLogTitle, readAssuranceLabel, readHeader } from './columns';
import { Day, dayFromDate } from './day';
import { Priority, readPriorityName } from './priorities';
import { Rag, RagCounts, readRecordedRag } from './rag';
import { RAGS, RAG_TEXT } from './ragVocabulary';
import { readDue } from './timescale';
import { oneLine } from './text';

/**
 * A priority's assurance, as boards keep it in an "action log" (seed 004):
 * per review the subgroup proposes a RAG with its comments, recommendations
 * and risks, and the executive decides one with its own. Read as they are
 * kept — a labelled block under or beside a priority's table, or a table
 * of their own (a Priority column, one row per review) — into assessments.
 */
export interface Assessment {
  by: 'subgroup' | 'executive';
  /** The priority's code as the log gives it (matched to the plan's priorities by code). */
  priority: string;
  date: Day | null;
  /** The RAG as written, and as read: null when blank, undefined when it is no RAG. */
  ragText: string;
  rag: Rag | null | undefined;
  comments: string;
  recommendations: string;
  risks: string;
  sheet: string;
  /** A1 of the RAG cell (or of the entry's first cell). */
  cell: string;
}

/** Where a plan table lies: a log is read only outside the tables. */
type TableSpan = { sheet: string; headerRow: number; endRow: number; lastCol: number };

/** What each role of a log is filled into, for one assessment. */
type Fields = Partial<Record<AssuranceRole, { text: string; cell: Cell; at: string }>>;

/** Every assessment in the workbook's assurance logs, in the order they are kept. */
export function readAssurance(grids: readonly SheetGrid[], priorities: readonly Priority[], tables: readonly TableSpan[]): Assessment[] {
  return grids.flatMap((grid) => {
    const rows = outsideTables(grid, tables);
    return [...logBlocks(grid, rows, priorities), ...logTables(grid, rows)];
  });
}

/** A cell short enough to title a log or head its column (every longer one is the plan's text). */
const LABEL_MAX = 64;

/**
 * Per row, the short text cells outside the sheet's plan tables — where a log can
 * be, beside a table or below it — so that a plan of thousands of actions
 * is not asked cell by cell whether it is a log.
 */
function outsideTables(grid: SheetGrid, allTables: readonly TableSpan[]): Map<number, number[]> {
  const tables = allTables.filter((t) => t.sheet === grid.name);
  const found = new Map<number, number[]>();
  for (const r of rowIndices(grid)) {
    const row = grid.rows[r]!;
    const from = tables.reduce((col, t) => (r >= t.headerRow && r < t.endRow ? Math.max(col, t.lastCol + 1) : col), 0);
    const cols: number[] = [];
    for (let c = from; c < row.length; c += 1) {
      const cell = row[c];
      if (cell?.kind === 'text' && cell.text.length <= LABEL_MAX) cols.push(c);
    }
    if (cols.length > 0) found.set(r, cols);
  }
  return found;
}

/** The priority in force at a row of a sheet: the nearest heading above it, else the sheet's own. */
function priorityAt(priorities: readonly Priority[], sheet: string, row: number): string {
  const above = priorities.filter((p) => p.sheet === sheet && p.row <= row).sort((a, b) => b.row - a.row)[0];
  return above?.code ?? sheet;
}

/** An action log kept as a labelled block: its title, its lines, and where its entries go. */
export interface LogBlock {
  sheet: string;
  priority: string;
  titleRow: number;
  col: number;
  /** Each line's row and role; side 1 is the executive's. */
  lines: { row: number; role: AssuranceRole; side: 0 | 1 }[];
  /** A "Date" column beside the lines (one entry, each line dated), or none (entries side by side, each headed by its date). */
  dateCol: number | undefined;
  /** The columns holding entries. */
  entryCols: number[];
}

/**
 * Labelled blocks: a title cell ("Action Log"), its labels in the cells
 * below it, the entries in the columns to its right. A column titled
 * "Date" gives each line its own date; else each entry column is headed
 * with its review's date.
 */
function logBlockLayouts(grid: SheetGrid, rows: ReadonlyMap<number, number[]>, priorities: readonly Priority[]): LogBlock[] {
  const found: LogBlock[] = [];
  for (const [r, cols] of rows) {
    for (const c of cols) {
      if (!isAssuranceLogTitle(cellAt(grid, r, c).text)) continue;
      const labels = labelRows(grid, r, c);
      if (labels.length === 0) continue;
      let side: 0 | 1 = 0;
      const lines = labels.map(({ row, role }) => {
        if (role === 'proposedRag') side = 0;
        const line = {
          row,
          role,
          side: role === 'decidedRag' || role === 'execComments' || (role === 'risks' && side === 1) ? 1 : 0,
        } as const;
        if (role === 'proposedRag') side = 1;
        return line;
      });
      const right = columnsRightOf(grid, r, c);
      const dateCol = right.find((col) => readAssuranceLabel(cellAt(grid, r, col).text) === 'date');
      const entryCols = dateCol === undefined ? right : [c + 1];
      found.push({ sheet: grid.name, priority: priorityAt(priorities, grid.name, r), titleRow: r, col: c, lines, dateCol, entryCols });
    }
  }
  return found;
}

function logBlocks(grid: SheetGrid, rows: ReadonlyMap<number, number[]>, priorities: readonly Priority[]): Assessment[] {
  return logBlockLayouts(grid, rows, priorities).flatMap((block) =>
    block.entryCols.flatMap((col) => {
      const fields: Fields[] = [{}, {}];
      for (const { row, role, side } of block.lines) {
        const value = cellAt(grid, row, col);
        fields[side][role] = { text: oneLine(value.text), cell: value, at: address(row, col) };
        const dated = block.dateCol === undefined ? undefined : cellAt(grid, row, block.dateCol);
        if (dated && dated.kind !== 'empty') fields[side].date = { text: dated.text, cell: dated, at: address(row, block.dateCol!) };
      }
      if (block.dateCol === undefined) {
        const heading = cellAt(grid, block.titleRow, col);
        for (const entry of fields) entry.date = { text: heading.text, cell: heading, at: address(block.titleRow, col) };
      }
      return assessments(grid.name, block.priority, fields, address(block.titleRow, col));
    }),
  );
}

/** The plan's action logs kept as labelled blocks, in the order they are kept. */
export function planLogBlocks(grids: readonly SheetGrid[], priorities: readonly Priority[], tables: readonly TableSpan[]): LogBlock[] {
  return grids.flatMap((grid) => logBlockLayouts(grid, outsideTables(grid, tables), priorities));
}

/** The rows under a title whose first cell is a log label, until a row that is not. */
function labelRows(grid: SheetGrid, titleRow: number, col: number): { row: number; role: AssuranceRole }[] {
  const rows: { row: number; role: AssuranceRole }[] = [];
  for (let r = titleRow + 1; ; r += 1) {
    const role = readAssuranceLabel(cellAt(grid, r, col).text);
    if (!role || role === 'date') return rows;
    rows.push({ row: r, role });
  }
}

/** The columns right of a title up to the first with nothing in the title's row or the rows below it. */
function columnsRightOf(grid: SheetGrid, row: number, col: number): number[] {
  const cols: number[] = [];
  const labels = labelRows(grid, row, col);
  for (let c = col + 1; [row, ...labels.map((l) => l.row)].some((r) => cellAt(grid, r, c).kind !== 'empty'); c += 1) cols.push(c);
  return cols;
}

/** An action log kept as a table of its own: where its columns are, and the row below its last entry. */
export interface LogTable {
  sheet: string;
  headerRow: number;
  priorityCol: number;
  /** Each line's column; side 1 is the executive's. */
  columns: { role: AssuranceRole; col: number; side: 0 | 1 }[];
  /** 0-based row after its last entry: where a new entry goes. */
  nextRow: number;
}

/**
 * Tables of their own: a header naming a Priority column and a proposed
 * or decided RAG, one row per priority per review, down to the first row
 * with no priority.
 */
function logTableLayouts(grid: SheetGrid, rows: ReadonlyMap<number, number[]>): LogTable[] {
  const found: LogTable[] = [];
  for (const [r, cols] of rows) {
    // Only a row naming a Priority column can head a log table: the labels of every other row are not looked at.
    const priorityCol = cols.find((col) => readHeader(cellAt(grid, r, col).text)?.role === 'priority');
    if (priorityCol === undefined) continue;
    const columns: LogTable['columns'] = [];
    cols.forEach((col) => {
      if (col === priorityCol) return;
      const role = readAssuranceLabel(cellAt(grid, r, col).text);
      if (!role) return;
      // Risks after the proposal are the executive's, as in the labelled block.
      const afterProposal = columns.some((c) => c.role === 'proposedRag');
      const side = role === 'decidedRag' || role === 'execComments' || (role === 'risks' && afterProposal) ? 1 : 0;
      if (!columns.some((c) => c.role === role && c.side === side)) columns.push({ role, col, side });
    });
    if (!columns.some((c) => c.role === 'proposedRag' || c.role === 'decidedRag')) continue;
    let nextRow = r + 1;
    while (cellAt(grid, nextRow, priorityCol).text.trim() !== '') nextRow += 1;
    found.push({ sheet: grid.name, headerRow: r, priorityCol, columns, nextRow });
  }
  return found;
}

/** The plan's action logs kept as tables of their own (not the product's Priority Assurance sheet), first first. */
export function planLogTables(grids: readonly SheetGrid[], tables: readonly TableSpan[]): LogTable[] {
  return grids.flatMap((grid) => logTableLayouts(grid, outsideTables(grid, tables)));
}

function logTables(grid: SheetGrid, rows: ReadonlyMap<number, number[]>): Assessment[] {
  return logTableLayouts(grid, rows).flatMap((table) => {
    const found: Assessment[] = [];
    for (let row = table.headerRow + 1; row < table.nextRow; row += 1) {
      const code = cellAt(grid, row, table.priorityCol).text.trim();
      const fields: Fields[] = [{}, {}];
      for (const { role, col, side } of table.columns) {
        const value = cellAt(grid, row, col);
        const entry = { text: oneLine(value.text), cell: value, at: address(row, col) };
        if (role === 'date') fields[0].date = fields[1].date = entry;
        else fields[side][role] = entry;
      }
      found.push(...assessments(grid.name, readPriorityName(code).code, fields, address(row, table.priorityCol)));
    }
    return found;
  });
}

/** The subgroup's and the executive's assessments of one entry; one with nothing written is none. */
function assessments(sheet: string, priority: string, [subgroup, executive]: Fields[], entryCell: string): Assessment[] {
  const made: Assessment[] = [];
  for (const [by, fields, ragRole, commentRole] of [
    ['subgroup', subgroup, 'proposedRag', 'subgroupComments'],
    ['executive', executive, 'decidedRag', 'execComments'],
  ] as const) {
    const rag = fields[ragRole];
    const comments = fields[commentRole]?.text ?? '';
    if (!rag?.text && !comments) continue;
    made.push({
      by,
      priority,
      date: dateOf(fields.date?.cell),
      ragText: rag?.text ?? '',
      rag: rag?.text ? readRecordedRag(rag.text) : null,
      comments,
      recommendations: fields.recommendations?.text ?? '',
      risks: fields.risks?.text ?? '',
      sheet,
      cell: rag?.at ?? fields[commentRole]?.at ?? entryCell,
    });
  }
  return made;
}

function dateOf(cell: Cell | undefined): Day | null {
  if (!cell || cell.kind === 'empty') return null;
  if (cell.kind === 'date' && cell.value instanceof Date) return dayFromDate(cell.value);
  return readDue(cell, null).date;
}

/** A priority's computed roll-up beside the latest proposal and decision up to the review date. */
export interface PriorityAssurance {
  sheet: string;
  code: string;
  title: string;
  computed: Rag;
  counts: RagCounts;
  proposal: Assessment | null;
  decision: Assessment | null;
}

const sameCode = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/** Latest first; an undated assessment counts as older than any dated one. */
function latest(assessments: readonly Assessment[]): Assessment | null {
  return [...assessments].sort((a, b) => (b.date ?? -Infinity) - (a.date ?? -Infinity))[0] ?? null;
}

/** Per priority with actions: computed, latest proposal, latest decision (a later review's entries are not yet). */
export function priorityAssurance(
  priorities: readonly { sheet: string; code: string; title: string; rag: Rag; counts: RagCounts }[],
  assessments: readonly Assessment[],
  asOf: Day,
): PriorityAssurance[] {
  return priorities.map((p) => {
    const own = assessments.filter((a) => sameCode(a.priority, p.code) && (a.date === null || a.date <= asOf));
    return {
      sheet: p.sheet,
      code: p.code,
      title: p.title,
      computed: p.rag,
      counts: p.counts,
      proposal: latest(own.filter((a) => a.by === 'subgroup')),
      decision: latest(own.filter((a) => a.by === 'executive')),
    };
  });
}

/** "2 red, 1 amber and 3 green of 6 actions": why a roll-up is what it is. */
export function countsText(counts: RagCounts): string {
  const parts = RAGS.filter((rag) => rag !== 'none' && counts[rag] > 0).map((rag) => `${counts[rag]} ${RAG_TEXT[rag].toLowerCase()}`);
  const total = RAGS.reduce((sum, rag) => sum + counts[rag], 0);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'none rated');
  return `${listed} of ${total} action${total === 1 ? '' : 's'}`;
}
