import { SheetGrid } from './grid';
import { Period } from './calendar';
import { oneLine } from './text';
import { ownSheetKind } from './ownSheets';

/** Titles sit in a sheet's first rows; a longer line there is a paragraph, not a title. */
const TITLE_ROWS = 3;
const MAX_TITLE = 150;
const NAMES_A_PLAN = /\b(plan|strategy)\b/i;

/**
 * The plan's name for the board papers: the longest title naming a plan in
 * the first rows of any sheet ("… Safeguarding Adults Board Business Plan
 * April 2021 to March 2022"), else "Business plan" and its period.
 */
export function planName(grids: readonly SheetGrid[], period: Period | null): string {
  let best = '';
  for (const grid of grids) {
    if (ownSheetKind(grid)) continue;
    for (const row of grid.rows.slice(0, TITLE_ROWS)) {
      for (const cell of row ?? []) {
        const text = cell?.kind === 'text' && !cell.master ? oneLine(cell.text) : '';
        if (text.length > best.length && text.length <= MAX_TITLE && NAMES_A_PLAN.test(text) && !text.endsWith('.')) best = text;
      }
    }
  }
  return best || (period ? `Business plan ${period.label}` : 'Business plan');
}
