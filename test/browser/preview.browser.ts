import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { savedSettings } from '../../src/workbook/xlsx';
import { RESULTS, launch, startPreview } from './browser';
import { fillReturn } from '../helpers/returns';

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, origin } = await startPreview());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A page on the preview that records every request leaving localhost. */
async function openPreview(options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; offsite: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const offsite: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('blob:') && !request.url().startsWith('data:'))
      offsite.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/preview.html`);
  await page.getByRole('tab', { name: 'Priorities' }).waitFor();
  return { page, offsite, errors };
}

async function validate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Validate plan' }).click();
  await page.getByRole('region', { name: 'Summary' }).waitFor();
}

describe('the browser preview', () => {
  it("opens the sample plan, validates it, selects a finding's cell, writes the RAG column and downloads the result", async () => {
    const { page, offsite, errors } = await openPreview();
    await expect(page.getByLabel('Review date (as of)').inputValue()).resolves.toBe('2021-10-15');
    // It opens on the first sheet with a plan table, and shows Word's Symbol-font bullets as bullets.
    await expect(page.getByRole('tab', { name: 'Priorities' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('td[data-cell="D7"]').textContent()).resolves.toMatch(/^• Collate information/);
    await validate(page);
    await expect(page.getByRole('list', { name: 'Priorities' }).getByRole('listitem').allTextContents()).resolves.toEqual([
      'RedPriority 1: Hidden Harm',
      'RedPriority 2: Care Homes',
    ]);
    await page.screenshot({ path: path.join(RESULTS, 'preview-validated.png') });

    await page.getByRole('button', { name: /G24 · INVALID_RAG/ }).click();
    const target = page.locator('td[data-cell="G24"]');
    await expect(target.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(target.textContent()).resolves.toBe('B\nPurple');
    // The cell's table keeps its header row in view above it, under the column letters.
    const header = page.locator('td[data-cell="G22"]');
    await expect(header.textContent()).resolves.toBe('R/A/G');
    const cells = await page.getByRole('region', { name: 'Cells of Priorities' }).boundingBox();
    const [headerBox, targetBox] = [await header.boundingBox(), await target.boundingBox()];
    expect(headerBox!.y).toBeGreaterThanOrEqual(cells!.y);
    expect(headerBox!.y + headerBox!.height).toBeLessThanOrEqual(targetBox!.y + 1);
    await page.screenshot({ path: path.join(RESULTS, 'preview-finding-selected.png') });

    await page.getByRole('button', { name: 'Write RAG column' }).click();
    await page.getByRole('dialog').getByText('Priorities: column H, rows 5–17').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Write' }).click();
    await page.getByText('Wrote 2 Computed RAG columns as of 15 Oct 2021.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(page.locator('td[data-cell="H5"]').textContent()).resolves.toBe('Computed RAG');
    await expect(page.locator('td[data-cell="H6"]').textContent()).resolves.toBe('Amber');
    await expect(page.locator('td[data-cell="H6"]').evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      'rgb(240, 154, 0)',
    );
    await expect(page.locator('td[data-cell="H12"]').evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      'rgb(198, 40, 40)',
    );
    await page.locator('td[data-cell="H6"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'preview-rag-written.png') });

    // With the column written and not downloaded, opening another plan asks first.
    await page.getByRole('button', { name: 'Open a plan…' }).click();
    await page.getByRole('dialog').getByText('Download this workbook first?').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    expect(download.suggestedFilename()).toBe('sample-plan – checked 15 Oct 2021.xlsx');
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile((await download.path())!);
    const sheet = saved.getWorksheet('Priorities')!;
    expect([sheet.getCell('H5').value, sheet.getCell('H6').value, sheet.getCell('G24').value]).toEqual([
      'Computed RAG',
      'Amber',
      'B\nPurple',
    ]);
    // The review travels with the file, where the add-in keeps it in Excel.
    expect(savedSettings(readFileSync((await download.path())!))).toEqual({ asOf: '2021-10-15' });

    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('requests updates from each lead, merges a filled return after showing its changes, and undoes the merge', async () => {
    const { page, offsite, errors } = await openPreview();
    await validate(page);
    await page.getByRole('button', { name: 'Request updates from leads' }).click();
    const leads = page.getByRole('list', { name: 'Leads' });
    await leads.waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'preview-request-updates.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      leads.getByRole('button', { name: "Download Audit Group's return" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Update return - Audit Group - 2021-10-15.xlsx');
    const [zipped] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download all \d+ \(\.zip\)$/ }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync((await zipped.path())!));
    expect(Object.keys(zip.files)).toContain('Update return - Audit Group - 2021-10-15.xlsx');
    // Who was asked is recorded in the plan, on the Returns sheet.
    await page
      .getByText(/^Downloaded "Update returns - 2021-10-15\.zip".* Recorded on "Returns", awaited until it comes back\.$/)
      .waitFor();
    await page.getByRole('tab', { name: 'Returns' }).waitFor();

    // The lead fills it in (with exceljs, not the product) and sends it back.
    const filled = await fillReturn(new Uint8Array(readFileSync((await download.path())!)), [
      { update: 'Audit tool agreed; first audit in November', proposed: 'Green' },
    ]);
    await page.getByRole('button', { name: 'Merge returns' }).click();
    await page.getByLabel('Returned update returns (.xlsx)').setInputFiles({
      name: 'Audit Group return.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(filled),
    });
    const changes = page.getByRole('list', { name: 'Returned changes' });
    await changes.waitFor();
    await expect(changes.textContent()).resolves.toContain('Returned: "Audit tool agreed; first audit in November"');
    await page.getByRole('tab', { name: 'Priorities' }).click();
    await expect(page.locator('td[data-cell="F15"]').textContent()).resolves.toBe('');
    await changes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'preview-merge-review.png') });
    await page.setViewportSize({ width: 320, height: 860 });
    await changes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'preview-merge-review-320px.png') });
    await page.setViewportSize({ width: 1366, height: 860 });

    await page.getByRole('button', { name: 'Merge 1 chosen action' }).click();
    await page.getByText(/^Wrote 2 cells for 1 action; each is on "Update Log" with its old value\./).waitFor();
    // The grid shows the first cell written.
    await expect(page.locator('td[data-cell="F15"]').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('td[data-cell="F15"]').textContent()).resolves.toContain('Audit tool agreed; first audit in November');
    await expect(page.locator('td[data-cell="G15"]').textContent()).resolves.toBe('Green');
    await page.screenshot({ path: path.join(RESULTS, 'preview-merged.png') });
    await page.getByRole('tab', { name: 'Returns' }).click();
    await expect(page.locator('td[data-cell="I3"]').textContent()).resolves.toBe('Came back');
    await expect(page.locator('td[data-cell="I4"]').textContent()).resolves.toBe('Awaiting reply');
    await page.screenshot({ path: path.join(RESULTS, 'preview-returns-sheet.png') });

    await page.getByRole('button', { name: 'Undo last merge' }).click();
    await page.getByText(/^Undid the merge of .*: 2 cells put back\./).waitFor();
    await page.getByRole('tab', { name: 'Priorities' }).click();
    await expect(page.locator('td[data-cell="F15"]').textContent()).resolves.toBe('');
    await expect(page.locator('td[data-cell="G15"]').textContent()).resolves.toBe('R');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('generates the board summary into the workbook and shows it', async () => {
    const { page, offsite, errors } = await openPreview();
    await validate(page);
    await page.getByRole('button', { name: 'Generate board summary' }).click();
    await page.getByText('Wrote "Board Summary" and "Plan Check" as of 15 Oct 2021.').waitFor();
    await expect(page.getByRole('tab', { name: 'Board Summary' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('td[data-cell="A2"]').textContent()).resolves.toMatch(/^LEICESTER, LEICESTERSHIRE AND RUTLAND/);
    await expect(page.locator('td[data-cell="B8"]').textContent()).resolves.toBe('Red');
    await expect(page.locator('td[data-cell="B8"]').evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      'rgb(198, 40, 40)',
    );
    await page.screenshot({ path: path.join(RESULTS, 'preview-board-summary.png') });

    // A review saved, the next quarter's review shows each priority's direction of travel beside its chip, and charts the reviews.
    await page.getByRole('button', { name: 'Save review snapshot' }).click();
    await page.getByText(/^Saved 21 actions' RAG as of 15 Oct 2021/).waitFor();
    await page.getByLabel('Review date (as of)').fill('2022-01-15');
    await validate(page);
    await expect(page.getByRole('list', { name: 'Priorities' }).getByRole('listitem').allTextContents()).resolves.toEqual([
      'RedPriority 1: Hidden Harm▼ Worsening',
      'RedPriority 2: Care Homes▶ Unchanged',
    ]);
    await page.getByRole('button', { name: 'Generate board summary' }).click();
    await page.getByText('Wrote "Board Summary" and "Plan Check" as of 15 Jan 2022.').waitFor();
    await expect(
      page
        .locator('td', { hasText: /^Direction of travel: / })
        .first()
        .textContent(),
    ).resolves.toMatch(/^Direction of travel: [▲▼▶] /);
    await page.screenshot({ path: path.join(RESULTS, 'preview-direction-of-travel.png') });
    // The executive's decision recorded for the next review's papers: the pane's form at 320 px.
    await page.setViewportSize({ width: 320, height: 860 });
    await page.getByRole('button', { name: 'Record proposal or decision' }).click();
    await page.getByRole('radio', { name: 'Decision by the executive' }).check();
    await page.getByLabel('Decided RAG').selectOption('Amber');
    await page.getByLabel('Comments').fill('Assured in part: care home review to follow');
    await page.getByRole('button', { name: 'Record decision' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'preview-record-decision-320px.png') });
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText(/^Recorded on "Priority Assurance": Decision for priority 1 \(Amber, 2022-01-15\)/).waitFor();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows a cell holding markup as text and never runs it', async () => {
    const { page, errors } = await openPreview();
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('Plan')
      .addRows([
        ['Business Plan 2021-22'],
        ['Action', 'Lead', 'Timescale'],
        ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2</script> TBC', 'Mar 2022'],
      ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page
      .getByLabel('Open a plan (.xlsx, .xlsm or .csv)')
      .setInputFiles({ name: 'xss.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByRole('tab', { name: 'Plan' }).waitFor();
    await validate(page);
    await expect(page.locator('td[data-cell="A3"]').textContent()).resolves.toBe('<img src=x onerror="window.__xss=1">');
    await expect(page.getByText(/has lead "<script>window.__xss=2<\/script> TBC"/).count()).resolves.toBe(1);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('main img, section img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('writes into a macro-enabled plan and downloads it as .xlsm with its image, chart, pivot table and macros as they were', async () => {
    const { page, errors } = await openPreview();
    const buffer = readFileSync(path.join(__dirname, '..', 'fixtures', 'rich-plan.xlsm'));
    await page
      .getByLabel('Open a plan (.xlsx, .xlsm or .csv)')
      .setInputFiles({ name: 'rich-plan.xlsm', mimeType: 'application/octet-stream', buffer });
    await page.getByRole('tab', { name: 'Pivot' }).waitFor();
    await page.getByLabel('Review date (as of)').fill('2021-10-15');
    await validate(page);
    await page.getByRole('button', { name: 'Generate board summary' }).click();
    await page.getByRole('tab', { name: 'Board Summary' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    expect(download.suggestedFilename()).toBe('rich-plan – checked 15 Oct 2021.xlsm');
    const [before, after] = [await JSZip.loadAsync(buffer), await JSZip.loadAsync(readFileSync((await download.path())!))];
    for (const part of [
      'xl/vbaProject.bin',
      'xl/media/image1.png',
      'xl/charts/chart1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/comments2.xml',
    ]) {
      const [was, now] = [await before.file(part)!.async('nodebuffer'), await after.file(part)!.async('nodebuffer')];
      expect([part, was.equals(now)]).toEqual([part, true]);
    }
    expect(errors).toEqual([]);
  });

  it('opens a plan saved as CSV and checks it like the workbook', async () => {
    const { page, errors } = await openPreview();
    const buffer = readFileSync(path.join(__dirname, '..', 'fixtures', 'table-tracker.csv'));
    await page.getByLabel('Open a plan (.xlsx, .xlsm or .csv)').setInputFiles({ name: 'table-tracker.csv', mimeType: 'text/csv', buffer });
    await page.getByRole('tab', { name: 'table-tracker' }).waitFor();
    await validate(page);
    await page
      .getByText(/Action M3 is marked "Merged with another action"/)
      .first()
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('asks before the page is left with results not downloaded', async () => {
    const { page } = await openPreview();
    await validate(page);
    await page.getByRole('button', { name: 'Write RAG column' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Write' }).click();
    await page.getByText('Wrote 2 Computed RAG columns as of 15 Oct 2021.').waitFor();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    await expect(asked).resolves.toBe('beforeunload');
  });

  it('says clearly when the file opened is not a workbook', async () => {
    const { page } = await openPreview();
    await page
      .getByLabel('Open a plan (.xlsx, .xlsm or .csv)')
      .setInputFiles({ name: 'notes.xlsx', mimeType: 'text/plain', buffer: Buffer.from('my notes') });
    await page.getByText('notes.xlsx is not an .xlsx workbook').waitFor();
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    const { page } = await openPreview({ bypassCSP: true });
    await validate(page);
    // With the quarter's steps open too.
    await page.getByRole('button', { name: 'Request updates from leads' }).click();
    await page.getByRole('button', { name: 'Merge returns' }).click();
    await page.getByRole('button', { name: 'Choose returned files…' }).waitFor();
    await page.getByRole('button', { name: 'Record proposal or decision' }).click();
    await page.getByRole('button', { name: 'Record proposal', exact: true }).waitFor();
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    // Fluent UI's focus manager (Tabster) places invisible aria-hidden sentinels that hand focus on; they are never focused themselves.
    const results = await page.evaluate(async () =>
      (
        window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
      ).axe.run({ exclude: [['[data-tabster-dummy]']] }),
    );
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
    expect(serious).toEqual([]);
  });

  it('is usable at 320 px wide', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole('button', { name: 'Validate plan' }).click();
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    // Validating leaves the officer where they were: the button still in view, the results below it.
    const button = await page.getByRole('button', { name: 'Validate plan' }).boundingBox();
    expect(button!.y).toBeGreaterThanOrEqual(0);
    expect(button!.y + button!.height).toBeLessThanOrEqual(720);
    const pane = page.getByRole('complementary', { name: 'Task pane' });
    const box = await pane.boundingBox();
    const overflow = await pane.evaluate((element) => element.scrollWidth - element.clientWidth);
    await page.screenshot({ path: path.join(RESULTS, 'preview-320px.png'), fullPage: false });
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /DUE_OUTSIDE_PERIOD/ }).click();
    await expect(page.locator('td[data-cell="E17"]').getAttribute('aria-selected')).resolves.toBe('true');
  });
});

describe('the help page', () => {
  it('works in a plain browser with no Office: every check explained, nothing fetched from elsewhere, readable at 320 px', async () => {
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const offsite: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin)) offsite.push(request.url());
      });
      await page.goto(`${origin}/help.html`);
      await page.getByRole('heading', { name: 'What each check finds' }).waitFor();
      await expect(page.getByRole('row').count()).resolves.toBeGreaterThan(20);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: path.join(RESULTS, `help-${width}px.png`), fullPage: true });
      expect([width, overflow, offsite]).toEqual([width, 0, []]);
      await context.close();
    }
  });
});
