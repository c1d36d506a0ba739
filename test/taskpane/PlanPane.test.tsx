/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, RendererProvider, createDOMRenderer, webLightTheme } from '@fluentui/react-components';
import { RagColumn, SheetGrid, checkOptionsFor, readReturnsRecord, returnStatus } from '../../src/plan';
import { saveReviewSnapshot } from '../../src/workbook/operations';
import { PlanPane } from '../../src/taskpane/PlanPane';
import { validateRequests } from '../../src/taskpane/validateRequests';
import { memorySettings } from '../../src/taskpane/settings';
import { PlanWorkbookPort, PlannedWrites, SettingsStore, WriteFailure } from '../../src/workbook/port';
import { openWorkbookFile } from '../../src/workbook';
import { fixturePath } from '../helpers/fixtures';
import { fillReturn } from '../helpers/returns';
import type { ReturnDelivery } from '../../src/taskpane/returnDelivery';
import { readReturnBytes } from '../../src/workbook/returnFiles';
import { grid } from '../helpers/grid';

/**
 * Fluent's styles are left out of the page: jsdom lays nothing out, and
 * with Fluent's 600 CSS rules each getComputedStyle (which testing-library
 * calls on every node it names) costs about 8 ms, making one role query over
 * the findings take 3 s. The browser tests check the pane with its styles.
 */
const unstyled = () => createDOMRenderer(document, { unstable_filterCSSRule: () => false });

/** jsdom has no ResizeObserver (Fluent's MessageBar measures itself with one), and its files no arrayBuffer(): a browser's have both. */
beforeAll(() => {
  Blob.prototype.arrayBuffer ??= function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {
      return undefined;
    }
    unobserve() {
      return undefined;
    }
    disconnect() {
      return undefined;
    }
  };
});

/** A port over fixed grids: records what is written; an officer's edit is a change to the grids and a call to the watcher. */
class FakePort implements PlanWorkbookPort {
  selected: [string, string][] = [];
  written: RagColumn[][] = [];
  reads = 0;
  failWith: Error | null = null;
  private watcher: (() => void) | null = null;
  constructor(public grids: SheetGrid[]) {}
  async read() {
    this.reads += 1;
    return this.grids;
  }
  async update<T>(plan: (grids: SheetGrid[]) => PlannedWrites<T>): Promise<T> {
    this.reads += 1;
    const planned = plan(this.grids);
    if (this.failWith) throw this.failWith;
    if (planned.ragColumns) this.written.push(planned.ragColumns);
    return planned.result;
  }
  async select(sheet: string, cell: string) {
    this.selected.push([sheet, cell]);
  }
  async watch(onChange: () => void) {
    this.watcher = onChange;
    return () => {
      this.watcher = null;
    };
  }
  /** The officer types in a cell. */
  edit(sheet: string, row: number, col: number, text: string) {
    const grid = this.grids.find((g) => g.name === sheet)!;
    (grid.rows[row] ??= [])[col] = { value: text, text, kind: 'text' };
    this.watcher?.();
  }
}

/** A host that keeps each return it is handed, as the officer would get it. */
function keptReturns(): ReturnDelivery & { files: { name: string; lead: string; bytes: Uint8Array }[] } {
  const files: { name: string; lead: string; bytes: Uint8Array }[] = [];
  return {
    files,
    verb: 'Download',
    async one(file) {
      files.push({ name: file.name, lead: file.lead, bytes: await file.bytes() });
      return `Downloaded "${file.name}".`;
    },
  };
}

async function fixturePort(file: string) {
  return new FakePort(await (await openWorkbookFile(fixturePath(file))).read());
}

function renderPane(
  port: PlanWorkbookPort,
  options: { asOf?: string; settings?: SettingsStore; requests?: ReturnType<typeof validateRequests>; delivery?: ReturnDelivery } = {},
) {
  const settings = options.settings ?? memorySettings({ asOf: options.asOf ?? '2021-10-15' });
  render(
    <RendererProvider renderer={unstyled()}>
      <FluentProvider theme={webLightTheme}>
        <PlanPane port={port} settings={settings} validateRequests={options.requests} delivery={options.delivery ?? keptReturns()} />
      </FluentProvider>
    </RendererProvider>,
  );
  return settings;
}

/**
 * One of the pane's action buttons by its label. getByRole computes the
 * accessible name of every element, which is slow over a long list of
 * findings in jsdom; the findings' own names are tested with getByRole.
 */
