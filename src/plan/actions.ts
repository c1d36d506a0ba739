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
  const columns = Object.entries(table.columns) as [ColumnRole, number][];
  for (const { row, priority } of table.rows) {
    if (priority !== lastPriority) {
      for (const role of CARRIED_WHEN_BLANK) delete carried[role];
      lastPriority = priority;
    }
    const rowCells = readRow(grid, columns, row);
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
function readRow(grid: SheetGrid, columns: [ColumnRole, number][], row: number): RowCells | null {
  const text: Partial<Record<ColumnRole, string>> = {};
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (const [role, col] of columns) {
    const resolved = resolveCell(grid, row, col);
    if (role === 'action' && resolved.fromAbove) return null;
    text[role] = resolved.cell.kind === 'error' ? String(resolved.cell.value) : resolved.cell.text;
    cells[role] = resolved.address;
  }
  if (!text.action || text.action.trim() === '') return null;
  return { text, cells };
}

/** A cell's cleaned paragraphs. */
function parasOf(raw: string | undefined): string[] {
  return raw ? paragraphs(cleanText(raw).text) : [];
}

/** Paragraph i of n when the cell has n of them, else the whole cell. */
function partOf(paras: string[], i: number, n: number, separator = '\n'): string {
  return n > 1 && paras.length === n ? paras[i] : paras.join(separator);
}

function splitRow(
  grid: SheetGrid, table: PlanTable, row: number, rowCells: RowCells, priority: Priority, period: Period | null,
): Action[] {
  const { text } = rowCells;
  const cleaned = cleanText(text.action ?? '');
  const actionParas = paragraphs(cleaned.text);
  const dueCell = table.columns.due === undefined ? null : resolveCell(grid, row, table.columns.due).cell;
  const dueParas = dueCell && dueCell.kind === 'text' ? parasOf(dueCell.text) : [];
  const ownerParas = parasOf(text.owner);
  const measureParas = parasOf(text.measure);
  const progressParas = parasOf(text.progress);
  const ragParas = parasOf(text.recordedRag);
  const n = actionParas.length;
  const several = n > 1 && dueParas.length > 1;
  const pairs = several && dueParas.length === n && (ownerParas.length <= 1 || ownerParas.length === n);
  const parts = pairs ? n : 1;
  const ref = normaliseRef(text.ref ?? '');
  const objective = parasOf(text.objective).join(' ');
  const partners = parasOf(text.partners).join('; ');
  const actions: Action[] = [];
  for (let i = 0; i < parts; i += 1) {
    const recordedRagText = oneLine(partOf(ragParas, i, parts));
    actions.push({
      sheet: table.sheet, row: row + 1, part: i + 1, parts, ref, priority, objective, partners,
      text: pairs ? actionParas[i] : actionParas.join('\n'),
      owner: partOf(ownerParas, i, parts, '; '),
      due: pairs ? readTimescale(dueParas[i], period) : dueCell ? readDue(dueCell, period) : readTimescale('', period),
      measure: partOf(measureParas, i, parts),
      progress: partOf(progressParas, i, parts),
      recordedRagText,
      recordedRag: readRecordedRag(recordedRagText),
      cells: rowCells.cells, table, artefacts: cleaned.artefacts,
      mismatch: several && !pairs ? { actions: n, dates: dueParas.length, owners: ownerParas.length } : undefined,
    });
  }
  return actions;
}

/** Address of a table's header cell for a role (or its first header cell). */
export function headerCell(table: PlanTable, role?: ColumnRole): string {
  return address(table.headerRow, role && table.columns[role] !== undefined ? table.columns[role]! : table.firstCol);
}
