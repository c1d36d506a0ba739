import { LIMITS } from '../bounds';

/** A merged area, 0-based and inclusive: [top, left, bottom, right]. */
export type MergedArea = [number, number, number, number];

/** Excel's last column, 0-based; beyond a thousand columns a merge is taken as claiming the whole width. */
const WIDE = 1000;

/**
 * The merged areas to expand into covered cells. The reader marks every cell
 * a merge covers, so a merge reaching far past the sheet's cells (one over
 * A1:XFD1048576 would be 17 billion cells) is clipped to the last row and
 * column holding a cell, and one that then covers a single cell, or starts
 * past them, is dropped. A sheet whose merges all stay near its cells (within
 * LIMITS.spareRows rows) keeps them as written.
 */
export function clippedMerges(areas: readonly MergedArea[], lastRow: number, lastCol: number): MergedArea[] {
  const far = areas.some(([, , bottom, right]) => bottom > lastRow + LIMITS.spareRows || right >= WIDE);
  if (!far) return [...areas];
  return areas.flatMap(([top, left, bottom, right]): MergedArea[] => {
    if (top > lastRow || left > lastCol) return [];
    const clipped: MergedArea = [top, left, Math.min(bottom, lastRow), Math.min(right, lastCol)];
    return clipped[0] === clipped[2] && clipped[1] === clipped[3] ? [] : [clipped];
  });
}
