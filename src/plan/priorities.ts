import { oneLine } from './text';

/** A numbered theme of the plan, with what its header block says about it. */
export interface Priority {
  sheet: string;
  /** "SAB1", "2a", "1"; the sheet name when the plan gives no heading. */
  code: string;
  title: string;
  /** 0-based row of the heading, or -1 when the priority is the sheet itself. */
  row: number;
  labels: Partial<Record<PriorityLabel, LabelValue>>;
}

export interface LabelValue {
  text: string;
  /** A1 address of the cell holding the value. */
  cell: string;
}

export type PriorityLabel = 'lead' | 'boardOfficer' | 'deliveryMechanism' | 'statement';

/** Labels of a priority's header block, as boards write them. */
const LABELS: readonly { pattern: RegExp; label: PriorityLabel }[] = [
  { pattern: /^(partnership lead|priority lead|strategic lead|lead|chair)$/, label: 'lead' },
  { pattern: /^(board officer|board manager|business officer|lead officer)$/, label: 'boardOfficer' },
  { pattern: /^(key delivery mechanism|delivery mechanism|delivered by|subgroup|sub group)$/, label: 'deliveryMechanism' },
  { pattern: /^(priority statement|statement|outcome statement)$/, label: 'statement' },
];

/** "Priority: SAB1 Effective …", "Priority 2a: To be assured …", "Priority 3b To be assured …". */
const PRIORITY_HEADING = /^priority\s*[:\-–]?\s*([a-z]{0,4}\s?\d{1,2}[a-z]?)\b\s*[:.\-–]?\s*(.*)$/is;
/** "1. Hidden Harm": only outside tables, as a short line of its own. */
const NUMBERED_HEADING = /^(\d{1,2}[a-z]?)[.)]\s+([A-Z][^:]{2,80})$/s;

export interface Heading {
  code: string;
  title: string;
}

/** Reads a priority heading; numbered headings ("1. Hidden Harm") count only where allowNumbered. */
export function readHeading(text: string, allowNumbered: boolean): Heading | null {
  const flat = oneLine(text);
  const priority = PRIORITY_HEADING.exec(flat);
  if (priority) return { code: priority[1].replace(/\s+/g, ''), title: priority[2].trim() };
  const numbered = allowNumbered ? NUMBERED_HEADING.exec(flat) : null;
  return numbered ? { code: numbered[1], title: numbered[2].trim() } : null;
}

/**
 * "Partnership Lead: Local Authority - TBC" in one cell, or "Board Officer:" with
 * its value in the next cell (value null then).
 */
export function readLabel(text: string): { label: PriorityLabel; value: string | null } | null {
  const match = /^([A-Za-z][A-Za-z ]{1,40}?)\s*:\s*(.*)$/s.exec(oneLine(text));
  if (!match) return null;
  const name = match[1].toLowerCase().trim();
  const found = LABELS.find((entry) => entry.pattern.test(name));
  if (!found) return null;
  const value = match[2].replace(/^\*+|\*+$/g, '').trim();
  return { label: found.label, value: value === '' ? null : value };
}

/**
 * A Priority / Theme / Workstream cell: "1. Hidden Harm", "Priority 2: Care
 * homes", "SAB3 Prevention" (code and title), or a name alone, its own code.
 */
export function readPriorityName(text: string): Heading {
  const heading = readHeading(text, true);
  if (heading) return heading;
  const coded = /^([A-Za-z]{0,4}\d{1,2}[a-z]?)[\s.:)\-–]+(.{2,})$/.exec(text);
  return coded ? { code: coded[1], title: coded[2].trim() } : { code: text, title: '' };
}

/**
 * "1: Hidden Harm", or the code alone where the plan gives no title: how a
 * priority is named wherever an action is listed. Beside each action in a
 * narrow column, a long title is cut at a word, up to `max` characters
 * ("2c: To be assured that services for children…"): the priorities table
 * above it gives the whole.
 */
export function priorityLabel(priority: { code: string; title: string }, max = Infinity): string {
  const label = priority.title ? `${priority.code}: ${priority.title}` : priority.code;
  if (label.length <= max) return label;
  // One character more, so a word ending right at the limit is kept whole; cut after the last whole word.
  const words = /^(.*)[\s,;:.–-]/s.exec(label.slice(0, max + 1))?.[1] ?? '';
  const cut = words.length > priority.code.length + 1 ? words : label.slice(0, max);
  return `${cut.replace(/[\s,;:.–-]+$/, '')}…`;
}
