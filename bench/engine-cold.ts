/**
 * The engine's first run in a fresh process, as the command pays it. Started
 * as `node engine-cold.js check <file>` so that the command's V8 settings
 * (src/cli/v8Flags.ts, which look for the word check) apply as they do to
 * the command; prints the reader's and the engine's times, in ms, as JSON.
 */
import '../src/cli/v8Flags';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkPlan, parseIsoDay } from '../src/plan';
import { readGrids } from '../src/workbook';

async function main(): Promise<void> {
  const file = process.argv[3];
  const bytes = new Uint8Array(readFileSync(file));
  let started = performance.now();
  const grids = await readGrids(bytes, path.basename(file));
  const gridMs = performance.now() - started;
  started = performance.now();
  checkPlan(grids, { asOf: parseIsoDay('2019-10-15')! });
  console.log(JSON.stringify({ gridMs, engineMs: performance.now() - started }));
}

void main();
