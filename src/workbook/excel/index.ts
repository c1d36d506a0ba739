import type { SheetGrid } from '../../plan';
import { PlanWorkbookPort, PlannedWrites, WriteFailure } from '../port';
import { excelErrorText } from './errors';
import { readWorkbook } from './readExcel';
import { selectCell, writeRagColumns } from './writeExcel';
import { TargetCell, loadTargets, markFormulas, unknownTargets, writeCells } from './writeCells';
import { writeSheets } from './writeSheets';
import { ExcelRunner, runInExcel } from './run';

export type { ExcelRunner } from './run';
export { runInExcel } from './run';
export { excelSettings } from './settings';

/** The workbook open in Excel, through Office.js. Excel's errors reach the pane in words an officer can act on. */
export class ExcelWorkbook implements PlanWorkbookPort {
  constructor(private readonly run: ExcelRunner = runInExcel) {}

  read(): Promise<SheetGrid[]> {
    return this.guarded(async (context) => (await readWorkbook(context)).grids);
  }

  /** Read, plan and write in one Excel.run: what is written is planned from cells read moments before. */
  update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T> {
    return this.guarded(async (context) => {
      const read = await readWorkbook(context);
      const { planned, targets } = await planAgainstFormulas(context, read.grids, plan);
      if (planned.ragColumns?.length) await writeRagColumns(context, planned.ragColumns);
      // The Update Log before the cells it lists: should Excel fail part way, no written cell goes unrecorded.
      if (planned.sheets?.length) await writeSheets(context, planned.sheets, read);
      if (planned.cells?.length) await writeCells(context, planned.cells, targets, read.date1904);
      return planned.result;
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.guarded((context) => selectCell(context, sheet, cell));
  }

  /**
   * worksheets.onChanged (ExcelApi 1.9): any change to a cell. Changes the
   * add-in makes itself are told apart where Excel says so (triggerSource,
   * ExcelApi 1.14); elsewhere they count as changes too.
   */
  async watch(onChange: () => void): Promise<() => void> {
    const registered = await this.guarded(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.triggerSource !== 'ThisLocalAddin') onChange();
      });
      await context.sync();
      return handler;
    });
    return () => {
      void Excel.run(registered.context, async (context) => {
        registered.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }

  private async guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      if (error instanceof WriteFailure || !(error as { code?: string }).code) throw error;
      throw new Error(excelErrorText(error));
    }
  }
}

/**
 * The cell read leaves formulas out (they would double what it fetches);
 * when a plan writes into cells, those cells' formulas and formats are
 * fetched (one sync) and the plan made again if any holds a formula, so a
 * formula is left to the officer here as in a file.
 */
async function planAgainstFormulas<T>(
  context: Excel.RequestContext,
  grids: SheetGrid[],
  plan: (grids: SheetGrid[]) => PlannedWrites<T>,
): Promise<{ planned: PlannedWrites<T>; targets: Map<string, TargetCell> }> {
  let planned = plan(grids);
  const targets = new Map<string, TargetCell>();
  for (let missing = planned.cells ?? []; missing.length > 0; missing = unknownTargets(planned.cells ?? [], targets)) {
    for (const [key, target] of await loadTargets(context, missing)) targets.set(key, target);
    if (markFormulas(grids, targets)) planned = plan(grids);
  }
  return { planned, targets };
}
