import { BoardSummary, boardSummary, checkPlan, displayDay, parseIsoDay } from '../../src/plan';
import { openWorkbookFile } from '../../src/workbook';
import { fixturePath } from '../helpers/fixtures';
import { grid } from '../helpers/grid';

async function summaryOf(file: string, asOf: string): Promise<BoardSummary> {
  const grids = await (await openWorkbookFile(fixturePath(file))).read();
  return boardSummary(checkPlan(grids, { asOf: parseIsoDay(asOf)! }), grids, []);
}

const refOf = (a: BoardSummary['exceptions'][number]) => a.ref || `row ${a.row}`;

/** Expectations written from reading the seed plans at the review dates below. */
describe('the Board Summary of the seed plans', () => {
  it('LLR SAB 2021-22 at the October 2021 review', async () => {
    const s = await summaryOf('llr-sab-2021-22.xlsx', '2021-10-15');
    expect(s.planName).toBe(
      'LEICESTER, LEICESTERSHIRE AND RUTLAND SAFEGUARDING ADULTS BOARD BUSINESS PLAN APRIL 2021 to MARCH 2022 (V1.0)',
    );
    expect([s.rag, s.counts]).toEqual(['red', { red: 5, amber: 2, green: 7, blue: 7, none: 0 }]);
    // Hidden Harm: 16 actions, 5 complete; Care Homes: 5 actions, 2 complete.
    expect(
      s.priorities.map((p) => [p.code, p.title, p.rag, p.counts.red, p.counts.amber, p.counts.green, p.counts.blue, p.percentComplete]),
    ).toEqual([
      ['1', 'Hidden Harm', 'red', 3, 2, 6, 5, 31],
      ['2', 'Care Homes', 'red', 2, 0, 1, 2, 40],
    ]);
    // Most overdue first: July before September; the two due 31 Oct (amber, within 30 days) last.
    expect(s.exceptions.map((a) => [refOf(a), a.rag, displayDay(a.due.date!)])).toEqual([
      ['row 15', 'red', '31 Jul 2021'],
      ['row 12', 'red', '30 Sep 2021'],
      ['row 16', 'red', '30 Sep 2021'],
      ['row 23', 'red', '30 Sep 2021'],
      ['row 24', 'red', '30 Sep 2021'],
      ['row 6', 'amber', '31 Oct 2021'],
      ['row 13', 'amber', '31 Oct 2021'],
    ]);
    expect(s.exceptions[0].ragReason).toBe('overdue: due 31 Jul 2021, not complete');
    expect(s.byLead.slice(0, 2).map((l) => [l.lead, l.actions])).toEqual([
      ['Audit Group', 4],
      ['Performance Group', 4],
    ]);
    expect([displayDay(s.dueNext.from), displayDay(s.dueNext.to), s.dueNext.actions.map(refOf)]).toEqual([
      '16 Oct 2021',
      '15 Jan 2022',
      ['row 6', 'row 13', 'row 14'],
    ]);
    // The officer recorded G on row 6, due 31 Oct: within the amber window.
    expect(s.disagreements.map((a) => [refOf(a), a.recordedRag, a.rag])).toEqual([
      ['row 6', 'green', 'amber'],
      ['row 7', 'amber', 'green'],
      ['row 12', 'amber', 'red'],
      ['row 13', 'green', 'amber'],
      ['row 16', 'amber', 'red'],
      ['row 23', 'amber', 'red'],
    ]);
    expect(s.sinceLastReview).toBeNull();
  });

  it('SAB 2019-20 (a sheet per priority) at the October 2019 review: leads from the header blocks', async () => {
    const s = await summaryOf('sab-2019-20-sheets.xlsx', '2019-10-15');
    expect(s.planName).toBe('Leicestershire and Rutland Safeguarding Adults Board Business Development Plan 2019-20');
    expect(s.priorities.map((p) => [p.code, p.rag, p.lead])).toEqual([
      ['SAB1', 'red', 'Local Authority - TBC'],
      ['SAB2', 'red', 'Health - tbc'],
      ['SAB3', 'red', 'Police – TBC'],
      ['SAB4', 'red', 'Leicester City Council chair the transitions subgroup'],
    ]);
    expect(s.exceptions.map((a) => `${a.priority.code} ${displayDay(a.due.date!)}`)).toEqual([
      'SAB4 30 Jun 2019',
      'SAB1 31 Jul 2019',
      'SAB1 30 Sep 2019',
      'SAB2 30 Sep 2019',
      'SAB3 30 Sep 2019',
    ]);
    expect(s.byLead[0]).toEqual({ lead: 'Procedures Subgroup', actions: 7, counts: expect.any(Object) });
    expect(s.byLead.map((l) => l.lead)).toContain('(no lead)');
    expect(s.disagreements).toEqual([]);
  });

  it('LRSCB 2014-15 (section rows, refs) at the October 2014 review', async () => {
    const s = await summaryOf('lrscb-2014-15.xlsx', '2014-10-15');
    expect(s.planName).toBe('Leicestershire and Rutland Local Safeguarding Children and Safeguarding Adults Boards Business Plan 2014-15');
    expect(s.priorities.map((p) => `${p.code}:${p.rag}`)).toEqual([
      '1:green',
      '2a:red',
      '2b:green',
      '2c:red',
      '3:red',
      '3b:green',
      '4:green',
      '5:green',
    ]);
    expect(s.exceptions.map(refOf)).toEqual(['3a.2', '2a.2', '2c.3']);
    expect(s.dueNext.actions.map(refOf)).toEqual(['1.3', '2b.1', '2b.4', '3b.2', '5.2', '5.4']);
    expect(s.disagreements.map((a) => `${refOf(a)} ${a.recordedRag}→${a.rag}`)).toEqual([
      '1.2 amber→green',
      '1.3 green→none',
      '2a.2 amber→red',
      '2b.3 green→none',
      '2c.3 amber→red',
      '3b.2 amber→green',
    ]);
  });

  it('counts leads written differently only in case, spacing or punctuation as one lead, named as most rows write it', () => {
    const sheet = grid('Plan', [
      ['Business Plan 2021-22'],
      [],
      ['Action', 'Lead', 'Timescale'],
      ['Audit', 'Safeguarding Effectiveness Group', 'Mar 2022'],
      ['Survey', 'Safeguarding effectiveness group.', 'Mar 2022'],
      ['Report', 'Safeguarding  Effectiveness Group', 'Mar 2022'],
      ['Train', 'Safeguarding Effectiveness Group', 'Mar 2022'],
      ['Review', 'Police', 'Mar 2022'],
    ]);
    const s = boardSummary(checkPlan([sheet], { asOf: parseIsoDay('2021-10-15')! }), [sheet], []);
    expect(s.byLead.map((l) => [l.lead, l.actions])).toEqual([
      ['Safeguarding Effectiveness Group', 4],
      ['Police', 1],
    ]);
  });

  it('a workbook with no plan table: an empty summary named from its title', async () => {
    const s = await summaryOf('luton-vision.xlsx', '2021-10-15');
    expect([s.planName, s.rag, s.priorities, s.exceptions]).toEqual([
      'Luton Safeguarding Adult Board Vision & Strategic Plan',
      'none',
      [],
      [],
    ]);
  });
});
