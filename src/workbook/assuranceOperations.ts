import {
  AssessmentEntry,
  CellUpdate,
  CellValueKept,
  CheckOptions,
  AssuranceRole,
  LogBlock,
  LogTable,
  PlanResult,
  RAG_TEXT,
  SheetGrid,
  address,
  cellAt,
  checkPlan,
  entryName,
  ownSheetKind,
  ownSheetName,
  planLogBlocks,
  planLogTables,
} from '../plan';
import type { PlanWorkbookPort } from './port';
import { priorityAssuranceSheet } from './sheets/priorityAssuranceSheet';
import { updateLogRows } from './sheets/records';

export type RecordOutcome = { recorded: string; sheet: string; notices: string[] } | { refused: string };

/** What the Update Log's Return column says of cells an officer recorded through the pane or the command. */
export const RECORDED = 'Record proposal or decision';

/**
 * "Record proposal" / "Record decision": a dated entry for a priority of the
 * plan. By default appended to the product's Priority Assurance sheet (made
 * on the first), which the check reads as the priority's action log; when
 * the officer asks (`intoPlanLog`), written into the row below the plan's
 * own action log table instead — each cell logged on the Update Log, so undo
 * takes it back. A priority the plan does not have is refused, naming the
 * ones it has; nothing is written over a cell that is not empty.
 */
export function recordAssessment(
  port: PlanWorkbookPort,
  options: CheckOptions,
  entry: AssessmentEntry,
  when: string,
  intoPlanLog = false,
): Promise<RecordOutcome> {
  return port.update<RecordOutcome>((grids) => {
    const result = checkPlan(grids, options);
    const codes = result.priorities.map((p) => p.code);
    const code = codes.find((c) => c.toLowerCase() === entry.priority.toLowerCase());
    if (code === undefined)
      return { result: { refused: `The plan has no priority "${entry.priority}": it has ${codes.join(', ') || 'none'}.` } };
    const written = { ...entry, priority: code };
    if (intoPlanLog) {
      const target = planLogTarget(grids, result, written);
      if ('refused' in target) return { result: target };
      const grid = grids.find((g) => g.name === target.sheet)!;
      const taken = target.cells.find(
        (cell) => cellAt(grid, cell.row, cell.col).kind !== 'empty' || cellAt(grid, cell.row, cell.col).master,
      );
      if (taken)
        return {
          result: {
            refused: `${target.sheet}!${address(taken.row, taken.col)}, where the entry would go, is not empty: nothing was written.`,
          },
        };
      const logRows = updateLogRows(grids, target.cells, when);
      return {
        cells: target.cells,
        sheets: logRows.sheets,
        result: { recorded: entryName(written), sheet: target.sheet, notices: logRows.notices },
      };
    }
    const place = ownSheetName(grids, 'Priority Assurance');
    const existing = place.exists ? grids.find((g) => g.name === place.name) : undefined;
    return {
      sheets: [priorityAssuranceSheet(written, when, place.name, existing)],
      result: { recorded: entryName(written), sheet: place.name, notices: place.notice ? [place.notice] : [] },
    };
  });
}

/** The sheet of the plan's own log an entry for this priority would go into: its block, else its log table; null where it keeps neither. */
export function planLogSheet(grids: readonly SheetGrid[], result: PlanResult, priority: string): string | null {
  return planLogOf(grids, result, priority)?.sheet ?? null;
}

/** The priority's labelled block in the plan, else the plan's first log table. */
function planLogOf(grids: readonly SheetGrid[], result: PlanResult, priority: string): LogBlock | LogTable | undefined {
  const officers = grids.filter((grid) => ownSheetKind(grid) === null);
  const block = planLogBlocks(
    officers,
    result.priorities.map((p) => p.priority),
    result.tables,
  ).find((b) => b.priority.toLowerCase() === priority.toLowerCase());
  return block ?? planLogTables(officers, result.tables)[0];
}

/**
 * The cells of the plan's own action log an entry goes into: the priority's
 * labelled block (the next column of entries, or — where each line is dated
 * beside it — its side's empty lines), else the row below a log table's
 * last entry.
 */
function planLogTarget(
  grids: readonly SheetGrid[],
  result: PlanResult,
  entry: AssessmentEntry,
): { sheet: string; cells: CellUpdate[] } | { refused: string } {
  const log = planLogOf(grids, result, entry.priority);
  if (!log)
    return {
      refused: `The plan keeps no action log for priority ${entry.priority} to write into: the entry can go on the Priority Assurance sheet.`,
    };
  return { sheet: log.sheet, cells: 'lines' in log ? blockCells(log, entry) : entryCells(log, entry) };
}

/** What an entry writes on a line of a log. */
function lineValue(role: AssuranceRole, entry: AssessmentEntry): CellValueKept {
  switch (role) {
    case 'date':
      return { day: entry.date };
    case 'proposedRag':
    case 'decidedRag':
      return RAG_TEXT[entry.rag];
    case 'subgroupComments':
    case 'execComments':
      return entry.comments;
    case 'recommendations':
      return entry.recommendations;
    case 'risks':
      return entry.risks;
  }
}

function written(
  sheet: string,
  row: number,
  col: number,
  role: CellUpdate['role'],
  value: CellValueKept,
  entry: AssessmentEntry,
): CellUpdate {
  return { sheet, row, col, role, file: RECORDED, key: entryName(entry), old: '', oldValue: '', value };
}

/** An entry in a labelled block: a new column headed by its date, or its side's lines with each line's date beside it. */
function blockCells(block: LogBlock, entry: AssessmentEntry): CellUpdate[] {
  const side = entry.by === 'subgroup' ? 0 : 1;
  const lines = block.lines.filter((line) => line.side === side && lineValue(line.role, entry) !== '');
  if (block.dateCol === undefined) {
    const col = Math.max(block.col, ...block.entryCols) + 1;
    return [
      written(block.sheet, block.titleRow, col, 'date', { day: entry.date }, entry),
      ...lines.map((line) => written(block.sheet, line.row, col, line.role, lineValue(line.role, entry), entry)),
    ];
  }
  const [col] = block.entryCols;
  return lines.flatMap((line) => [
    written(block.sheet, line.row, col, line.role, lineValue(line.role, entry), entry),
    written(block.sheet, line.row, block.dateCol!, 'date', { day: entry.date }, entry),
  ]);
}

/** The cells of the log table's next row the entry fills: its priority, date, and the subgroup's or the executive's lines. */
function entryCells(log: LogTable, entry: AssessmentEntry): CellUpdate[] {
  const side = entry.by === 'subgroup' ? 0 : 1;
  return [
    written(log.sheet, log.nextRow, log.priorityCol, 'priority', entry.priority, entry),
    ...log.columns
      .filter((c) => c.role === 'date' || c.side === side)
      .map((c) => written(log.sheet, log.nextRow, c.col, c.role, lineValue(c.role, entry), entry))
      .filter((c) => c.value !== ''),
  ];
}
