import { Cell, CellRef, SheetGrid, address } from './grid';
import { ColumnRole } from './columns';
import { Period } from './calendar';
import { Day } from './day';
import { PeriodColumns, PlanTable, resolveCell } from './tables';
import { Priority } from './priorities';
import { Due, readDue, readTimescale } from './timescale';
import { Rag, readRecordedRag } from './rag';
import { RecordedCell, readRecordedCell } from './recorded';
import { Status, readStatus } from './statusWords';
import { periodsUpTo } from './periodColumns';
import { readPercent, startDay } from './cellReadings';
import { cleanText, cleanedText, oneLine, paragraphs } from './text';
import { remembered } from './remembered';

/** What one period's columns say for an action ("Q2": its update and RAG). */
export interface PeriodUpdate {
  label: string;
  progress: string;
  recordedRagText: string;
  recordedRag: Rag | null | undefined;
  status: string;
}

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
  /** Who leads: every lead column named together ("Police – DI Smith"); a supporting lead where no lead is named. */
  owner: string;
  partners: string;
  /** When work starts (a start date column), or null. */
  start: Day | null;
  due: Due;
  /**
   * The date the action has slipped to, from a revised-date column; null
   * where the plan keeps none or the cell is blank. The due date stays the
   * baseline: a revision never replaces it.
   */
  revisedDue: Due | null;
  /** Why it slipped, from a reason-for-delay column. */
  delayReason: string;
  measure: string;
  progress: string;
  /** The status column's meaning, where it says one of the status words. */
  status: Status | null;
  /** 0 to 1, from a % complete column; null when there is none or it is blank. */
  percentComplete: number | null;
  recordedRagText: string;
  /** Read leniently; undefined when the cell holds something that is not a RAG. */
  recordedRag: Rag | null | undefined;
  /** Whether the recorded RAG was written or shown only as the cell's colour. */
  recordedRagFrom: 'text' | 'fill' | null;
  /** The RAG the cell's colour shows where its text says another (the text is read). */
  fillDisagrees?: Rag;
  /** The period ("Q2") progress and RAG were taken from, where the plan keeps them per period. */
  period: string | null;
  /** Every period up to the review date with something written for this action, oldest first. */
  periods: PeriodUpdate[];
  /** The cell each role was read from (the merge's top-left cell where merged): refAddress gives its A1 address. */
  cells: Partial<Record<ColumnRole, CellRef>>;
  table: PlanTable;
  /** Paste artefacts cleaned from the action text. */
  artefacts: string[];
  /** Set when the row lists several actions and dates that do not pair up. */
  mismatch?: { actions: number; dates: number; owners: number };
}

/** What reading a table needs beyond its cells. */
export interface ReadContext {
  period: Period | null;
  asOf: Day;
  /** The sheet as a priority, for actions under no heading. */
  sheetPriority(): Priority;
  /** The priority a row's Priority / Theme / Workstream cell names. */
  rowPriority(text: string, row: number): Priority;
}

interface RowCells {
  text: Partial<Record<ColumnRole, string>>;
  cells: Partial<Record<ColumnRole, CellRef>>;
  dueCell: Cell | null;
  recorded: RecordedCell;
  period: string | null;
  periods: PeriodUpdate[];
}

const CARRIED_WHEN_BLANK: readonly ColumnRole[] = ['objective', 'priority'];
/** How the cells of a role kept in several columns are read together. */
const JOINED_WITH: Partial<Record<ColumnRole, string>> = { owner: ' – ', support: '; ', partners: '; ', measure: '\n', progress: '\n' };
const NO_RECORDED: RecordedCell = { text: '', rag: null, from: null };

/** "2a. 1" → "2a.1"; "1." → "1". */
export function normaliseRef(text: string): string {
  return oneLine(text)
    .replace(/\s*\.\s*/g, '.')
    .replace(/\.$/, '');
}

/**
 * Reads a table's rows into actions. Merged cells give their value to every
 * row they cover; a blank objective or priority carries down from the row
 * above; a row listing N actions with N timescales becomes N actions.
 */
