import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Browser, chromium } from 'playwright-core';

// scripts/chromium.js says how Chromium is launched, for these tests and the bench alike.
export const { CHROMIUM, CHROMIUM_ARGS } = require('../../scripts/chromium.js') as { CHROMIUM: string; CHROMIUM_ARGS: string[] };

export const RESULTS = path.join(__dirname, '..', '..', 'test-results');
mkdirSync(RESULTS, { recursive: true });

// scripts/serve.js is the server npm start uses; the tests use it on a free port.
const { serve } = require('../../scripts/serve.js') as { serve(port: number): Promise<Server> };

export async function startPreview(): Promise<{ server: Server; origin: string }> {
  const server = await serve(0);
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
