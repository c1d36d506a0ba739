import type { RagColumn, SheetGrid } from '../../plan';
import type { PlanWorkbookPort, PlannedWrites } from '../port';
import type { Area, SheetSpec } from '../sheets';
import { damaged, packageBytes } from './load';
import { readPackage } from './read';
import { WorkbookReadError } from './readError';
import { signatureProblem } from './signature';

export { WorkbookReadError } from './load';
export { savedSettings, workbookBytes } from './save';

/**
 * An .xlsx workbook as its package (the file's bytes), behind the same port
 * as Excel: the board-plan command and the browser preview read and write
 * through it. Reads take only the parts the engine needs (read/); writes
 * are spliced into the package (patch/), so a part the product does not
 * write is never rewritten.
 */
export class XlsxWorkbook implements PlanWorkbookPort {
  /** Sheet → the cells this workbook coloured as RAG (the preview's grid shows them). */
  readonly ragAreas = new Map<string, Area[]>();
  private grids: SheetGrid[] | null;

  /** `name` names the file in messages: "plan.xlsx is damaged…". */
  protected constructor(
    private current: Uint8Array,
    grids: SheetGrid[],
    readonly name: string,
  ) {
    this.grids = grids;
  }

  /** Opens a workbook's bytes (.xlsx, or .csv by its name); every failure is one WorkbookReadError in plain words. */
  static async open(bytes: Uint8Array | ArrayBuffer, name: string): Promise<XlsxWorkbook> {
    const held = await packageBytes(bytes, name);
    return new this(held, await readGrids(held, name), name);
  }

  /** The package as it stands, with everything written so far. */
  get bytes(): Uint8Array {
    return this.current;
  }

  async read(): Promise<SheetGrid[]> {
    this.grids ??= await readGrids(this.current, this.name);
    return this.grids;
  }

  /** In memory: the read, the plan and the writes follow one another with nothing between. */
  async update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T> {
    const planned = plan(await this.read());
    if (!planned.ragColumns?.length && !planned.sheets?.length && !planned.cells?.length) return planned.result;
    // The patcher (and JSZip) is loaded only when something is written: the preview opens without it.
    const { writtenInto } = await import('./patch');
    try {
      this.current = await writtenInto(this.current, planned);
    } catch (error) {
      // A part the writes go into is not well-formed XML, though the lenient reader read round it: the file's own damage.
      throw damaged(this.name, error);
    }
    this.grids = null;
    for (const column of planned.ragColumns ?? []) this.colourRagColumn(column);
    for (const spec of planned.sheets ?? []) this.colourSheet(spec);
    return planned.result;
  }

  async select(_sheet: string, _cell: string): Promise<void> {
    // A file has no selection; the preview overrides this to show the cell.
  }

  private colourRagColumn(column: RagColumn): void {
    if (column.values.length < 2) return;
    this.addRagArea(column.sheet, [column.headerRow + 1, column.column, column.headerRow + column.values.length - 1, column.column]);
  }

  private colourSheet(spec: SheetSpec): void {
    if (spec.mode === 'replace') this.ragAreas.delete(spec.name);
    for (const area of spec.ragAreas) this.addRagArea(spec.name, area);
  }

  private addRagArea(sheet: string, area: Area): void {
    this.ragAreas.set(sheet, [...(this.ragAreas.get(sheet) ?? []), area]);
  }
}

/** The grids of a package; every failure is a WorkbookReadError in plain words. */
export async function readGrids(bytes: Uint8Array, name: string): Promise<SheetGrid[]> {
  const problem = signatureProblem(bytes, name);
  if (problem) throw new WorkbookReadError(problem);
  let grids: SheetGrid[];
  try {
    grids = await readPackage(bytes, name);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw damaged(name, error);
  }
  if (grids.length === 0) throw new WorkbookReadError(`${name} has no worksheets`);
  return grids;
}
