import { unpacker as defaultUnpacker } from './nativeUnzip';
import { WorkbookReadError } from './readError';

/**
 * What a workbook may cost to open. A 10 KB file can unpack to gigabytes,
 * or claim a merge over A1:XFD1048576: before the reader (read/) sees a
 * part, its size is checked against these limits, and the reader clips
 * merges to the sheet's cells (read/merges.ts) and reads no other range, so
 * reading is bounded in time and memory whatever the file says. A file the
 * product writes keeps the officer's ranges as they were.
 */
export const LIMITS = {
  /** Any one part, inflated: a 10,000-action plan's largest is about 2 MB. */
  partBytes: 64 * 1024 * 1024,
  /** All parts together, inflated. */
  totalBytes: 256 * 1024 * 1024,
  /** Rows a merge may run past the last cell before it is clipped to the cells. */
  spareRows: 1000,
};

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(name: string, part: string, size: number): WorkbookReadError {
  return new WorkbookReadError(
    `${name} is too large to open: its part ${part} would take ${MB(size)} once unpacked (the limit is ${MB(LIMITS.partBytes)}; a plan of 10,000 actions takes about 2 MB)`,
  );
}

function tooLargeInAll(name: string, total: number): WorkbookReadError {
  return new WorkbookReadError(
    `${name} is too large to open: it would take ${MB(total)} once unpacked (the limit is ${MB(LIMITS.totalBytes)})`,
  );
}

/** One entry of a zip's directory, as it declares itself before anything is unpacked. */
export interface ZipEntry {
  name: string;
  originalSize: number;
}

/**
 * Unpacks, as text, the entries `take` accepts; `take` sees every entry
 * first, and throws to stop. A part that unpacks to more than it declares
 * must never be unpacked past its declared size.
 */
export type Unpacker = (bytes: Uint8Array, take: (entry: ZipEntry) => boolean) => Map<string, string>;

/**
 * Node's zlib for the command and the tests (nativeUnzip.ts); in the
 * browser, where there is no zlib, package.json's "browser" field has the
 * bundler build in fflate instead (fflateUnzip.ts), so neither is built
 * into the other.
 */
let unpacker = defaultUnpacker;

/** Another unpacker, for tests that compare the two; undefined: the default again. */
export function setUnpacker(chosen: Unpacker | undefined): void {
  unpacker = chosen ?? defaultUnpacker;
}

/**
 * The text of the parts `wanted` picks, unpacked only after every part's
 * size, as the zip's directory declares it, is checked against the limits:
 * memory never exceeds what the limits allow.
 */
export function boundedTexts(bytes: Uint8Array, name: string, wanted: (part: string) => boolean): Map<string, string> {
  let total = 0;
  return unpacker(bytes, (entry) => {
    // A name with control characters was read from a broken directory: the zip is damaged, whatever sizes it claims.
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    if (/[\u0000-\u001f]/.test(entry.name) || entry.name.length > 1000) throw new Error('invalid zip entry name');
    if (entry.originalSize > LIMITS.partBytes) throw tooLarge(name, entry.name, entry.originalSize);
    total += entry.originalSize;
    if (total > LIMITS.totalBytes) throw tooLargeInAll(name, total);
    return wanted(entry.name);
  });
}
