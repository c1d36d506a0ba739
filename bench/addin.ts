/**
 * The add-in's figures: syncs and payload bytes per operation through the
 * strict Excel double, the task pane bundle's gzipped size, and the time
 * from loading the preview page to its first render in Chromium.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkPlan, parseIsoDay, planRagColumns } from '../src/plan';
import { ExcelWorkbook } from '../src/workbook/excel';
import { PAYLOAD_LIMIT_BYTES } from '../src/workbook/excel/limits';
import { fakeExcelRunner } from '../test/excel-double/excel';
import { modelOfPlan } from '../test/excel-double/model';

const WEB = path.join(__dirname, '..', '..', 'dist', 'web');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function syncFigures(): Promise<void> {
  console.log('\nExcel adapter through the strict double (12 sheets; limit 5,120 KB per request and response)');
  console.log('  actions         read-syncs  read-max-response  write-syncs  write-max-request  select-syncs');
  for (const actions of [1000, 10000, 20000]) {
    const double = fakeExcelRunner(modelOfPlan(12, Math.ceil(actions / 12)));
    const excel = new ExcelWorkbook(double.run);
    const grids = await excel.read();
    const read = double.lastSyncs();
    const plan = planRagColumns(grids, checkPlan(grids, { asOf: parseIsoDay('2019-10-15')! }));
    await excel.writeRagColumns(plan.columns);
    const write = double.lastSyncs();
    await excel.select('SAB1', 'B4');
    const select = double.lastSyncs();
    const max = (syncs: typeof read, key: 'requestBytes' | 'responseBytes') => Math.max(...syncs.filter((s) => s[key] <= PAYLOAD_LIMIT_BYTES).map((s) => s[key]));
    const refused = read.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES).length;
    console.log(`${String(actions).padStart(9)}  ${`${read.length}${refused ? ` (${refused} refused)` : ''}`.padStart(17)}  ${kb(max(read, 'responseBytes')).padStart(17)}  ${String(write.length).padStart(11)}  ${kb(max(write, 'requestBytes')).padStart(17)}  ${String(select.length).padStart(12)}`);
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
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath) || !existsSync(path.join(WEB, 'preview.html'))) {
    console.log('preview first render: not measured (needs Chromium and a build)');
    return;
  }
  const { chromium } = await import('playwright-core');
  const { serve } = require('../../scripts/serve.js') as { serve(port: number): Promise<Server> };
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
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
