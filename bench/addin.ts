/**
 * The add-in's figures: syncs and payload bytes per operation, measured
 * through Microsoft's own office.js (test/excel-double), the task pane
 * bundle's gzipped size, and the time from loading the preview page to its
 * first render in Chromium.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkPlan, parseIsoDay, updateRequests } from '../src/plan';
import { mergeReturns, undoLastMerge } from '../src/workbook/quarterOperations';
import { filledReturns } from '../test/helpers/returns';
import { ExcelWorkbook } from '../src/workbook/excel';
import { PAYLOAD_LIMIT_BYTES } from '../src/workbook/excel/limits';
import { generateBoardSummary, saveReviewSnapshot, writeRagColumns } from '../src/workbook/operations';
import { SyncRecord, excelDouble } from '../test/excel-double/excel';
import { modelFromWorkbook } from '../test/excel-double/model';
import { planWorkbook } from './generate';

const WEB = path.join(__dirname, '..', '..', 'dist', 'web');
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;
const AS_OF = { asOf: parseIsoDay('2019-10-15')! };
const MERGE = { write: true, includeFlagged: false, progress: 'prepend' as const, when: '2019-10-20 09:00:00' };

/** The returns every lead of the plan in Excel sends back, each row with an update. */
async function everyReturn(excel: ExcelWorkbook) {
  const grids = await excel.read();
  const requests = updateRequests(checkPlan(grids, AS_OF), grids, { asOf: AS_OF.asOf, returnBy: AS_OF.asOf + 14 });
  return filledReturns(requests, '2019-10-15', (j) => `Update ${j}: audit findings reported to the board.`);
}

/**
 * "read 2 + write 1" (a write sync is one that suspends calculation; the
 * read comes first), refusals, the largest request and response Excel
 * accepted, and whether any passed 5 MB.
 */
function describe(syncs: SyncRecord[]): string[] {
  const accepted = syncs.filter((s) => !s.error);
  const refused = syncs.length - accepted.length;
  const firstWrite = syncs.findIndex((s) => s.calculationSuspended);
  const reads = firstWrite < 0 ? syncs.length : firstWrite;
  const over = accepted.some((s) => s.requestBytes > PAYLOAD_LIMIT_BYTES || s.responseBytes > PAYLOAD_LIMIT_BYTES);
  return [
    `read ${reads}${reads < syncs.length ? ` + write ${syncs.length - reads}` : ''}`,
    refused ? String(refused) : '',
    kb(Math.max(...accepted.map((s) => s.requestBytes))),
    kb(Math.max(...accepted.map((s) => s.responseBytes))) + (over ? ' OVER 5 MB' : ''),
  ];
}

const COLUMNS: [string, number][] = [
  ['actions', 8],
  ['operation', 24],
  ['syncs', 18],
  ['refused', 9],
  ['largest request', 17],
  ['largest response', 18],
  ['ms', 7],
];
const row = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(COLUMNS[i][1]) : cell.padStart(COLUMNS[i][1]))).join('');

export async function syncFigures(): Promise<void> {
  console.log(
    "\nExcel adapter through Microsoft's office.js (excel-web-16.00) and the double; limit 5,000,000 bytes per request and response",
  );
  console.log(
    "Each operation reads the workbook afresh in the same Excel.run: its syncs are the read's and the write's. Refused: Excel said the response was too big and the adapter read in pieces.",
  );
  console.log(row(COLUMNS.map(([name]) => name)));
  for (const actions of [1000, 2000, 10000, 20000]) {
    const double = excelDouble(modelFromWorkbook(planWorkbook(actions)));
    const excel = new ExcelWorkbook(double.run);
    const operations: [string, () => Promise<unknown>][] = [
      ['read (Validate plan)', async () => checkPlan(await excel.read(), AS_OF)],
      ['Write RAG column', () => writeRagColumns(excel, AS_OF, null)],
      ['Generate board summary', () => generateBoardSummary(excel, AS_OF)],
      ['Save review snapshot', () => saveReviewSnapshot(excel, AS_OF)],
      // Every lead's return, filled, merged with an update and a proposed RAG per action; then undone.
      ['Merge returns', async () => mergeReturns(excel, AS_OF, await everyReturn(excel), MERGE)],
      ['Undo last merge', () => undoLastMerge(excel, '2019-10-20 09:05:00')],
    ];
    for (const [name, operation] of operations) {
      const started = Date.now();
      await operation();
      console.log(row([String(actions), name, ...describe(double.lastRun()), String(Date.now() - started)]));
    }
  }
}

export function bundleFigures(): void {
  const files = existsSync(WEB) ? readdirSync(WEB).filter((f) => /^taskpane\..*\.js$/.test(f)) : [];
  if (files.length === 0) {
    console.log('\ntask pane bundle: not built (npm run build)');
    return;
  }
  const size = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(WEB, f))).length, 0);
  console.log(`\ntask pane bundle: ${kb(size)} gzipped without office.js (goal under 250 KB)`);
}

export async function previewRenderFigure(): Promise<void> {
  const { CHROMIUM, CHROMIUM_ARGS } = require('../../scripts/chromium.js') as { CHROMIUM: string; CHROMIUM_ARGS: string[] };
  if (!existsSync(CHROMIUM) || !existsSync(path.join(WEB, 'preview.html'))) {
    console.log('preview first render: not measured (needs Chromium and a build)');
    return;
  }
  const { chromium } = await import('playwright-core');
  const { serve } = require('../../scripts/serve.js') as { serve(port: number): Promise<Server> };
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/preview.html`);
    await page.getByRole('tab', { name: 'Priorities' }).waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await browser.close();
  server.close();
  times.sort((a, b) => a - b);
  console.log(`preview: page load to first render of the sample plan ${times[1].toFixed(0)} ms (median of 3)`);
}
