import JSZip from 'jszip';
import { columnLetter, parseAddress } from '../../plan';
import { WorkbookReadError } from './readError';

/**
 * What a workbook may cost to open. exceljs builds an object for every cell
 * a merge, a column range, a data validation, a conditional format or a
 * defined name covers, so a 10 KB file with one merge over A1:XFD1048576 ran
 * the command out of memory. Before exceljs sees a file, its size is
 * checked against these limits and those ranges are clipped to the sheet's
 * real content (with room to spare), so reading is bounded in time and
 * memory whatever the file says.
 */
export const LIMITS = {
  /** Any one part, inflated: a 10,000-action plan's largest is about 2 MB. */
  partBytes: 64 * 1024 * 1024,
  /** All parts together, inflated. */
  totalBytes: 256 * 1024 * 1024,
  /** Rows and columns a clipped range may run past the last cell holding anything (a validation ready for new rows). */
  spareRows: 1000,
  spareColumns: 10,
};

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The inflated size of each entry, from the zip's central directory (nothing is inflated to learn it). */
function inflatedSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

function checkSizes(zip: JSZip, name: string): void {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    const size = inflatedSize(file);
    if (size > LIMITS.partBytes) throw tooLarge(name, file.name, size);
    total += size;
  }
  if (total > LIMITS.totalBytes) throw tooLargeInAll(name, total);
}

/** `stopped`: unpacking was stopped at the limit, so the size is only "more than". */
function tooLarge(name: string, part: string, size: number, stopped = false): WorkbookReadError {
  return new WorkbookReadError(
    `${name} is too large to open: its part ${part} would take ${stopped ? 'more than ' : ''}${MB(size)} once unpacked (the limit is ${MB(LIMITS.partBytes)}; a plan of 10,000 actions takes about 2 MB)`,
  );
}

function tooLargeInAll(name: string, total: number, stopped = false): WorkbookReadError {
  return new WorkbookReadError(
    `${name} is too large to open: it would take ${stopped ? 'more than ' : ''}${MB(total)} once unpacked (the limit is ${MB(LIMITS.totalBytes)})`,
  );
}

interface InflateStream {
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): InflateStream;
  on(event: 'end', listener: () => void): InflateStream;
  on(event: 'error', listener: (error: Error) => void): InflateStream;
  resume(): InflateStream;
  pause(): InflateStream;
}

/**
 * Inflates every part, counting as it goes: a zip whose directory declares
 * small sizes but whose data inflates far larger is stopped at the limit,
 * not unpacked whole. Gives the text of the parts asked for (decoded by
 * JSZip as it inflates; counted in characters, which never exceed bytes).
 */
async function inflateWithin(zip: JSZip, name: string, wanted: (part: string) => boolean): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const keep = wanted(file.name);
    const chunks: string[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = (file as unknown as { internalStream(type: 'string' | 'uint8array'): InflateStream }).internalStream(
        keep ? 'string' : 'uint8array',
      );
      stream
        .on('data', (chunk) => {
          size += chunk.length;
          total += chunk.length;
          if (size > LIMITS.partBytes || total > LIMITS.totalBytes) {
            stream.pause();
            reject(size > LIMITS.partBytes ? tooLarge(name, file.name, size, true) : tooLargeInAll(name, total, true));
            return;
          }
          if (keep) chunks.push(chunk as string);
        })
        .on('end', () => resolve())
        .on('error', reject)
        .resume();
    });
    if (keep) texts.set(file.name, chunks.join(''));
  }
  return texts;
}

/**
 * The text of the parts `wanted` picks, every part's size checked against
 * the limits as it is unpacked (the reader's one pass over the zip).
 */
export async function boundedTexts(bytes: Uint8Array, name: string, wanted: (part: string) => boolean): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  checkSizes(zip, name);
  return inflateWithin(zip, name, wanted);
}

interface Extent {
  rows: number;
  cols: number;
}

