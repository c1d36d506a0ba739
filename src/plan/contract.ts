import { isoDay } from './day';
import { PlanResult } from './check';
import { columnLetter } from './grid';
import { ColumnRole } from './columns';
import { Rag, RagCounts } from './rag';

/** The JSON document `board-plan check --json` prints: the contract other tools build on. */
export interface PlanJson {
  asOf: string;
  period: { start: string; end: string } | null;
  tables: { sheet: string; headerRow: number; columns: Partial<Record<ColumnRole, string>> }[];
  skipped: { sheet: string; reason: string }[];
  actions: {
    sheet: string; row: number; part: number; ref: string; priority: string; objective: string; text: string;
    owner: string; due: { text: string; date: string | null; kind: string };
    progress: string; recordedRag: Rag | null; rag: Rag;
  }[];
  findings: { rule: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  priorities: { sheet: string; code: string; title: string; rag: Rag; counts: RagCounts }[];
}

export function toPlanJson(result: PlanResult): PlanJson {
  return {
    asOf: isoDay(result.asOf),
    period: result.period && { start: isoDay(result.period.start), end: isoDay(result.period.end) },
    tables: result.tables.map((table) => ({
      sheet: table.sheet,
      headerRow: table.headerRow + 1,
      columns: Object.fromEntries(Object.entries(table.columns).map(([role, col]) => [role, columnLetter(col)])),
    })),
    skipped: result.skipped.map(({ sheet, reason }) => ({ sheet, reason })),
    actions: result.actions.map((a) => ({
      sheet: a.sheet, row: a.row, part: a.part, ref: a.ref, priority: a.priority.code, objective: a.objective,
      text: a.text, owner: a.owner,
      due: { text: a.due.text, date: a.due.date === null ? null : isoDay(a.due.date), kind: a.due.kind },
      progress: a.progress, recordedRag: a.recordedRag ?? null, rag: a.rag,
    })),
    findings: result.findings.map(({ rule, severity, sheet, cell, message }) => ({ rule, severity, sheet, cell, message })),
    priorities: result.priorities.map(({ sheet, code, title, rag, counts }) => ({ sheet, code, title, rag, counts })),
  };
}