export function readActions(grid: SheetGrid, table: PlanTable, context: ReadContext): Action[] {
  const actions: Action[] = [];
  const carried: Partial<Record<ColumnRole, string>> = {};
  let lastPriority: Priority | null = null;
  // Worked out once per table, not per row: each role's columns, and the periods up to the review date in order.
  const reading: TableReading = {
    roleColumns: Object.entries(table.columnsOf) as [ColumnRole, number[]][],
    periods: periodsUpTo(table.periods, context.period, context.asOf).map((p) => p.columns),
  };
  for (const { row, priority } of table.rows) {
    if (priority !== lastPriority) {
      for (const role of CARRIED_WHEN_BLANK) delete carried[role];
      lastPriority = priority;
    }
    const rowCells = readRow(grid, table, reading, row);
    if (rowCells === null) continue;
    for (const role of CARRIED_WHEN_BLANK) {
      if (rowCells.text[role]) carried[role] = rowCells.text[role];
      else if (carried[role]) rowCells.text[role] = carried[role];
    }
    const rowPriority = priority ?? (rowCells.text.priority ? context.rowPriority(rowCells.text.priority, row) : context.sheetPriority());
    actions.push(...splitRow(grid, table, row, rowCells, rowPriority, context.period));
  }
  return actions;
}

/** The row's text per role, or null when the row holds no action of its own. */
interface TableReading {
  roleColumns: [ColumnRole, number[]][];
  periods: PeriodColumns[];
}

function readRow(grid: SheetGrid, table: PlanTable, reading: TableReading, row: number): RowCells | null {
  const action = table.columns.action === undefined ? null : resolveCell(grid, row, table.columns.action);
  if (!action || action.fromAbove || action.cell.text.trim() === '') return null;
  const text: RowCells['text'] = {};
  const cells: RowCells['cells'] = {};
  for (const [role, columns] of reading.roleColumns) {
    if (columns.length === 1) {
      const only = resolveCell(grid, row, columns[0]);
      text[role] = textOfCell(only.cell);
      cells[role] = only.ref;
      continue;
    }
    const read = columns.map((col) => resolveCell(grid, row, col));
    const filled = read.filter((r) => textOfCell(r.cell).trim() !== '');
    text[role] = filled.map((r) => textOfCell(r.cell)).join(JOINED_WITH[role] ?? '');
    cells[role] = (filled[0] ?? read[0]).ref;
  }
  const dueCell = table.columns.due === undefined ? null : resolveCell(grid, row, table.columns.due).cell;
  const ragAt = table.columnsOf.recordedRag?.[0];
  const recorded = ragAt === undefined ? NO_RECORDED : readRecordedCell(resolveCell(grid, row, ragAt).cell);
  const rowCells: RowCells = { text, cells, dueCell, recorded, period: null, periods: [] };
  if (table.periods.length > 0) readPeriods(grid, table, reading.periods, row, rowCells);
  return rowCells;
}

function textOfCell(cell: Cell): string {
  return cell.kind === 'error' ? String(cell.value) : cell.text;
}

/**
 * Progress, RAG and status from the latest period up to the review date
 * with anything written for the action (an update, a RAG in words or
 * colour, a status): a period with only its RAG, or only its update, still
 * counts. Earlier periods are kept.
 */
function readPeriods(grid: SheetGrid, table: PlanTable, periods: readonly PeriodColumns[], row: number, rowCells: RowCells): void {
  let current: {
    label: string;
    cells: Partial<Record<ColumnRole, CellRef>>;
    progress: string;
    status: string;
    recorded: RecordedCell;
  } | null = null;
  for (const columns of periods) {
    const at = (col: number | undefined) => (col === undefined ? null : resolveCell(grid, row, col));
    const [progress, rag, status] = [at(columns.progress), at(columns.recordedRag), at(columns.status)];
    const recorded = rag ? readRecordedCell(rag.cell) : NO_RECORDED;
    const update = {
      label: columns.mark.label,
      progress: progress ? textOfCell(progress.cell).trim() : '',
      status: status ? textOfCell(status.cell).trim() : '',
      recorded,
      cells: {
        ...(progress && { progress: progress.ref }),
        ...(rag && { recordedRag: rag.ref }),
        ...(status && { status: status.ref }),
      },
    };
    if (update.progress === '' && update.status === '' && recorded.from === null && recorded.text.trim() === '') continue;
    rowCells.periods.push({
      label: update.label,
      progress: update.progress,
      status: update.status,
      recordedRagText: recorded.text,
      recordedRag: recorded.rag,
    });
    current = update;
  }
  const kept = (role: 'progress' | 'recordedRag' | 'status') => table.periods.some((p) => p[role] !== undefined);
  if (!current) {
    for (const role of ['progress', 'recordedRag', 'status'] as const)
      if (kept(role) && table.columnsOf[role] === undefined) delete rowCells.cells[role];
    return;
  }
  rowCells.period = current.label;
  Object.assign(rowCells.cells, current.cells);
  if (kept('progress')) rowCells.text.progress = current.progress || rowCells.text.progress;
  if (kept('status')) rowCells.text.status = current.status || rowCells.text.status;
  if (kept('recordedRag') && (current.recorded.from !== null || current.recorded.text !== '')) rowCells.recorded = current.recorded;
}

