/**
 * npm run bench: builds plans of 1,000 to 10,000 actions (12 priority sheets)
 * and prints, per size: the time to open the file with exceljs alone, the time
 * for `board-plan check --json` on it (both as fresh processes), their ratio,
 * the adapter's and the engine's own time, and the check's peak memory; then
 * the add-in's figures (bench/addin.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkPlan, parseIsoDay } from '../src/plan';
import { gridsFromWorkbook, loadWorkbookFile } from '../src/workbook';
import { formattedToTheBottom, planWorkbook } from './generate';
import { bundleFigures, previewRenderFigure, syncFigures } from './addin';

const SIZES = [1000, 2500, 5000, 10000];
const RUNS = 3;
const OUT = path.join(__dirname, '..', '..', 'bench', 'out');
const CLI = path.join(__dirname, '..', 'board-plan.js');
const RSS = path.join(__dirname, 'rss.js');
const LOAD_ONLY = path.join(__dirname, 'load-only.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time and peak memory of a fresh node process, its stdout thrown away as a shell redirect would. */
function timeProcess(args: string[]): { ms: number; rssMb: number } {
  const sink = openSync('/dev/null', 'w');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-r', RSS, ...args], { stdio: ['ignore', sink, 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  closeSync(sink);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const rss = /BENCH_MAX_RSS_KB=(\d+)/.exec(result.stderr);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

async function inProcess(file: string): Promise<{ gridMs: number; engineMs: number; actions: number }> {
  const workbook = await loadWorkbookFile(file);
  const asOf = parseIsoDay('2019-10-15')!;
  const gridTimes: number[] = [];
  const engineTimes: number[] = [];
  let actions = 0;
  for (let i = 0; i < RUNS + 1; i += 1) {
    let t = performance.now();
    const grids = gridsFromWorkbook(workbook);
    gridTimes.push(performance.now() - t);
    t = performance.now();
    actions = checkPlan(grids, { asOf }).actions.length;
    engineTimes.push(performance.now() - t);
  }
  return { gridMs: median(gridTimes.slice(1)), engineMs: median(engineTimes.slice(1)), actions };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);

/** A plan formatted to the bottom of every sheet against the same plan without: `board-plan check` should cost no more than 1.2×. */
async function formattedFigure(): Promise<void> {
  const size = 1000;
  const plain = path.join(OUT, `plan-${size}.xlsx`);
  const formatted = path.join(OUT, `plan-${size}-formatted.xlsx`);
  await formattedToTheBottom(planWorkbook(size)).xlsx.writeFile(formatted);
  const time = (file: string) =>
    median(Array.from({ length: RUNS + 2 }, () => timeProcess([CLI, 'check', file, '--as-of', '2019-10-15', '--json']).ms));
  const [plainMs, formattedMs] = [time(plain), time(formatted)];
  console.log(
    `formatted to the bottom (${size} actions, 12 sheets styled to row 1,048,576, a stray space at Z1048000): check ${plainMs.toFixed(0)} ms plain, ${formattedMs.toFixed(0)} ms formatted, ×${(formattedMs / plainMs).toFixed(2)} (goal ≤ 1.2)`,
  );
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log(`board-plan bench: ${RUNS} runs each, medians; node ${process.version}, ${cpus().length} cores`);
  console.log('  actions  exceljs-ms   check-ms   ratio   grid-ms  engine-ms  check-MB  check-µs/action  MB/1k-actions');
  const rows: { size: number; checkMs: number; rssMb: number }[] = [];
  for (const size of SIZES) {
    const file = path.join(OUT, `plan-${size}.xlsx`);
    await planWorkbook(size).xlsx.writeFile(file);
    const load = Array.from({ length: RUNS }, () => timeProcess([LOAD_ONLY, file]));
    const check = Array.from({ length: RUNS }, () => timeProcess([CLI, 'check', file, '--as-of', '2019-10-15', '--json']));
    const engine = await inProcess(file);
    const loadMs = median(load.map((r) => r.ms));
    const checkMs = median(check.map((r) => r.ms));
    const rssMb = median(check.map((r) => r.rssMb));
    rows.push({ size, checkMs, rssMb });
    console.log(
      `${fmt(engine.actions)}  ${fmt(loadMs)}   ${fmt(checkMs)}  ${fmt(checkMs / loadMs, 2)}  ${fmt(engine.gridMs, 1)}  ${fmt(engine.engineMs, 1)}  ${fmt(rssMb, 1)}  ${fmt((checkMs * 1000) / engine.actions, 0)}         ${fmt((rssMb * 1000) / engine.actions, 2)}`,
    );
  }
  const [small, large] = [rows[0], rows[rows.length - 1]];
  const growth = large.size / small.size;
  console.log(
    `growth from ${small.size} to ${large.size} actions (×${growth}): check time ×${(large.checkMs / small.checkMs).toFixed(2)}, peak memory ×${(large.rssMb / small.rssMb).toFixed(2)}`,
  );
  console.log('goals: check ≤ 1.3× the bare exceljs load; engine < 200 ms for 10,000 actions; time and memory no worse than linear');
  await formattedFigure();
  await syncFigures();
  bundleFigures();
  await previewRenderFigure();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
