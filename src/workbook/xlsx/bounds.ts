import { strFromU8, unzipSync } from 'fflate';
import { columnLetter, parseAddress } from '../../plan';
import { WorkbookReadError } from './readError';

/**
 * What a workbook may cost to open. A 10 KB file can claim a merge over
 * A1:XFD1048576, or unpack to gigabytes: before the reader (read/) sees a
 * part, its size is checked against these limits, and a sheet's merges
 * (and column ranges, validations and conditional formats) are clipped to
 * its real content with room to spare, so reading is bounded in time and
 * memory whatever the file says. Only the reader sees the clipped ranges:
 * a file the product writes keeps the officer's as they were.
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

/**
 * The text of the parts `wanted` picks, unpacked with fflate after every
 * part's size, as the zip's directory declares it, is checked against the
 * limits; only the parts wanted are unpacked. A part that unpacks to more
 * than it declares is cut at the declared size (fflate writes into a buffer
 * of that size), so its XML comes out unfinished and the file reads as
 * damaged: memory never exceeds what the limits allow.
 */
export function boundedTexts(bytes: Uint8Array, name: string, wanted: (part: string) => boolean): Map<string, string> {
  let total = 0;
  const files = unzipSync(bytes, {
    filter(file) {
      // A name with control characters was read from a broken directory: the zip is damaged, whatever sizes it claims.
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      if (/[\u0000-\u001f]/.test(file.name) || file.name.length > 1000) throw new Error('invalid zip entry name');
      if (file.originalSize > LIMITS.partBytes) throw tooLarge(name, file.name, file.originalSize);
      total += file.originalSize;
      if (total > LIMITS.totalBytes) throw tooLargeInAll(name, total);
      return wanted(file.name);
    },
  });
  return new Map(Object.entries(files).map(([part, data]) => [part, strFromU8(data)]));
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
