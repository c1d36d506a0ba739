import { SheetGrid, rowIndices } from './grid';
import { ragOfWord } from './ragVocabulary';

/**
 * Sheets that are part of a workbook but not of the plan: hidden sheets
 * (last year's plan, lookups behind drop-downs) and the lists, keys and
 * instructions boards keep beside the plan. They are skipped with a reason,
 * never read as actions and never reported row by row.
 */
const NOT_PLAN_NAMES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\brag\s*key\b|^key$|\bkey\s+to\b|\blegend\b/i, what: 'a RAG key' },
  { pattern: /\blook\s*-?\s*ups?\b|^lists?$|\bdrop\s*-?\s*downs?\b|\bvalidation\b|\bdata\s+lists?\b/i, what: 'lists for drop-downs' },
  { pattern: /\binstructions?\b|\bguidance\b|\bread\s*me\b|\bhow\s+to\b|\bhelp\b/i, what: 'instructions' },
];

/** Rows of a RAG key: at least this many rows that start with a RAG word alone ("Red | Overdue and not complete"). */
const RAG_KEY_ROWS = 3;

/** Why a sheet is not part of the plan, or null when it should be read. */
export function notPlanReason(grid: SheetGrid): string | null {
  if (grid.hidden)
    return `${grid.hidden === 'veryHidden' ? 'a very hidden' : 'a hidden'} sheet (such as last year's plan or lookups): not checked; unhide it to include it`;
  const named = NOT_PLAN_NAMES.find(({ pattern }) => pattern.test(grid.name));
  if (named) return `${named.what}, by its name: not part of the plan`;
  return null;
}

/** A sheet whose rows begin with RAG words and their meanings: a key, even under a plan-like name. */
export function isRagKey(grid: SheetGrid): boolean {
  let keyRows = 0;
  for (const index of rowIndices(grid)) {
    const row = grid.rows[index];
    const first = row?.find((cell) => cell && cell.kind !== 'empty');
    const rag = first?.kind === 'text' ? ragOfWord(first.text.trim().toLowerCase()) : undefined;
    if (rag && rag !== 'none' && first!.text.trim().length > 1) keyRows += 1;
  }
  return keyRows >= RAG_KEY_ROWS;
}
