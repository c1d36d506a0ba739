export type Severity = 'error' | 'warning' | 'info';

/** One problem found by a rule, at a cell an officer can go to. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** null only for workbook-wide findings (NO_PLAN_TABLES). */
  sheet: string | null;
  /** A1 address; null only for workbook-wide findings. */
  cell: string | null;
  message: string;
  /** Code of the priority the finding belongs to, where it belongs to one: for grouping in reports. */
  priority?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
