import { inflateRawSync } from 'node:zlib';
import type { Unpacker } from './bounds';

/** Signatures and offsets of the zip format (PKWARE's APPNOTE): the end record, the directory's entries, the local headers. */
const END = { signature: 0x06054b50, size: 22, count: 10, offset: 16, maxComment: 0xffff };
const ENTRY = {
  signature: 0x02014b50,
  size: 46,
  flags: 8,
  method: 10,
  compressed: 20,
  original: 24,
  name: 28,
  extra: 30,
  comment: 32,
  local: 42,
};
const LOCAL = { signature: 0x04034b50, size: 30, name: 26, extra: 28 };
const METHOD = { stored: 0, deflated: 8 };
/** Sizes and offsets past 4 GB are kept in ZIP64 records: no workbook needs them. */
const ZIP64 = 0xffffffff;

function endRecord(zip: Buffer): number {
  const last = zip.length - END.size;
  for (let at = last; at >= 0 && at >= last - END.maxComment; at -= 1) if (zip.readUInt32LE(at) === END.signature) return at;
  throw new Error('zip: no end of central directory record');
}

/** Text without the byte-order mark some writers put first (the Open XML SDK does), as a TextDecoder gives it. */
const withoutMark = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** A deflated part, unpacked to at most its declared size; more, or a broken stream, is the zip's damage. */
function inflated(name: string, data: Buffer, originalSize: number): string {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(originalSize, 1) }).toString('utf8');
  } catch {
    throw new Error(`zip: ${name} does not unpack to the size it declares`);
  }
}

/**
 * Unpacks with Node's zlib, reading the zip's own directory: each part's
 * declared size is zlib's limit (maxOutputLength), so a part that unpacks
 * to more throws instead of filling memory. The command's unpacker, four
 * times faster than fflate's inflate; the browser's is fflate
 * (fflateUnzip.ts, see bounds.ts).
 */
export const unpacker: Unpacker = (bytes, take) => {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(zip);
  const count = zip.readUInt16LE(end + END.count);
  let at = zip.readUInt32LE(end + END.offset);
  const texts = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    if (at + ENTRY.size > zip.length || zip.readUInt32LE(at) !== ENTRY.signature) throw new Error('zip: broken central directory');
    const nameLength = zip.readUInt16LE(at + ENTRY.name);
    const name = zip.toString('utf8', at + ENTRY.size, at + ENTRY.size + nameLength);
    const compressed = zip.readUInt32LE(at + ENTRY.compressed);
    const originalSize = zip.readUInt32LE(at + ENTRY.original);
    const method = zip.readUInt16LE(at + ENTRY.method);
    const local = zip.readUInt32LE(at + ENTRY.local);
    const encrypted = (zip.readUInt16LE(at + ENTRY.flags) & 1) === 1;
    at += ENTRY.size + nameLength + zip.readUInt16LE(at + ENTRY.extra) + zip.readUInt16LE(at + ENTRY.comment);
    if (name.endsWith('/') || !take({ name, originalSize })) continue;
    if (encrypted || compressed === ZIP64 || originalSize === ZIP64 || local === ZIP64)
      throw new Error(`zip: ${name} is encrypted or too large to unpack`);
    if (local + LOCAL.size > zip.length || zip.readUInt32LE(local) !== LOCAL.signature) throw new Error('zip: broken local header');
    const start = local + LOCAL.size + zip.readUInt16LE(local + LOCAL.name) + zip.readUInt16LE(local + LOCAL.extra);
    const data = zip.subarray(start, start + compressed);
    if (data.length < compressed) throw new Error('zip: unexpected end of data');
    if (method === METHOD.stored) texts.set(name, withoutMark(data.subarray(0, originalSize).toString('utf8')));
    else if (method === METHOD.deflated) texts.set(name, withoutMark(inflated(name, data, originalSize)));
    else throw new Error(`zip: ${name} uses an unsupported compression method`);
  }
  return texts;
};
