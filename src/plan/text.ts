/**
 * Text as officers paste it: from Word (bullet glyphs from the Symbol font,
 * non-breaking spaces), from PDFs (hard line breaks mid-sentence) and from web
 * pages (stray markup). Cleaning never changes the workbook; it only shapes
 * what the engine reports.
 */

/** Word's bullets in the Symbol and Wingdings fonts: private-use characters, shown as boxes in any other font. */
const SYMBOL_FONT_BULLETS = '\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0E0';
/** Bullet glyphs Word leaves at the start of pasted list items. */
const BULLET_GLYPHS =
  SYMBOL_FONT_BULLETS + '\u2022\u25CF\u25E6\u25AA\u25A0\u25A1\u2023\u2043\u2219\u00B7\u27A2\u2756\u2714\u2713\u27A4\u2192\u25BA';
const LEADING_BULLET = new RegExp(`^[\\s${BULLET_GLYPHS}]*[${BULLET_GLYPHS}]\\s*`);
const INVISIBLE = /[\u200B-\u200D\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
const MARKUP = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;

export interface CleanText {
  text: string;
  /** What was cleaned away, for the PASTE_ARTEFACT finding. Empty when the text was already clean. */
  artefacts: string[];
}

const NOTHING_CLEANED: readonly string[] = Object.freeze([]);
/** Anything cleanText might change or report: most cells have none, and skip the work. */
const NEEDS_CLEANING = new RegExp(`[\\n\\r\\t\\u00A0\\u2000-\\u200D\\u202F\\u205F\\u3000\\uFEFF\\u00AD<${BULLET_GLYPHS}]`);
/**
 * Printable ASCII but "<", with no double space: clean without looking
 * further. Most cells are, and this one range is four times quicker to test
 * than the list above (the check's costliest line on a large plan).
 */
const PLAIN_ASCII = /[^ -;=-~]| {2}/;

function isClean(raw: string): boolean {
  if (raw === '') return true;
  if (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) return false;
  return !PLAIN_ASCII.test(raw) || (!NEEDS_CLEANING.test(raw) && !raw.includes('  '));
}

/** The cleaned text alone: most cells are clean, and are given back as they are, with nothing made. */
export function cleanedText(raw: string): string {
  return isClean(raw) ? raw : cleanText(raw).text;
}

/**
 * Cleans one cell's text: strips bullet glyphs at line starts, invisible
 * characters and runs of spaces; keeps line breaks (they separate paragraphs)
 * and keeps anything that looks like markup or a formula literally.
 */
export function cleanText(raw: string): CleanText {
  if (isClean(raw)) return { text: raw, artefacts: NOTHING_CLEANED as string[] };
  const artefacts = new Set<string>();
  if (INVISIBLE.test(raw)) artefacts.add('invisible characters');
  INVISIBLE.lastIndex = 0;
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => {
      let cleaned = line;
      if (LEADING_BULLET.test(cleaned)) {
        artefacts.add('bullet glyphs');
        cleaned = cleaned.replace(LEADING_BULLET, '');
      }
      const spaced = cleaned.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
      if (spaced !== '' && spaced !== cleaned) artefacts.add('stray spaces');
      return spaced;
    });
  if (MARKUP.test(raw)) artefacts.add('markup');
  const text = collapseBlankLines(lines).join('\n');
  return { text, artefacts: [...artefacts] };
}

function collapseBlankLines(lines: string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}

/**
 * The paragraphs of a cell. Where the cell has blank lines, they separate
 * paragraphs and single breaks inside are wrapping (text pasted from a PDF);
 * otherwise every line is a paragraph (Alt+Enter in Excel, paragraphs from Word).
 */
export function paragraphs(text: string): string[] {
  if (!text.includes('\n') && !text.includes('\r')) {
    const trimmed = text.trim();
    return trimmed === '' ? [] : [trimmed];
  }
  const normal = text.replace(/\r\n?/g, '\n').trim();
  if (normal === '') return [];
  const blocks = /\n[ \t]*\n/.test(normal) ? normal.split(/\n[ \t]*\n/) : normal.split('\n');
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
}

const SYMBOL_BULLET = new RegExp(`[${SYMBOL_FONT_BULLETS}]`, 'g');

/** Text with Word's Symbol-font bullets shown as the bullets they are, for display only. */
export function withBullets(text: string): string {
  return text.replace(SYMBOL_BULLET, '•');
}

/** Markup tags removed, for reading dates or colours out of a cell, never for output. */
export function withoutMarkup(text: string): string {
  return text.replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, ' ');
}

/**
 * Header text folded for matching: case, line breaks, punctuation and years
 * ("In 2014/5 we will" → "in we will") do not matter.
 */
export function foldHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(19|20)\d{2}(\s*[/-]\s*\d{1,4})?\b/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whitespace folded to single spaces on one line: for labels and one-line messages. */
export function oneLine(text: string): string {
  // Printable ASCII without a double space (most cells): only the ends to trim.
  return PLAIN_ASCII.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** A short quotation of cell text for a message. */
export function quote(text: string, max = 60): string {
  return `"${clipped(text, max)}"`;
}

/** Text on one line, cut to `max` characters with an ellipsis: for a list item or a label. */
export function clipped(text: string, max: number): string {
  const flat = oneLine(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "error" for 1, "errors" for any other number; "info" the same for any. */
export function nounFor(n: number, noun: string): string {
  return n === 1 || noun === 'info' ? noun : `${noun}s`;
}

/** "1 error", "2 errors", "3 info": a count with its noun. */
export function counted(n: number, noun: string): string {
  return `${n} ${nounFor(n, noun)}`;
}
