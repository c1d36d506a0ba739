/** Recording a proposal or decision into the plan's own action log, as each board keeps it. */
import { CellUpdate, SheetGrid, checkOptionsFor, checkPlan, dateOfDay, displayDay, parseIsoDay, toPlanJson } from '../../src/plan';
import { recordAssessment } from '../../src/workbook/assuranceOperations';
import type { PlanWorkbookPort, PlannedWrites } from '../../src/workbook/port';
import { HEADER, grid } from '../helpers/grid';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const options = checkOptionsFor({ asOf: '2021-10-15' });
const decision = {
  priority: '1',
  by: 'executive' as const,
  date: parseIsoDay('2021-10-15')!,
  rag: 'amber' as const,
  comments: 'Assured in part',
  recommendations: '',
  risks: 'Staffing',
};

/** A port over grids that writes a plan's cells as values and keeps what it was asked to write. */
class GridPort implements PlanWorkbookPort {
  cells: CellUpdate[] = [];
  sheets: string[] = [];
  constructor(readonly grids: SheetGrid[]) {}
  async read() {
    return this.grids;
  }
  async update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T> {
    const planned = plan(this.grids);
    for (const cell of planned.cells ?? []) {
      const row = (this.grids.find((g) => g.name === cell.sheet)!.rows[cell.row] ??= []);
      row[cell.col] =
        typeof cell.value === 'object'
          ? { value: dateOfDay(cell.value.day), text: displayDay(cell.value.day), kind: 'date' }
          : { value: cell.value, text: String(cell.value), kind: 'text' };
    }
    this.cells.push(...(planned.cells ?? []));
    this.sheets.push(...(planned.sheets ?? []).map((s) => s.name));
    return planned.result;
  }
  async select() {}
}

const planWith = (log: (string | Date)[][]) =>
  grid('Plan', [
    ['Business Plan 2021-22'],
    ['Priority 1: Prevention'],
    HEADER,
    ['1.1', 'Audit', 'SEG', 'Jun 2021', 'Report', 'Under way', ''],
    [],
    ...log,
  ]);

describe("recording into the plan's own action log", () => {
  it("fills the executive's empty lines of seed 004's block, each dated beside it, and nothing else", async () => {
    const port = new GridPort([
      planWith([
        ['Action Log', '', 'Date'],
        ['Comments from SEG:', 'Audit late', day('2021-10-01')],
        ['RAG Rating proposal by SEG:', 'Amber', day('2021-10-01')],
        ['Comments by Executive Group:'],
        ['Identified Risks and Mitigation:'],
        ['RAG Rating decision by Exec:'],
      ]),
    ]);
    const outcome = await recordAssessment(port, options, decision, '2021-10-15 10:00:00', true);
    expect(outcome).toEqual({ recorded: 'Decision for priority 1 (Amber, 2021-10-15)', sheet: 'Plan', notices: [] });
    expect(port.cells.map((c) => `${c.role} ${c.row + 1},${c.col + 1}`)).toEqual([
      'execComments 9,2',
      'date 9,3',
      'risks 10,2',
      'date 10,3',
      'decidedRag 11,2',
      'date 11,3',
    ]);
    expect(port.sheets).toEqual(['Update Log']);
    const json = toPlanJson(checkPlan(port.grids, options));
    expect(json.priorities[0].assurance.decision).toMatchObject({
      date: '2021-10-15',
      rag: 'amber',
      comments: 'Assured in part',
      risks: 'Staffing',
    });
  });

  it('adds a column to a block whose entries stand side by side under their dates', async () => {
    const port = new GridPort([
      planWith([
        ['Action Log', day('2021-07-10')],
        ['Proposed rating', 'Green'],
        ['Agreed RAG', 'Green'],
      ]),
    ]);
    await recordAssessment(port, options, decision, '2021-10-15 10:00:00', true);
    expect(port.cells.map((c) => `${c.role} ${c.row + 1},${c.col + 1}`)).toEqual(['date 6,3', 'decidedRag 8,3']);
    expect(toPlanJson(checkPlan(port.grids, options)).priorities[0].assurance.decision?.rag).toBe('amber');
  });

  it('refuses, writing nothing, where the lines are already filled', async () => {
    const port = new GridPort([
      planWith([
        ['Action Log', '', 'Date'],
        ['RAG Rating proposal by SEG:', 'Amber', day('2021-10-01')],
        ['RAG Rating decision by Exec:', 'Green', day('2021-10-02')],
      ]),
    ]);
    expect(await recordAssessment(port, options, decision, '2021-10-15 10:00:00', true)).toEqual({
      refused: 'Plan!B8, where the entry would go, is not empty: nothing was written.',
    });
    expect(port.cells).toEqual([]);
  });
});
