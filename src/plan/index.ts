/** The engine's public face: adapters, the CLI and the task pane import from here. */
export { checkPlan } from './check';
export type { CheckOptions, PlanResult, PrioritySummary, ObjectiveSummary } from './check';
export { toPlanJson } from './contract';
export type { PlanJson } from './contract';
export type { Cell, CellKind, CellValue, SheetGrid } from './grid';
export { address, columnLetter, parseAddress } from './grid';
export type { Finding, Severity } from './findings';
export { RULES, actionName } from './rules';
export type { RatedAction } from './rules';
export { COLUMN_SYNONYMS } from './columns';
export { DEFAULT_POLICY, RAGS, computeRag, readRecordedRag, rollUp } from './rag';
export type { Rag, RagPolicy, RagCounts } from './rag';
export type { Day } from './day';
export { dayFromDate, displayDay, isoDay, parseIsoDay, today } from './day';
export { RAG_HEADER, RAG_TEXT, planRagColumns } from './ragColumn';
export type { RagColumn, RagColumnPlan, RagColumnRefusal } from './ragColumn';
