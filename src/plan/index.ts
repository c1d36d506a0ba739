/** The engine's public face: adapters, the CLI and the task pane import from here. */
export { checkPlan, summariseObjectives } from './check';
export type { CheckOptions, PlanResult, PrioritySummary, ObjectiveSummary } from './check';
export { actionJson, findingJson, planJsonWith, toPlanJson } from './contract';
export type { PlanJson } from './contract';
export type { Cell, CellKind, CellValue, GridArea, SheetGrid } from './grid';
export { address, cellAt, columnLetter, parseAddress, rowIndices } from './grid';
export { clipped, counted, nounFor, quote, withBullets } from './text';
export { isPlanSheet, tableRowSpans } from './tables';
export type { Finding, Severity } from './findings';
export { RULES, actionName } from './rules';
export type { RatedAction } from './rules';
export { COLUMN_TERMS, RAG_HEADER } from './columns';
export type { AssuranceRole } from './columns';
export { DEFAULT_POLICY, computeRag, readRecordedRag, rollUp } from './rag';
export { RAGS, RAG_TEXT, RAG_WORDS, ragOfFill } from './ragVocabulary';
export type { Rag, RagPolicy, RagCounts } from './rag';
export type { Day } from './day';
export { DATE_1904_OFFSET, dateFromSerial, dateOfDay, dayFromDate, displayDay, isoDay, parseIsoDay, serialOfDate, today } from './day';
export { RAG_COLUMN_WIDTH, changedSinceConfirmed, planRagColumns } from './ragColumn';
export type { RagColumn, RagColumnPlan, RagColumnRefusal } from './ragColumn';
export { boardSummary } from './summary';
export type { BoardSummary, PriorityRow, LeadRow, PriorityChange } from './summary';
export { HISTORY_COLUMNS, HISTORY_HEADER_ROW, actionKey, historyColumns, readHistory, snapshotDates } from './history';
export type { HistoryColumn } from './history';
export type { SnapshotEntry } from './history';
export {
  OWN_SHEET_KINDS,
  RECORD_SHEET_KINDS,
  isLeftOver,
  ownSheetKind,
  ownSheetKindByName,
  ownSheetMark,
  ownSheetName,
  temporarySheetName,
} from './ownSheets';
export type { OwnSheetKind, OwnSheetName } from './ownSheets';
export { planName } from './planName';
export { priorityLabel } from './priorities';
export { ragColourAreas } from './recorded';
export { POLICIES, PROGRESS_AGAINST_TIME_POLICY } from './policies';
export { checkOptionsFor, readReviewSettings } from './reviewSettings';
export type { ReviewSettings } from './reviewSettings';
export { NO_LEAD, leadKey, leadsOf } from './leads';
export type { Lead } from './leads';
export { fingerprint, planIdentity, updateRequests } from './requests';
export type { PlanIdentity, RequestOptions, RequestRow, UpdateRequest } from './requests';
export { PROPOSED_RAGS, RETURN_COLUMNS, RETURN_MARK, identityCells, identityOf } from './returnColumns';
export type { ReturnColumnKey, ReturnIdentity } from './returnColumns';
export { flagText, readReturn, returnedChanges } from './returns';
export type { ChangeFlag, RefusedReturn, ReturnedChange, ReturnedRow, UpdateReturn } from './returns';
export { ADDED_COLUMN, keptValue, mergeUpdates } from './merge';
export type { CellUpdate, CellValueKept, MergeOptions, MergedRole } from './merge';
export { LOGGED_ROLE, UPDATE_LOG_COLUMNS, UPDATE_LOG_HEADER_ROW, lastMerge, logTime, readUpdateLog, undoUpdates } from './updateLog';
export type { LogEntry, UpdateLogColumn } from './updateLog';
export {
  RETURNS_COLUMNS,
  RETURNS_HEADER_ROW,
  readReturnsRecord,
  returnStatus,
  withCameBack,
  withRequests,
  withUndone,
} from './returnsRecord';
export type { CameBack, ReturnRecord, ReturnsColumn } from './returnsRecord';
export { countsText, priorityAssurance, readAssurance } from './assurance';
export type { Assessment, PriorityAssurance } from './assurance';
export { DIRECTIONS, planTrend } from './trend';
export type { Direction, ReviewCounts, Trend, TrendLine } from './trend';
export { PRIORITY_ASSURANCE_COLUMNS, PRIORITY_ASSURANCE_HEADER_ROW, assuranceRow, entryName } from './assuranceRecord';
export type { AssessmentEntry, PriorityAssuranceColumn } from './assuranceRecord';
export { planLogBlocks, planLogTables } from './assurance';
export type { LogBlock, LogTable } from './assurance';