/** The last row and column (1-based) any cell of a sheet's XML is written in. */
function extentOf(xml: string): Extent {
  let rows = 1;
  let cols = 1;
  for (const match of xml.matchAll(/<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g)) {
    cols = Math.max(cols, columnNumber(match[1]));
    rows = Math.max(rows, Number(match[2]));
  }
  return { rows, cols };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** One A1 range ("A1:XFD1048576", "G:G", "3:5", "B2") clipped to a bound, or null when it starts beyond it. */
function clipRange(range: string, bound: Extent): string | null {
  const [from, to = from] = range.replace(/\$/g, '').split(':');
  const corner = (ref: string, last: boolean) => {
    if (/^\d+$/.test(ref)) return { row: Number(ref), col: last ? 16384 : 1 };
    if (/^[A-Z]+$/i.test(ref)) return { row: last ? 1048576 : 1, col: columnNumber(ref.toUpperCase()) };
    const at = parseAddress(ref.toUpperCase());
    return { row: at.row + 1, col: at.col + 1 };
  };
  const start = corner(from, false);
  const end = corner(to, true);
  if (start.row > bound.rows || start.col > bound.cols) return null;
  const last = `${columnLetter(Math.min(end.col, bound.cols) - 1)}${Math.min(end.row, bound.rows)}`;
  const first = `${columnLetter(start.col - 1)}${start.row}`;
  return first === last ? first : `${first}:${last}`;
}

function clipList(sqref: string, bound: Extent): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((range) => clipRange(range, bound))
    .filter((range): range is string => range !== null)
    .join(' ');
}

/** The ranges a sheet's merges, validations and conditional formats name, and its column ranges' last columns. */
function claimedReach(xml: string): Extent {
  let rows = 0;
  let cols = 0;
  for (const match of xml.matchAll(/<(?:mergeCell\b[^>]*?\bref|(?:dataValidation|conditionalFormatting)\b[^>]*?\bsqref)="([^"]*)"/g)) {
    for (const range of match[1].split(/\s+/).filter(Boolean)) {
      const clipped = clipRange(range, { rows: 1048576, cols: 16384 });
      const end = clipped?.split(':').pop();
      if (!end) continue;
      const at = parseAddress(end);
      rows = Math.max(rows, at.row + 1);
      cols = Math.max(cols, at.col + 1);
    }
  }
  for (const match of xml.matchAll(/<col\b[^>]*?\bmax="(\d+)"/g)) cols = Math.max(cols, Number(match[1]));
  return { rows, cols };
}

/** The last row a sheet's rows are written to (rows come in order), read from the end of its XML. */
function lastRowTag(xml: string): number {
  const at = xml.lastIndexOf('<row ');
  const match = at >= 0 ? /\br="(\d+)"/.exec(xml.slice(at, at + 200)) : null;
  return match ? Number(match[1]) : 1;
}

/** A sheet's merges, column ranges, validations and conditional formats clipped to its content and a margin. */
export function clipSheet(xml: string): string {
  // Most sheets claim nothing far beyond their rows: they are left as they are without scanning every cell.
  const reach = claimedReach(xml);
  if (reach.rows <= lastRowTag(xml) + LIMITS.spareRows && reach.cols <= 1000) return xml;
  const content = extentOf(xml);
  const bound = { rows: content.rows + LIMITS.spareRows, cols: Math.min(16384, content.cols + LIMITS.spareColumns) };
  return xml
    .replace(/<mergeCell\b[^>]*?\bref="([^"]*)"[^>]*\/>/g, (whole, ref: string) => {
      const clipped = clipRange(ref, content);
      return clipped && clipped.includes(':') ? whole.replace(ref, clipped) : '';
    })
    .replace(/<col\b[^>]*?\bmin="(\d+)"[^>]*?\bmax="(\d+)"/g, (whole, min: string, max: string) => {
      const clippedMax = Math.max(Number(min), Math.min(Number(max), bound.cols));
      return Number(min) > bound.cols
        ? whole.replace(`max="${max}"`, `max="${min}"`)
        : whole.replace(`max="${max}"`, `max="${clippedMax}"`);
    })
    .replace(/(<(?:dataValidation|conditionalFormatting)\b[^>]*?\bsqref=")([^"]*)"/g, (_whole, head: string, sqref: string) => {
      return `${head}${clipList(sqref, bound) || 'A1'}"`;
    });
}
