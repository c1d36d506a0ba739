/**
 * npm run bench: builds plans of 1,000, 10,000 and 50,000 actions (12
 * priority sheets) and prints, per size: the time and peak memory to open the
 * file with exceljs alone, the same for `board-plan check --json` on it (both
 * as fresh processes) and their ratios, the adapter's and the engine's own
 * time (the engine cold, as the command pays it, and warm); then a plan whose
 * ranges claim the whole sheet, one formatted to the bottom, and the add-in's
 * figures (bench/addin.ts).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { checkPlan, parseIsoDay } from '../src/plan';
import { readGrids } from '../src/workbook';
import { formattedToTheBottom, planWorkbook } from './generate';
import { bundleFigures, previewRenderFigure, syncFigures } from './addin';

const SIZES = [1000, 10000, 50000];
const RUNS = 5;
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

const ENGINE_COLD = path.join(__dirname, 'engine-cold.js');

/** The engine's first run, each in a fresh process as the command pays it: the median over the runs. */
function engineCold(file: string): number {
  const runs = Array.from({ length: RUNS }, () => {
    const result = spawnSync(process.execPath, [ENGINE_COLD, 'check', file], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`engine-cold ${file} failed: ${result.stderr}`);
    return (JSON.parse(result.stdout) as { engineMs: number }).engineMs;
  });
  return median(runs);
}

/** The reader's and the engine's time once warm, in this process. */
async function inProcess(file: string): Promise<{ gridMs: number; engineMs: number; actions: number }> {
  const bytes = new Uint8Array(readFileSync(file));
  const asOf = parseIsoDay('2019-10-15')!;
  const gridTimes: number[] = [];
  const engineTimes: number[] = [];
  let actions = 0;
  for (let i = 0; i < RUNS + 1; i += 1) {
    let t = performance.now();
    const grids = await readGrids(bytes, path.basename(file));
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

/** A plan whose ranges claim the whole sheet (a merge over the rest of it, a validation on every whole column): read within bounds. */
async function hostileFigure(): Promise<void> {
  const size = 1000;
  const plain = path.join(OUT, `plan-${size}.xlsx`);
  const hostile = path.join(OUT, `plan-${size}-hostile.xlsx`);
  // Written into the XML: exceljs itself would build every cell of such a merge and run out of memory writing it.
  const zip = await JSZip.loadAsync(readFileSync(plain));
  const validations = Array.from({ length: 12 }, (_, i) => {
    const letter = String.fromCharCode(65 + i);
    return `<dataValidation type="list" sqref="${letter}1:${letter}1048576"><formula1>"Red,Amber,Green"</formula1></dataValidation>`;
  }).join('');
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const merged = xml.includes('<mergeCells')
      ? xml.replace(/<mergeCells[^>]*>/, '$&<mergeCell ref="AA1:XFD1048576"/>')
      : xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="AA1:XFD1048576"/></mergeCells>');
    zip.file(name, merged.replace('</mergeCells>', `</mergeCells><dataValidations count="12">${validations}</dataValidations>`));
  }
  writeFileSync(hostile, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  const time = (file: string) => timeProcess([CLI, 'check', file, '--as-of', '2019-10-15', '--json']);
  const [plainRun, hostileRun] = [time(plain), time(hostile)];
  console.log(
    `ranges claiming the whole sheet (${size} actions, on each of 12 sheets a merge to XFD1048576 and 12 whole-column validations): check ${plainRun.ms.toFixed(0)} ms / ${plainRun.rssMb.toFixed(0)} MB plain, ${hostileRun.ms.toFixed(0)} ms / ${hostileRun.rssMb.toFixed(0)} MB hostile (goal: under 10 s and 1 GB)`,
  );
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log(`board-plan bench: ${RUNS} runs each, medians; node ${process.version}, ${cpus().length} cores`);
  console.log(
    '  actions  exceljs-ms   check-ms   ratio  exceljs-MB  check-MB  MB-ratio   grid-ms  engine-cold  engine-warm  check-µs/action',
  );
  const rows: { size: number; checkMs: number; rssMb: number; ratio: number; memoryRatio: number }[] = [];
  for (const size of SIZES) {
    const file = path.join(OUT, `plan-${size}.xlsx`);
    await planWorkbook(size).xlsx.writeFile(file);
    // Taken in turns, so that the machine speeding up or slowing down during the runs moves both alike.
    const load: ReturnType<typeof timeProcess>[] = [];
    const check: ReturnType<typeof timeProcess>[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      load.push(timeProcess([LOAD_ONLY, file]));
      check.push(timeProcess([CLI, 'check', file, '--as-of', '2019-10-15', '--json']));
    }
    const engine = await inProcess(file);
    const coldMs = engineCold(file);
    const loadMs = median(load.map((r) => r.ms));
    const checkMs = median(check.map((r) => r.ms));
    const rssMb = median(check.map((r) => r.rssMb));
    const loadMb = median(load.map((r) => r.rssMb));
    rows.push({ size, checkMs, rssMb, ratio: checkMs / loadMs, memoryRatio: rssMb / loadMb });
    console.log(
      `${fmt(engine.actions)}  ${fmt(loadMs)}   ${fmt(checkMs)}  ${fmt(checkMs / loadMs, 2)}    ${fmt(loadMb, 1)}  ${fmt(rssMb, 1)}  ${fmt(rssMb / loadMb, 2)}  ${fmt(engine.gridMs, 1)}     ${fmt(coldMs, 1)}     ${fmt(engine.engineMs, 1)}         ${fmt((checkMs * 1000) / engine.actions, 0)}`,
    );
  }
  const [small, large] = [rows[0], rows[rows.length - 1]];
  const growth = large.size / small.size;
  console.log(
    `growth from ${small.size} to ${large.size} actions (×${growth}): check time ×${(large.checkMs / small.checkMs).toFixed(2)}, peak memory ×${(large.rssMb / small.rssMb).toFixed(2)}`,
  );
  const tenThousand = rows.find((r) => r.size === 10000)!;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  console.log(
    `goals at 10,000 actions: check ≤ 0.6× exceljs's bare load time (${tenThousand.ratio.toFixed(2)}, ${met(tenThousand.ratio <= 0.6)}), ≤ 0.8× its memory (${tenThousand.memoryRatio.toFixed(2)}, ${met(tenThousand.memoryRatio <= 0.8)}); time and memory no worse than linear`,
  );
  await hostileFigure();
  await formattedFigure();
  await syncFigures();
  bundleFigures();
  await previewRenderFigure();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
