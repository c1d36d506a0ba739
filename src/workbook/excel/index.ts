import type { SheetGrid } from '../../plan';
import { PlanWorkbookPort, PlannedWrites, WriteFailure } from '../port';
import { excelErrorText } from './errors';
import { readWorkbook } from './readExcel';
import { selectCell, writeRagColumns } from './writeExcel';
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
      const planned = plan(read.grids);
      // Merging returns is built in the command first; refused here rather than half done.
      if (planned.cells?.length)
        throw new WriteFailure(
          'Nothing was changed: merging update returns is not available in Excel yet. Use board-plan merge on a copy.',
        );
      if (planned.ragColumns?.length) await writeRagColumns(context, planned.ragColumns);
      if (planned.sheets?.length) await writeSheets(context, planned.sheets, read);
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
