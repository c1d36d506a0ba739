import { SheetGrid, address } from './grid';
import { ColumnRole } from './columns';
import { Period } from './calendar';
import { PlanTable, resolveCell } from './tables';
import { Priority } from './priorities';
import { Due, readDue, readTimescale } from './timescale';
import { Rag, readRecordedRag } from './rag';
import { cleanText, oneLine, paragraphs } from './text';

/** One thing to be done, read from one sheet row (or one part of a multi-value row). */
export interface Action {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** 1..parts: which of the row's actions this is. */
  part: number;
  parts: number;
  ref: string;
  priority: Priority;
  objective: string;
  text: string;
  owner: string;
  partners: string;
  due: Due;
  measure: string;
  progress: string;
  recordedRagText: string;
  /** Read leniently; undefined when the cell holds something that is not a RAG. */
  recordedRag: Rag | null | undefined;
  /** A1 address of the cell each role was read from (the merge's top-left cell where merged). */
  cells: Partial<Record<ColumnRole, string>>;
  table: PlanTable;
  /** Paste artefacts cleaned from the action text. */
  artefacts: string[];
  /** Set when the row lists several actions and dates that do not pair up. */
  mismatch?: { actions: number; dates: number; owners: number };
}

interface RowCells {
  text: Partial<Record<ColumnRole, string>>;
  cells: Partial<Record<ColumnRole, string>>;
}

const CARRIED_WHEN_BLANK: readonly ColumnRole[] = ['objective'];

/** "2a. 1" → "2a.1"; "1." → "1". */
export function normaliseRef(text: string): string {
  return oneLine(text).replace(/\s*\.\s*/g, '.').replace(/\.$/, '');
}

/**
 * Reads a table's rows into actions. Merged cells give their value to every
 * row they cover; a blank objective carries down from the row above; a row
 * listing N actions with N timescales becomes N actions.
 */
export function readActions(grid: SheetGrid, table: PlanTable, period: Period | null, sheetPriority: () => Priority): Action[] {
  const actions: Action[] = [];
  const carried: Partial<Record<ColumnRole, string>> = {};
  let lastPriority: Priority | null = null;
  for (const { row, priority } of table.rows) {
    if (priority !== lastPriority) {
      for (const role of CARRIED_WHEN_BLANK) delete carried[role];
      lastPriority = priority;
    }
    const rowCells = readRow(grid, table, row);
    if (rowCells === null) continue;
    for (const role of CARRIED_WHEN_BLANK) {
      if (rowCells.text[role]) carried[role] = rowCells.text[role];
      else if (carried[role]) rowCells.text[role] = carried[role];
    }
    actions.push(...splitRow(grid, table, row, rowCells, priority ?? sheetPriority(), period));
  }
  return actions;
}

/** The row's text per role, or null when the row holds no action of its own. */
function readRow(grid: SheetGrid, table: PlanTable, row: number): RowCells | null {
  const text: Partial<Record<ColumnRole, string>> = {};
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (const [role, col] of Object.entries(table.columns) as [ColumnRole, number][]) {
    const resolved = resolveCell(grid, row, col);
    if (role === 'action' && resolved.fromAbove) return null;
    text[role] = resolved.cell.kind === 'error' ? String(resolved.cell.value) : resolved.cell.text;
    cells[role] = resolved.address;
  }
  if (!text.action || text.action.trim() === '') return null;
  return { text, cells };
}

function splitRow(
  grid: SheetGrid, table: PlanTable, row: number, rowCells: RowCells, priority: Priority, period: Period | null,
): Action[] {
  const cleaned = cleanText(rowCells.text.action ?? '');
  const actionParas = paragraphs(cleaned.text);
  const dueCol = table.columns.due;
  const dueCell = dueCol === undefined ? null : resolveCell(grid, row, dueCol).cell;
  const dueParas = dueCell && dueCell.kind === 'text' ? paragraphs(cleanText(dueCell.text).text) : [];
  const ownerParas = paragraphs(cleanText(rowCells.text.owner ?? '').text);
  const base = {
    sheet: table.sheet, row: row + 1, ref: normaliseRef(rowCells.text.ref ?? ''), priority, table,
    objective: flat(rowCells.text.objective), partners: joined(rowCells.text.partners, '; '),
    cells: rowCells.cells, artefacts: cleaned.artefacts,
  };
  const n = actionParas.length;
  const several = n > 1 && dueParas.length > 1;
  const pairs = several && dueParas.length === n && (ownerParas.length <= 1 || ownerParas.length === n);
  if (!pairs) {
    const single: Action = {
      ...base, part: 1, parts: 1, text: actionParas.join('\n'),
      owner: ownerParas.join('; '),
      due: dueCell ? readDue(dueCell, period) : readTimescale('', period),
      ...assessed(rowCells.text, 0, 1),
    };
    if (several) single.mismatch = { actions: n, dates: dueParas.length, owners: ownerParas.length };
    return [single];
  }
  return actionParas.map((text, i) => ({
    ...base, part: i + 1, parts: n, text,
    owner: ownerParas.length === n ? ownerParas[i] : ownerParas.join('; '),
    due: readTimescale(dueParas[i], period),
    ...assessed(rowCells.text, i, n),
  }));
}

/** Measure, progress and recorded RAG for part i of n: a paragraph each when the cell has n, else the whole cell. */
function assessed(text: Partial<Record<ColumnRole, string>>, i: number, n: number) {
  const measure = partOf(text.measure, i, n);
  const progress = partOf(text.progress, i, n);
  const recordedRagText = oneLine(partOf(text.recordedRag, i, n));
  return { measure, progress, recordedRagText, recordedRag: readRecordedRag(recordedRagText) };
}

function partOf(raw: string | undefined, i: number, n: number): string {
  const parts = paragraphs(cleanText(raw ?? '').text);
  return n > 1 && parts.length === n ? parts[i] : parts.join('\n');
}

function flat(raw: string | undefined): string {
  return paragraphs(cleanText(raw ?? '').text).join(' ');
}

function joined(raw: string | undefined, separator: string): string {
  return paragraphs(cleanText(raw ?? '').text).join(separator);
}

/** Address of a table's header cell for a role (or its first header cell). */
export function headerCell(table: PlanTable, role?: ColumnRole): string {
  return address(table.headerRow, role && table.columns[role] !== undefined ? table.columns[role]! : table.firstCol);
}
