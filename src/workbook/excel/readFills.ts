import type { GridArea, SheetGrid } from '../../plan';
import { ragColourAreas } from '../../plan';
import { PAYLOAD_BUDGET_BYTES } from './limits';
import { groupWithin } from './batches';
import type { SheetRead } from './readExcel';

/** What one cell's fill costs in a getCellProperties response: {"format":{"fill":{"color":"#FFFFFF","pattern":"Solid"}}}, with room. */
const FILL_BYTES_PER_CELL = 64;
const CELLS_PER_SYNC = Math.floor(PAYLOAD_BUDGET_BYTES / FILL_BYTES_PER_CELL);

/**
 * A RAG may be kept only as a cell's colour. Once the cells are read, the
 * engine says where the plan's RAG columns are; their fills are fetched
 * with getCellProperties (ExcelApi 1.9) — only those columns, in one more
 * sync for any plan under about 65,000 RAG cells — and set on the grids.
 */
export async function readFills(context: Excel.RequestContext, sheets: readonly SheetRead[], grids: SheetGrid[]): Promise<void> {
  const pieces = grids.flatMap((grid, i) =>
    ragColourAreas(grid).flatMap((area) => split(area).map((part) => ({ grid, sheet: sheets[i], area: part }))),
  );
  for (const batch of groupWithin(pieces, (piece) => size(piece.area), CELLS_PER_SYNC)) {
    const results = batch.map((piece) =>
      piece.sheet.proxy
        .getRangeByIndexes(piece.area.top, piece.area.left, piece.area.bottom - piece.area.top + 1, 1)
        .getCellProperties({ format: { fill: { color: true, pattern: true } } }),
    );
    await context.sync();
    batch.forEach((piece, i) => setFills(piece.grid, piece.area, results[i].value));
  }
}

const size = (area: GridArea) => area.bottom - area.top + 1;

/** A column longer than one sync's worth, in pieces that each fit. */
function split(area: GridArea): GridArea[] {
  const parts: GridArea[] = [];
  for (let top = area.top; top <= area.bottom; top += CELLS_PER_SYNC)
    parts.push({ ...area, top, bottom: Math.min(area.bottom, top + CELLS_PER_SYNC - 1) });
  return parts;
}

function setFills(grid: SheetGrid, area: GridArea, properties: Excel.CellProperties[][]): void {
  properties.forEach(([cell], r) => {
    const fill = cell?.format?.fill;
    if (fill?.pattern !== 'Solid' || !fill.color) return;
    const row = (grid.rows[area.top + r] ??= []);
    const existing = row[area.left];
    row[area.left] = existing
      ? { ...existing, fill: fill.color.toUpperCase() }
      : { value: null, text: '', kind: 'empty', fill: fill.color.toUpperCase() };
  });
}
