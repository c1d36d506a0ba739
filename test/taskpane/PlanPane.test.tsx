/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { RagColumn, SheetGrid } from '../../src/plan';
import { PlanPane } from '../../src/taskpane/PlanPane';
import { XlsxWorkbook } from '../../src/workbook/xlsxWorkbook';
import { memorySettings } from '../../src/taskpane/settings';
import type { PlanWorkbookPort } from '../../src/workbook/port';
import { gridsFromWorkbook, loadWorkbookFile } from '../../src/workbook';
import { fixturePath } from '../helpers/fixtures';
import { grid } from '../helpers/grid';

// Fluent's dialogs and user-event's typing are slow in jsdom on a 2-core machine.
jest.setTimeout(20_000);

/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. */
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() { return undefined; }
    unobserve() { return undefined; }
    disconnect() { return undefined; }
  };
});

class FakePort implements PlanWorkbookPort {
  selected: [string, string][] = [];
  written: RagColumn[][] = [];
  reads = 0;
  constructor(private readonly grids: SheetGrid[]) {}
  async read() { this.reads += 1; return this.grids; }
  async writeRagColumns(columns: RagColumn[]) { this.written.push(columns); }
  async writeSheets() { throw new Error('not expected in this test'); }
  async select(sheet: string, cell: string) { this.selected.push([sheet, cell]); }
}

async function fixturePort(file: string) {
  return new FakePort(gridsFromWorkbook(await loadWorkbookFile(fixturePath(file))));
}

function renderPane(port: PlanWorkbookPort, options: { asOf?: string; validateOnOpen?: boolean } = {}) {
  const settings = memorySettings({ asOf: options.asOf ?? '2021-10-15' });
  render(<FluentProvider theme={webLightTheme}><PlanPane port={port} settings={settings} validateOnOpen={options.validateOnOpen} /></FluentProvider>);
  return settings;
}

describe('the task pane', () => {
  it('validates the plan and shows counts, a RAG chip per priority and findings grouped by sheet and priority', async () => {
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    await userEvent.click(screen.getByRole('button', { name: 'Validate plan' }));
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('21').nextSibling).toHaveProperty('textContent', 'actions');
    const priorities = within(summary).getByRole('list', { name: 'Priorities' });
    expect(within(priorities).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['RedPriority 1: Hidden Harm', 'RedPriority 2: Care Homes']);
    expect(screen.getByRole('region', { name: 'Priorities · Priority 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /warning · INVALID_RAG · G24/ })).toBeTruthy();
  });

  it('filters findings by severity', async () => {
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    await userEvent.click(screen.getByRole('button', { name: 'Validate plan' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Info \(/ }));
    expect(screen.queryAllByRole('button', { name: /^info · / })).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: /^warning · / }).length).toBeGreaterThan(0);
  });

  it('selects a finding\'s cell when it is clicked', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    renderPane(port);
    await userEvent.click(screen.getByRole('button', { name: 'Validate plan' }));
    await userEvent.click(await screen.findByRole('button', { name: /INVALID_RAG · G24/ }));
    expect(port.selected).toEqual([['Priorities', 'G24']]);
  });

  it('explains what it looks for when there is no plan table', async () => {
    renderPane(await fixturePort('luton-vision.xlsx'));
    await userEvent.click(screen.getByRole('button', { name: 'Validate plan' }));
    expect(await screen.findByRole('heading', { name: 'No plan table found' })).toBeTruthy();
    expect(screen.getByText(/Vision & Strategic Plan: no table with an action column/)).toBeTruthy();
  });

  it('shows cell text as text, never as markup', async () => {
    const port = new FakePort([grid('Plan', [['Action', 'Lead', 'Timescale'], ['Audit', '<img src=x onerror="window.hacked=1"> TBC', 'Mar 2022']])]);
    renderPane(port);
    await userEvent.click(screen.getByRole('button', { name: 'Validate plan' }));
    await screen.findByRole('region', { name: 'Summary' });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror/)).toBeTruthy();
  });

  it('says what Write RAG column will write and writes only when confirmed', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    renderPane(port);
    await userEvent.click(screen.getByRole('button', { name: 'Validate plan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Write RAG column' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(within(dialog).getByRole('list', { name: 'Columns to write' })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Priorities: column H, rows 5–17', 'Priorities: column H, rows 22–24']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(port.written).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Write RAG column' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Write' }));
    await waitFor(() => expect(port.written).toHaveLength(1));
    expect(await screen.findByText('Wrote 2 Computed RAG columns.')).toBeTruthy();
  });

  it('validates at once when opened from the ribbon\'s Validate plan', async () => {
    const port = await fixturePort('llr-sab-2021-22.xlsx');
    renderPane(port, { validateOnOpen: true });
    expect(await screen.findByRole('region', { name: 'Summary' })).toBeTruthy();
    expect(port.reads).toBe(1);
  });

  it('keeps the review date and amber window in the workbook settings', async () => {
    const settings = renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    const amber = screen.getByRole('spinbutton');
    await userEvent.clear(amber);
    await userEvent.type(amber, '60');
    await userEvent.tab();
    await waitFor(() => expect(settings.load()).toEqual({ asOf: '2021-10-15', amberDays: 60 }));
  });

  it('labels every control', async () => {
    renderPane(await fixturePort('llr-sab-2021-22.xlsx'));
    expect(screen.getByLabelText('Review date (as of)')).toBeTruthy();
    expect(screen.getByLabelText('Amber window (days)')).toBeTruthy();
  });

  it('generates the board summary and saves a review snapshot, once per review date', async () => {
    const port = new XlsxWorkbook(await loadWorkbookFile(fixturePath('llr-sab-2021-22.xlsx')));
    renderPane(port);
    await userEvent.click(screen.getByRole('button', { name: 'Validate plan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Generate board summary' }));
    expect(await screen.findByText('Wrote "Board Summary" and "Plan Check" as of 15 Oct 2021.')).toBeTruthy();
    expect(port.workbook.worksheets.map((s) => s.name)).toEqual(['Business as usual', 'Priorities', 'Board Summary', 'Plan Check']);
    await userEvent.click(screen.getByRole('button', { name: 'Save review snapshot' }));
    expect(await screen.findByText('Saved 21 actions\' RAG as of 15 Oct 2021 to "RAG History".')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save review snapshot' }));
    expect(await screen.findByText(/A snapshot as of 15 Oct 2021 is already on "RAG History": nothing was added/)).toBeTruthy();
    expect(port.workbook.getWorksheet('RAG History')!.rowCount).toBe(2 + 21);
  });
});