/** A cell's cleaned paragraphs. */
function parasOf(raw: string | undefined): readonly string[] {
  return raw ? cleanParagraphs(raw) : [];
}

/** Leads, measures, progress and objectives repeat down a table: each text is cleaned and split once. */
const cleanParagraphs = remembered((raw) => Object.freeze(paragraphs(cleanedText(raw))));

/** Paragraph i of n when the cell has n of them, else the whole cell. */
function partOf(paras: readonly string[], i: number, n: number, separator = '\n'): string {
  return n > 1 && paras.length === n ? paras[i] : paras.join(separator);
}

function splitRow(grid: SheetGrid, table: PlanTable, row: number, rowCells: RowCells, priority: Priority, period: Period | null): Action[] {
  const { text, dueCell, recorded } = rowCells;
  const cleaned = cleanText(text.action ?? '');
  const actionParas = paragraphs(cleaned.text);
  const dueParas = dueCell && dueCell.kind === 'text' ? parasOf(dueCell.text) : [];
  const ownerParas = parasOf(text.owner || text.support);
  const measureParas = parasOf(text.measure);
  const progressParas = parasOf(text.progress);
  const ragParas = parasOf(recorded.text);
  const n = actionParas.length;
  const several = n > 1 && dueParas.length > 1;
  const pairs = several && dueParas.length === n && (ownerParas.length <= 1 || ownerParas.length === n);
  const parts = pairs ? n : 1;
  const startCell = table.columns.start === undefined ? null : resolveCell(grid, row, table.columns.start).cell;
  const percentCell = table.columns.percentComplete === undefined ? null : resolveCell(grid, row, table.columns.percentComplete).cell;
  const revisedCell = table.columns.revisedDue === undefined ? null : resolveCell(grid, row, table.columns.revisedDue).cell;
  const revised = revisedCell ? readDue(revisedCell, period) : null;
  const delayParas = parasOf(text.delayReason);
  const ref = normaliseRef(text.ref ?? '');
  const objective = parasOf(text.objective).join(' ');
  const partners =
    text.owner && text.support ? [...parasOf(text.partners), ...parasOf(text.support)].join('; ') : parasOf(text.partners).join('; ');
  const start = startCell ? startDay(readDue(startCell, period)) : null;
  const status = text.status ? readStatus(text.status) : null;
  // A status that is none of the status words is read as progress.
  const statusAsProgress = status === null && text.status ? oneLine(text.status) : '';
  const percentComplete = percentCell ? readPercent(percentCell) : null;
  const mismatch = several && !pairs ? { actions: n, dates: dueParas.length, owners: ownerParas.length } : undefined;
  const actions: Action[] = [];
  for (let i = 0; i < parts; i += 1) {
    const recordedRagText = oneLine(partOf(ragParas, i, parts));
    const progress = partOf(progressParas, i, parts);
    // Every action has the same properties in the same order: the engine makes tens of thousands of them.
    actions.push({
      sheet: table.sheet,
      row: row + 1,
      part: i + 1,
      parts,
      ref,
      priority,
      objective,
      text: pairs ? actionParas[i] : actionParas.join('\n'),
      owner: partOf(ownerParas, i, parts, '; '),
      partners,
      start,
      due: pairs ? readTimescale(dueParas[i], period) : dueCell ? readDue(dueCell, period) : readTimescale('', period),
      revisedDue: revised && revised.kind !== 'missing' ? revised : null,
      delayReason: partOf(delayParas, i, parts),
      measure: partOf(measureParas, i, parts),
      progress: statusAsProgress && progress ? `${progress}\n${statusAsProgress}` : progress || statusAsProgress,
      status,
      percentComplete,
      recordedRagText,
      recordedRag: parts > 1 && ragParas.length === parts ? readRecordedRag(recordedRagText) : recorded.rag,
      recordedRagFrom: recorded.from,
      fillDisagrees: recorded.fillDisagrees,
      period: rowCells.period,
      periods: rowCells.periods,
      cells: rowCells.cells,
      table,
      artefacts: cleaned.artefacts,
      mismatch,
    });
  }
  return actions;
}

/** Address of a table's header cell for a role (or its first header cell). */
export function headerCell(table: PlanTable, role?: ColumnRole): string {
  return address(table.headerRow, role && table.columns[role] !== undefined ? table.columns[role]! : table.firstCol);
}
