import { isLeftOver, temporarySheetName } from '../../plan';
import { WriteFailure } from '../port';
import type { SheetSpec } from '../sheets';
import { Batches, CALL_BYTES, Op } from './batches';
import { excelErrorText } from './errors';
import type { WorkbookRead } from './readExcel';
import { setupOps, specOps } from './sheetOps';
import { fitScale } from '../sheets/page';

interface Target {
  spec: SheetSpec;
  /** Where the rows go while writing: a hidden sheet for a new or replacing sheet, the sheet itself for appended rows. */
  target: string;
}

/**
 * Writes the product's sheets so that the officer never sees half of one:
 * each new or replacing sheet is built on a hidden sheet under a temporary
 * name ("Board Summary (writing)"), over as many syncs as its size needs;
 * at the very end of the last one, the old sheet is deleted and the new one
 * renamed and shown. A plan of a couple of thousand actions is one sync.
 * Excel does not roll a failed sync back, so after a failure what is there
 * is looked at, finished or removed (recover), and the message says which.
 */
export async function writeSheets(context: Excel.RequestContext, specs: readonly SheetSpec[], read: WorkbookRead): Promise<void> {
  const names = new Set(read.grids.map((grid) => grid.name.toLowerCase()));
  const leftovers = read.grids.filter(isLeftOver).map((grid) => grid.name);
  const targets: Target[] = specs.map((spec) => ({
    spec,
    target: spec.mode === 'replace' ? temporarySheetName(spec.name, names) : spec.name,
  }));
  const batches = dataBatches(targets, leftovers);
  const zooms: { spec: SheetSpec; layout: Excel.PageLayout }[] = [];
  batches.finish(swapOps(targets, zooms));
  try {
    await batches.run(context);
  } catch (error) {
    await recover(context, targets, read.sheetIds, error);
    return;
  }
  await fitToPageWide(context, zooms);
}

function dataBatches(targets: Target[], leftovers: string[]): Batches {
  const batches = new Batches();
  // Hidden sheets an interrupted write left behind are the product's own: removed first.
  for (const leftover of leftovers) batches.add({ sheet: leftover, bytes: CALL_BYTES, apply: (sheet) => sheet.delete() });
  for (const { spec, target } of targets) {
    if (spec.mode === 'replace')
      batches.add({
        sheet: target,
        bytes: CALL_BYTES,
        create: true,
        apply: (sheet) => {
          sheet.visibility = 'Hidden';
        },
      });
    for (const op of specOps(spec, target)) batches.add(op);
    if (spec.mode === 'replace') for (const op of setupOps(spec, target)) batches.add(op);
  }
  return batches;
}

/** Old sheets out, new ones renamed and shown, the first activated; the print zoom read back. */
function swapOps(targets: Target[], zooms: { spec: SheetSpec; layout: Excel.PageLayout }[]): Op[] {
  const ops: Op[] = [];
  for (const { spec, target } of targets) {
    if (spec.mode !== 'replace') continue;
    if (spec.replaces) ops.push({ sheet: spec.name, bytes: CALL_BYTES, apply: (sheet) => sheet.delete() });
    ops.push({
      sheet: target,
      bytes: CALL_BYTES * 3,
      apply: (sheet) => {
        showAs(sheet, spec.name);
        if (!spec.print) return;
        const layout = sheet.pageLayout;
        layout.load('zoom');
        zooms.push({ spec, layout });
      },
    });
  }
  const first = targets[0];
  if (first) ops.push({ sheet: first.target, bytes: CALL_BYTES, apply: (sheet) => sheet.activate() });
  return ops;
}

/** A finished sheet takes its own name and is shown. */
function showAs(sheet: Excel.Worksheet, name: string): void {
  sheet.name = name;
  sheet.visibility = 'Visible';
}

/**
 * After a failed sync, from what is there now: if the swap had begun (a
 * sheet of the name is gone, or is no longer the one read at the start —
 * sheet ids tell), every row was already written, so the swap is finished;
 * otherwise the hidden sheets are deleted and appended rows cleared,
 * leaving the officer's workbook as it was. Either way the message says.
 */
async function recover(context: Excel.RequestContext, targets: Target[], idsBefore: Map<string, string>, error: unknown): Promise<void> {
  const replacing = targets.filter((t) => t.spec.mode === 'replace');
  let finished = false;
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/id');
    await context.sync();
    const ids = new Map(worksheets.items.map((sheet) => [sheet.name, sheet.id]));
    finished = replacing.some(({ spec }) => ids.get(spec.name) !== idsBefore.get(spec.name));
    for (const { spec, target } of replacing) {
      if (!ids.has(target)) continue;
      if (!finished) {
        worksheets.getItem(target).delete();
        continue;
      }
      if (ids.has(spec.name)) worksheets.getItem(spec.name).delete();
      showAs(worksheets.getItem(target), spec.name);
    }
    for (const { spec, target } of targets.filter((t) => t.spec.mode === 'append')) {
      if (finished || !ids.has(target)) continue;
      worksheets
        .getItem(target)
        .getRangeByIndexes(spec.startRow, 0, Math.max(1, spec.rows.length), Math.max(1, spec.widths.length))
        .clear();
    }
    await context.sync();
  } catch {
    throw new WriteFailure(
      `Excel stopped the write and then refused to tidy up: a hidden sheet ending "(writing)" may be left, ` +
        `and is removed the next time the board papers are written. Excel said: ${excelErrorText(error)}`,
    );
  }
  if (finished) return;
  const names = targets.map((t) => `"${t.spec.name}"`).join(' and ');
  throw new WriteFailure(
    `Nothing was changed: ${names} ${targets.length === 1 ? 'is' : 'are'} as before. Excel said: ${excelErrorText(error)}`,
  );
}

/**
 * Windows desktop Excel ignores "fit to one page wide" set through the API
 * unless the Page Layout tab is showing (office-js issue 1860). The zoom
 * read back with the swap tells; where it did not take, a scale that fits
 * the columns on an A4 landscape page is set instead (one more sync).
 */
async function fitToPageWide(context: Excel.RequestContext, zooms: { spec: SheetSpec; layout: Excel.PageLayout }[]): Promise<void> {
  const ignored = zooms.filter(({ layout }) => layout.zoom.horizontalFitToPages !== 1);
  if (ignored.length === 0) return;
  for (const { spec, layout } of ignored) layout.zoom = { scale: zoomScale(spec) };
  await context.sync();
}

/** The zoom that fits the sheet's columns on one A4 landscape page, 10–100%. */
export function zoomScale(spec: SheetSpec): number {
  return Math.max(10, Math.floor(fitScale(spec.widths) * 100));
}
