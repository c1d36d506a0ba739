import { strFromU8, unzipSync } from 'fflate';
import type { Unpacker } from './bounds';

/**
 * Unpacks with fflate, in pure JavaScript: the browser's unpacker (the
 * preview and the task pane), put in place of nativeUnzip.ts by package.json's
 * "browser" field. It writes a part into a buffer of its declared size, so a
 * part that unpacks to more is cut there, its XML left unfinished, and the
 * file reads as damaged.
 */
export const unpacker: Unpacker = (bytes, take) => {
  // Folders are entries too in some zips: no part lives in one.
  const files = unzipSync(bytes, {
    filter: (file) => !file.name.endsWith('/') && take({ name: file.name, originalSize: file.originalSize }),
  });
  return new Map(Object.entries(files).map(([part, data]) => [part, strFromU8(data)]));
};
