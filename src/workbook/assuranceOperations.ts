import {
  AssessmentEntry,
  CellUpdate,
  CellValueKept,
  CheckOptions,
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
      const officers = grids.filter((grid) => ownSheetKind(grid) === null);
      const [log] = planLogTables(officers, result.tables);
      if (!log)
        return {
          result: { refused: 'The plan keeps no action log table to write into: the entry can go on the Priority Assurance sheet.' },
        };
      const grid = grids.find((g) => g.name === log.sheet)!;
      const cells = entryCells(log, written);
      const taken = cells.find((cell) => cellAt(grid, cell.row, cell.col).kind !== 'empty' || cellAt(grid, cell.row, cell.col).master);
      if (taken)
        return {
          result: { refused: `${log.sheet}!${address(taken.row, taken.col)}, below the action log, is not empty: nothing was written.` },
        };
      const logRows = updateLogRows(grids, cells, when);
      return { cells, sheets: logRows.sheets, result: { recorded: entryName(written), sheet: log.sheet, notices: logRows.notices } };
    }
    const place = ownSheetName(grids, 'Priority Assurance');
    const existing = place.exists ? grids.find((g) => g.name === place.name) : undefined;
    return {
      sheets: [priorityAssuranceSheet(written, when, place.name, existing)],
      result: { recorded: entryName(written), sheet: place.name, notices: place.notice ? [place.notice] : [] },
    };
  });
}

/** The sheet of the plan's own action log table an entry could go into, or null where the plan keeps none. */
export function hasPlanLog(grids: readonly SheetGrid[], tables: PlanResult['tables']): string | null {
  const officers = grids.filter((grid) => ownSheetKind(grid) === null);
  return planLogTables(officers, tables)[0]?.sheet ?? null;
}

/** The cells of the log's next row the entry fills: its priority, date, and the subgroup's or the executive's lines. */
function entryCells(log: LogTable, entry: AssessmentEntry): CellUpdate[] {
  const side = entry.by === 'subgroup' ? 0 : 1;
  const value = (role: LogTable['columns'][number]['role']): CellValueKept => {
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
  };
  const cell = (col: number, role: CellUpdate['role'], written: CellValueKept): CellUpdate => ({
    sheet: log.sheet,
    row: log.nextRow,
    col,
    role,
    file: RECORDED,
    key: entryName(entry),
    old: '',
    oldValue: '',
    value: written,
  });
  return [
    cell(log.priorityCol, 'priority', entry.priority),
    ...log.columns
      .filter((c) => c.role === 'date' || c.side === side)
      .filter((c) =>
        side === 0 ? c.role !== 'decidedRag' && c.role !== 'execComments' : c.role !== 'proposedRag' && c.role !== 'recommendations',
      )
      .map((c) => cell(c.col, c.role, value(c.role)))
      .filter((c) => c.value !== ''),
  ];
}
