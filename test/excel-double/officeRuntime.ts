/**
 * Microsoft's own office.js for Excel (the npm package @microsoft/office-js),
 * loaded into a jsdom window. The adapter's code then runs against the real
 * Excel.RequestContext, proxies, load/sync and serializer; every request the
 * runtime would send to Excel is handed to the double (./server.ts), which
 * answers it from its model of a workbook.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/** What office.js hands to a custom send function: the ProcessQuery request it would POST. */
export interface RuntimeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface RuntimeResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export type RequestHandler = (request: RuntimeRequest) => RuntimeResponse | Promise<RuntimeResponse>;

/** Excel on the web's build of the library: the one with the 5 MB payload limit. */
const LIBRARY = '@microsoft/office-js/dist/excel-web-16.00.debug.js';
/** Requests go to this address (never fetched: the custom send function answers them). */
const DOUBLE_URL = 'https://excel-double.invalid';

/** A message Excel pushes to the add-in: an event (category 65536) for a registered handler. */
export interface RichApiMessage {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
}

interface Runtime {
  window: Window & { Excel: typeof Excel; OfficeExtension: typeof OfficeExtension };
  handler: RequestHandler | null;
  /** office.js's listeners for Excel's pushed messages (events). */
  listeners: ((message: { entries: RichApiMessage[] }) => void)[];
}

let runtime: Runtime | null = null;

/**
 * Loads the library once per process and makes its Excel and OfficeExtension
 * the globals the adapter uses, as the task pane's page does.
 */
export function officeRuntime(): Runtime {
  if (runtime) return runtime;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost:3000/taskpane.html',
  });
  const window = dom.window as unknown as Runtime['window'];
  dom.window.eval(readFileSync(require.resolve(LIBRARY), 'utf8'));
  const loaded: Runtime = { window, handler: null, listeners: [] };
  // Outside Office, the host's message channel office.js registers event handlers with: events come from the double.
  const dda = (window as unknown as { OSF: { DDA: { RichApi?: Record<string, unknown> } } }).OSF.DDA;
  dda.RichApi ??= {};
  dda.RichApi.richApiMessageManager = {
    register: (listener: Runtime['listeners'][number]) => {
      loaded.listeners.push(listener);
      return Promise.resolve();
    },
    removeHandlerAsync: (
      _type: string,
      { handler }: { handler: Runtime['listeners'][number] },
      done: (result: { status: string }) => void,
    ) => {
      loaded.listeners = loaded.listeners.filter((l) => l !== handler);
      done({ status: 'succeeded' });
    },
  };
  // Made in the window's realm: office.js checks the object's prototype.
  const requestInfo = dom.window.eval(`({ url: ${JSON.stringify(DOUBLE_URL)}, headers: {} })`);
  (
    window.OfficeExtension as unknown as { ClientRequestContext: { defaultRequestUrlAndHeaders: unknown } }
  ).ClientRequestContext.defaultRequestUrlAndHeaders = requestInfo;
  (
    window.OfficeExtension as unknown as {
      HttpUtility: { setCustomSendRequestFunc(f: (r: RuntimeRequest) => Promise<RuntimeResponse>): void };
    }
  ).HttpUtility.setCustomSendRequestFunc(async (request) => {
    if (!loaded.handler) throw new Error('office.js sent a request with no Excel double installed');
    return loaded.handler(request);
  });
  Object.assign(globalThis, { Excel: window.Excel, OfficeExtension: window.OfficeExtension });
  runtime = loaded;
  return loaded;
}

/** Routes every request the runtime sends to this handler (one double at a time). */
export function installHandler(handler: RequestHandler): void {
  officeRuntime().handler = handler;
}

/** Pushes messages to office.js as Excel pushes events. */
export function pushMessages(entries: RichApiMessage[]): void {
  for (const listener of officeRuntime().listeners) listener({ entries });
}
