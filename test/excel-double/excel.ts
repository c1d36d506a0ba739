/**
 * The double of Excel the add-in's tests and bench run against: Microsoft's
 * own office.js (./officeRuntime.ts) builds and sends every request; this
 * double answers them from a model of the workbook (./server.ts).
 */
import { ExcelRunner, runInExcel } from '../../src/workbook/excel/run';
import type { ModelWorkbook } from './model';
import type { DoubleOptions } from './objects/base';
import { installHandler } from './officeRuntime';
import { ExcelServer, SyncRecord } from './server';

export type { SyncRecord } from './server';

/** Excel on the web, the strictest host: 5 MB per request and response. */
export const WEB_LIMITS: DoubleOptions = {
  payloadLimitBytes: 5_000_000,
  oversizedResponseError: 'ResponsePayloadSizeLimitExceeded',
  maxReadCells: 5_000_000,
  maxMergedAreas: 512,
  fitToPagesIgnored: false,
};

export interface ExcelDouble {
  model: ModelWorkbook;
  server: ExcelServer;
  /** runInExcel, the add-in's own Excel.run, with the runs counted. */
  run: ExcelRunner;
  /** The adapter's syncs, one list per Excel.run (office.js's clean-up requests left out). */
  runs(): SyncRecord[][];
  lastRun(): SyncRecord[];
}

export function excelDouble(model: ModelWorkbook, options: Partial<DoubleOptions> = {}): ExcelDouble {
  const server = new ExcelServer(model, { ...WEB_LIMITS, ...options });
  installHandler((request) => server.handle(request));
  const run: ExcelRunner = (batch) => {
    server.run += 1;
    return runInExcel(batch);
  };
  const runs = () => {
    const grouped: SyncRecord[][] = Array.from({ length: server.run }, () => []);
    for (const sync of server.syncs) if (!sync.cleanup && sync.run > 0) grouped[sync.run - 1].push(sync);
    return grouped;
  };
  return { model, server, run, runs, lastRun: () => runs()[server.run - 1] ?? [] };
}
