/**
 * How wide text is in Calibri 11, Excel's default font, in the units column
 * widths are given in (the width of "0", 7 px at 96 dpi): so the layout can
 * wrap a cell's words as Excel will and give each row the height it needs.
 *
 * Advance widths of the printable ASCII characters (32–126) in font units
 * (2048 to the em), read from the hmtx table of Carlito, the font made
 * metric-compatible with Calibri (fonts-crosextra-carlito).
 */
const ADVANCES = {
  plain: [
    463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
    1038, 1038, 548, 548, 1020, 1020, 1020, 949, 1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
    1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981, 1076, 866, 1076, 1019, 625, 964,
    1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
  ],
  bold: [
    463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
    1038, 1038, 565, 565, 1020, 1020, 1020, 949, 1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385,
    1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020, 615, 1011, 1099, 857, 1099, 1031, 648, 971,
    1099, 503, 523, 983, 503, 1666, 1099, 1101, 1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020,
  ],
};
/** The advance of "0": one unit of column width. */
const DIGIT = 1038;
/** Excel draws Calibri 11's "0" 7.43 px wide but counts a column's unit as 7 px. */
const DRAWN_PER_UNIT = 7.43 / 7;
/** A character outside printable ASCII (accented letters, dashes, curly quotes): as wide as a wide lowercase letter. */
const OTHER = 1080;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The advance (font units) of the character at i: a character outside
 * printable ASCII is OTHER, and the second half of a surrogate pair adds
 * nothing, so a character outside the Basic Multilingual Plane counts once.
 */
function advanceAt(advances: readonly number[], text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isLowSurrogate(code) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) return 0;
  return advances[code - 32] ?? OTHER;
}

/** Font units to column-width units at a font size. */
const unitsOf = (sum: number, size: number) => (sum / DIGIT) * DRAWN_PER_UNIT * (size / 11);

/** The width of a text in column-width units, at a font size (points). */
export function textUnits(text: string, bold = false, size = 11): number {
  const advances = ADVANCES[bold ? 'bold' : 'plain'];
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) sum += advanceAt(advances, text, i);
  return unitsOf(sum, size);
}

/** Excel's cell padding, about 2 px each side, in units. */
const PADDING = 4 / 7;

/** The room for text in columns of these widths merged: Excel's 7 px a unit and 5 px per column, less the cell's padding. */
export function roomUnits(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width + 5 / 7, 0) - PADDING;
}

/**
 * Lines a text takes wrapped at spaces, as Excel wraps it, in that much room.
 * One pass over the characters, measuring each word as it ends: the Board
 * Summary and Plan Check measure every cell they write, tens of thousands
 * for a large plan.
 */
export function wrappedLines(text: string, roomGiven: number, bold = false, size = 11): number {
  const room = Math.max(1, roomGiven);
  const advances = ADVANCES[bold ? 'bold' : 'plain'];
  const space = unitsOf(advances[0], size);
  let lines = 1;
  let used = 0;
  let word = 0;
  const endWord = () => {
    const width = unitsOf(word, size);
    if (used === 0 || used + space + width <= room) used += (used === 0 ? 0 : space) + width;
    else {
      lines += 1;
      used = width;
    }
    // A word wider than a line breaks inside it, over as many lines as it needs.
    while (used > room) {
      lines += 1;
      used -= room;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32) endWord();
    else if (code === 10) {
      endWord();
      lines += 1;
      used = 0;
    } else word += advanceAt(advances, text, i);
  }
  endWord();
  return lines;
}