const button = (label: string) => screen.getByText(label, { selector: 'button' }) as HTMLButtonElement;
const findButton = async (label: string) => (await screen.findByText(label, { selector: 'button' })) as HTMLButtonElement;
/**
 * Something in the open dialog, looked for inside the dialog alone (roles
 * over the whole pane are slow to compute in jsdom). Fluent's focus manager
 * marks the dialog aria-hidden for a moment as it opens, hence `hidden`;
 * the browser tests use the same dialogs by role in a real browser.
 */
async function inDialog(role: 'button' | 'list', name: string): Promise<HTMLElement> {
  const dialog = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]');
    if (!found) throw new Error('no dialog open');
    return found;
  });
  return within(dialog).findByRole(role, { name, hidden: true });
}

async function validated(port: PlanWorkbookPort) {
  renderPane(port);
  await userEvent.click(await findButton('Validate plan'));
  await screen.findByRole('region', { name: 'Summary' });
}

describe('the task pane', () => {
  it('validates the plan and shows counts, a RAG chip per priority and findings grouped by sheet and priority', async () => {
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    await userEvent.click(await findButton('Validate plan'));
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('21').nextSibling).toHaveProperty('textContent', 'actions');
    const priorities = within(summary).getByRole('list', { name: 'Priorities' });
    expect(
      within(priorities)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['RedPriority 1: Hidden Harm', 'RedPriority 2: Care Homes']);
    const careHomes = screen.getByRole('region', { name: 'Priority 2: Care Homes' });
    expect(within(careHomes).getByText('Sheet Priorities')).toBeTruthy();
    expect(within(careHomes).getByRole('button', { name: /^Warning: RAG not recognised.*G24 · INVALID_RAG$/ })).toBeTruthy();
  });

  it('keys the RAG chips to what they mean under the policy on screen', async () => {
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    const key = await screen.findByRole('list', { name: 'RAG key' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Redoverdue', 'Amberdue within 30 days, or slipping', 'Greenon track', 'Bluecomplete', 'Not ratedundated or withdrawn']);
    await userEvent.selectOptions(screen.getByLabelText('RAG policy'), '% complete against time elapsed');
    expect(within(key).getAllByRole('listitem')[1].textContent).toBe('Amberbehind for its time, slipping, or due soon');
  });

  it('filters findings by severity', async () => {
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Show findings of severity' })).getByRole('button', { name: /^Info \(/ }),
    );
    expect(screen.queryAllByRole('button', { name: /^Info: / })).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: /^Warning: / }).length).toBeGreaterThan(0);
  });

  it("selects a finding's cell when it is clicked", async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    renderPane(port);
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(
      within(await screen.findByRole('region', { name: 'Priority 2: Care Homes' })).getByRole('button', { name: /G24 · INVALID_RAG/ }),
    );
    expect(port.selected).toEqual([['Priorities', 'G24']]);
  });

  it('explains what it looks for when there is no plan table', async () => {
    renderPane(await fixturePort('luton-vision.xlsx'));
    await userEvent.click(await findButton('Validate plan'));
    expect(await screen.findByRole('heading', { name: 'No plan table found' })).toBeTruthy();
    expect(screen.getByText(/Vision & Strategic Plan: no table with an action column/)).toBeTruthy();
  });

  it('shows cell text as text, never as markup', async () => {
    const port = new FakePort([
      grid('Plan', [
        ['Action', 'Lead', 'Timescale'],
        ['Audit', '<img src=x onerror="window.hacked=1"> TBC', 'Mar 2022'],
      ]),
    ]);
    renderPane(port);
    await userEvent.click(await findButton('Validate plan'));
    await screen.findByRole('region', { name: 'Summary' });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror/)).toBeTruthy();
  });

  it('says what Write RAG column will write and writes only when confirmed', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    renderPane(port);
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(await findButton('Write RAG column'));
    expect(
      within(await inDialog('list', 'Columns to write'))
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual(['Priorities: column H, rows 5–17', 'Priorities: column H, rows 22–24']);
    await userEvent.click(await inDialog('button', 'Cancel'));
    expect(port.written).toEqual([]);
    await userEvent.click(button('Write RAG column'));
    await userEvent.click(await inDialog('button', 'Write'));
    await waitFor(() => expect(port.written).toHaveLength(1));
    expect(await screen.findByText('Wrote 2 Computed RAG columns as of 15 Oct 2021.')).toBeTruthy();
  });

  it("validates when the ribbon's Validate plan asks, even before the pane has opened, as of the saved review date", async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    const requests = validateRequests();
    requests.request();
    renderPane(port, { requests, asOf: '2021-07-01' });
    expect(await screen.findByRole('region', { name: 'Summary' })).toBeTruthy();
    expect(port.reads).toBe(1);
    requests.request();
    await waitFor(() => expect(port.reads).toBe(2));
    expect(screen.queryByText(/out of date/)).toBeNull();
  });

  it('shows its results as out of date when the review date changes, and will not write until validated again', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    await validated(port);
    expect(button('Write RAG column')).toHaveProperty('disabled', false);
    const amber = screen.getByRole('spinbutton');
    await userEvent.clear(amber);
    await userEvent.type(amber, '60');
    await userEvent.tab();
    expect(
      await screen.findByText(/review date, amber window or RAG policy has changed since you validated\. These results are out of date/),
    ).toBeTruthy();
    expect(button('Write RAG column')).toHaveProperty('disabled', true);
    await userEvent.click(button('Validate again'));
    await waitFor(() => expect(screen.queryByText(/out of date/)).toBeNull());
    expect(button('Write RAG column')).toHaveProperty('disabled', false);
  });

  it('shows its results as out of date when the officer edits the workbook', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    await validated(port);
    act(() => port.edit('Priorities', 6, 4, 'Delayed by recruitment'));
    expect(await screen.findByText(/The workbook has changed since you validated/)).toBeTruthy();
    expect(button('Write RAG column')).toHaveProperty('disabled', true);
  });

  it('writes nothing and names the cell when the workbook changed between the dialog and Write', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    await validated(port);
    await userEvent.click(button('Write RAG column'));
    const write = await inDialog('button', 'Write');
    // Typed in the target column while the dialog was open, with no change event heard.
    (port.grids[1].rows[9] ??= [])[7] = { value: 'see notes', text: 'see notes', kind: 'text' };
    await userEvent.click(write);
    expect(
      await screen.findByText(/^Nothing was written: the workbook has changed since you validated\. Priorities!H10 now holds "see notes"/),
    ).toBeTruthy();
    expect(port.written).toEqual([]);
  });

  it('says exactly what a failed write left, in the words of the failure', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    await validated(port);
    port.failWith = new WriteFailure('Computed RAG written in SAB1!F; not in SAB2!F: Excel reported an internal error (GeneralException).');
    await userEvent.click(button('Write RAG column'));
    await userEvent.click(await inDialog('button', 'Write'));
    expect(
      await screen.findByText('Computed RAG written in SAB1!F; not in SAB2!F: Excel reported an internal error (GeneralException).'),
    ).toBeTruthy();
  });

  it('keeps the review date, amber window and RAG policy in the workbook settings', async () => {
    const settings = renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    const amber = await screen.findByRole('spinbutton');
    await waitFor(() => expect(screen.getByLabelText('Review date (as of)')).toHaveProperty('value', '2021-10-15'));
    await userEvent.clear(amber);
    await userEvent.type(amber, '60');
    await userEvent.tab();
    await userEvent.selectOptions(screen.getByLabelText('RAG policy'), '% complete against time elapsed');
    await waitFor(async () =>
      expect(await settings.load()).toEqual({ asOf: '2021-10-15', amberDays: 60, policy: 'progress-against-time' }),
    );
  });

  it('rates with the policy the workbook keeps, and says results are out of date when it changes', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    renderPane(port, { settings: memorySettings({ asOf: '2021-10-15', policy: 'progress-against-time' }) });
    await waitFor(() => expect(screen.getByLabelText('RAG policy')).toHaveProperty('value', 'progress-against-time'));
    await userEvent.click(await findButton('Validate plan'));
    await screen.findByRole('region', { name: 'Summary' });
    await userEvent.selectOptions(screen.getByLabelText('RAG policy'), 'Due dates and progress');
    expect(await screen.findByText(/RAG policy has changed since you validated/)).toBeTruthy();
  });

  it('says when a read-only workbook cannot keep the review settings', async () => {
    const readOnly: SettingsStore = {
      load: async () => ({}),
      save: async () => {
        throw new Error(
          'This workbook is open read-only or for viewing only, so the review date and amber window are used now but not kept with it.',
        );
      },
    };
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'), { settings: readOnly });
    const amber = await screen.findByRole('spinbutton');
    await userEvent.clear(amber);
    await userEvent.type(amber, '45');
    await userEvent.tab();
    expect(await screen.findByText(/used now but not kept with it/)).toBeTruthy();
  });

  it('labels every control', async () => {
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    expect(screen.getByLabelText('Review date (as of)')).toBeTruthy();
    expect(screen.getByLabelText('Amber window (days)')).toBeTruthy();
  });

  it('generates the board summary and saves a review snapshot, once per review date', async () => {
    const port = await openWorkbookFile(fixturePath('llr-sab-2021-22.xlsx'));
    renderPane(port);
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(await findButton('Generate board summary'));
    expect(await screen.findByText('Wrote "Board Summary" and "Plan Check" as of 15 Oct 2021.')).toBeTruthy();
    expect((await port.read()).map((s) => s.name)).toEqual(['Business as usual', 'Priorities', 'Board Summary', 'Plan Check']);
    await userEvent.click(button('Save review snapshot'));
    expect(await screen.findByText('Saved 21 actions\' RAG as of 15 Oct 2021 to "RAG History".')).toBeTruthy();
    await userEvent.click(button('Save review snapshot'));
    expect(await screen.findByText(/A snapshot as of 15 Oct 2021 is already on "RAG History": nothing was added/)).toBeTruthy();
    expect((await port.read()).find((s) => s.name === 'RAG History')!.rows.length).toBe(2 + 21);
  });

  it('lists the leads with their actions, merges near-duplicates the officer chooses, and hands over one return per lead', async () => {
    const delivery = keptReturns();
    renderPane(await openWorkbookFile(fixturePath('llr-sab-2021-22.xlsx')), { delivery });
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(await screen.findByText('Request updates from leads'));
    const leads = await screen.findByRole('list', { name: 'Leads' });
    const items = within(leads).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      expect.arrayContaining(['Audit Group — 4 actionsDownload', 'Performance Group — 4 actionsDownload']),
    );
    await userEvent.click(within(leads).getByRole('checkbox', { name: /^Audit Group — / }));
    await userEvent.click(within(leads).getByRole('checkbox', { name: /^Performance Group — / }));
    await userEvent.click(button('Merge chosen leads'));
    expect(within(leads).getAllByRole('listitem')).toHaveLength(items.length - 1);
    const merged = within(leads).getByRole('checkbox', { name: /^Audit Group — / });
    expect(merged.closest('li')!.textContent).toMatch(/Audit Group — 8 actions/);
    // A return-by date before the review is refused before any return is made.
    const returnBy = screen.getByLabelText('Return by');
    await userEvent.clear(returnBy);
    await userEvent.type(returnBy, '2021-10-01');
    expect(await screen.findByText('Choose a date on or after the review date')).toBeTruthy();
    expect((within(merged.closest('li')!).getByRole('button') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.clear(returnBy);
    await userEvent.type(returnBy, '2021-10-29');
    await userEvent.click(within(merged.closest('li')!).getByRole('button'));
    expect(
      await screen.findByText(
        /^Downloaded "Update return - Audit Group - 2021-10-15.xlsx".* Recorded on "Returns", awaited until it comes back\.$/,
      ),
    ).toBeTruthy();
    const returned = await readReturnBytes(delivery.files[0].bytes, delivery.files[0].name);
    expect([returned.lead, returned.asOf, returned.rows.length]).toEqual(['Audit Group', '2021-10-15', 8]);
  });

  it('shows what returned files change before writing, merges the chosen actions, and undoes the merge', async () => {
    const port = await openWorkbookFile(fixturePath('llr-sab-2021-22.xlsx'));
    const delivery = keptReturns();
    renderPane(port, { delivery });
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(await screen.findByText('Request updates from leads'));
    const leads = await screen.findByRole('list', { name: 'Leads' });
    await userEvent.click(within(leads).getAllByRole('button')[0]);
    await screen.findByText(/^Downloaded/);
    const filled = await fillReturn(delivery.files[0].bytes, [{ update: 'Audit tool agreed', proposed: 'Green' }, { update: '=1+1' }]);
    const before = JSON.stringify(await port.read());

    await userEvent.click(screen.getByText('Merge returns'));
    const input = screen.getByLabelText('Returned update returns (.xlsx)');
    await userEvent.upload(input, new File([filled as Uint8Array<ArrayBuffer>], 'audit.xlsx'));
    const changes = await screen.findByRole('list', { name: 'Returned changes' });
    expect(within(changes).getAllByRole('listitem')).toHaveLength(2);
    expect(changes.textContent).toContain('Returned: "Audit tool agreed"');
    expect(changes.textContent).toContain('looks like a formula (kept as text)');
    expect(JSON.stringify(await port.read())).toBe(before);
    await userEvent.click(screen.getByRole('radio', { name: 'Replace what the cell says' }));
    // The row flagged as formula-like starts ticked too (it is written as text); ticking all and none works on every row.
    await userEvent.click(button('Untick all'));
    expect(button('Merge 0 chosen actions').disabled).toBe(true);
    await userEvent.click(button('Tick all 2, flagged too'));
    await userEvent.click(within(changes).getAllByRole('checkbox')[1]);
    await userEvent.click(button('Merge 1 chosen action'));
    expect(await screen.findByText(/^Wrote 2 cells for 1 action; each is on "Update Log" with its old value\./)).toBeTruthy();
    const planTexts = async () =>
      (await port.read()).filter((g) => g.name !== 'Update Log').flatMap((g) => g.rows.flatMap((r) => (r ?? []).map((c) => c?.text)));
    const texts = await planTexts();
    expect(texts).toContain('Audit tool agreed');
    const returns = async () =>
      readReturnsRecord((await port.read()).find((g) => g.name === 'Returns')).map((r) => `${r.lead}: ${returnStatus(r)}`);
    expect(await returns()).toEqual(['Audit Group: Came back']);
    expect(texts).not.toContain('=1+1');

    await userEvent.click(button('Undo last merge'));
    expect(await screen.findByText(/^Undid the merge of .*: 2 cells put back\./)).toBeTruthy();
    expect(await planTexts()).not.toContain('Audit tool agreed');
    expect(await returns()).toEqual(['Audit Group: Awaiting reply']);
  });

  it('shows each priority’s direction of travel since the last saved review beside its chip, in words', async () => {
    const port = await openWorkbookFile(fixturePath('lrscb-2014-15.xlsx'));
    await saveReviewSnapshot(port, checkOptionsFor({ asOf: '2014-07-15' }));
    renderPane(port, { asOf: '2014-10-15' });
    await userEvent.click(await findButton('Validate plan'));
    const priorities = await screen.findByRole('list', { name: 'Priorities' });
    const items = within(priorities)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items.slice(0, 3)).toEqual([
      expect.stringMatching(/^GreenPriority 1: .*Unchanged$/),
      expect.stringMatching(/^RedPriority 2a: .*Worsening$/),
      expect.stringMatching(/^GreenPriority 2b: .*Unchanged$/),
    ]);
  });

  it("records the executive's decision for a priority, and the check then compares it with the plan", async () => {
    const port = await openWorkbookFile(fixturePath('llr-sab-2021-22.xlsx'));
    renderPane(port);
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(await screen.findByText('Record proposal or decision'));
    await userEvent.selectOptions(await screen.findByLabelText('Priority'), '2');
    await userEvent.click(screen.getByRole('radio', { name: 'Decision by the executive' }));
    expect(button('Record decision').disabled).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText(/^Decided RAG/), 'Amber');
    await userEvent.type(screen.getByLabelText('Comments'), 'Assured in part');
    await userEvent.click(button('Record decision'));
    expect(await screen.findByText(/^Recorded on "Priority Assurance": Decision for priority 2 \(Amber, 2021-10-15\)\./)).toBeTruthy();
    expect((await port.read()).map((g) => g.name)).toContain('Priority Assurance');
    await userEvent.click(button('Validate plan'));
    expect(await screen.findByText(/decided RAG \(15 Oct 2021\) is Amber but the priority computes Red/)).toBeTruthy();
  });

  it("writes a decision into the plan's own action log only when the officer ticks it", async () => {
    const port = await openWorkbookFile(fixturePath('lrscb-2014-15.xlsx'));
    renderPane(port, { asOf: '2014-10-15' });
    await userEvent.click(await findButton('Validate plan'));
    await userEvent.click(await screen.findByText('Record proposal or decision'));
    await userEvent.selectOptions(await screen.findByLabelText('Priority'), '2b');
    await userEvent.click(screen.getByRole('radio', { name: 'Decision by the executive' }));
    await userEvent.selectOptions(screen.getByLabelText(/^Decided RAG/), 'Amber');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Write it into the plan's own action log on "Action Log"/ }));
    await userEvent.click(button('Record decision in "Action Log"'));
    expect(
      await screen.findByText(/^Recorded on "Action Log": Decision for priority 2b \(Amber, 2014-10-15\)\. Each cell is on the Update Log/),
    ).toBeTruthy();
    const names = (await port.read()).map((g) => g.name);
    expect(names).toContain('Update Log');
    expect(names).not.toContain('Priority Assurance');
  });
});
