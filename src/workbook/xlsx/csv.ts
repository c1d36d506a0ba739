import Papa from 'papaparse';

/**
 * A plan exported as CSV (Excel's "CSV UTF-8", with or without a byte-order
 * mark, or the older "CSV (Comma delimited)" in Windows-1252), read with a
 * real CSV parser — quoted cells with commas and line breaks stay one cell —
 * into a one-sheet workbook, so the command and the preview treat it as any
 * other plan. Cells are text, as the file holds them: the engine reads dates
 * and percentages from text.
 */
export function isCsvName(name: string): boolean {
  return /\.csv$/i.test(name);
}

/** The file's text: UTF-8 when it is valid UTF-8 (byte-order mark dropped), else Windows-1252. */
export function csvText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error('holds binary data, not comma-separated text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/** Windows-1252's characters for bytes 0x80 to 0x9F (the rest are Latin-1); Node's TextDecoder reads these as control characters. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** The rows of a CSV text; a delimiter other than a comma (Excel in some locales writes ";") is detected. */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  const rows = parsed.data;
  // A file ending with a line break gives one empty row at the end.
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return rows;
}

/** The file's name without ".csv", within Excel's 31 characters and without the characters a sheet name cannot hold. */
export function sheetName(file: string): string {
  const base = file
    .replace(/^.*[\\/]/, '')
    .replace(/\.csv$/i, '')
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim();
  return (base || 'Plan').slice(0, 31);
}
