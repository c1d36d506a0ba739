/**
 * The one RAG vocabulary: for each status its label, how bad it is, the
 * colours the product paints it in, and the words and cell colours read as
 * it. Every surface (engine, sheets, pane, preview, command) takes these
 * from here, so a board that says "Yellow" or fills a cell orange is read
 * the same way everywhere.
 */
export type Rag = 'red' | 'amber' | 'green' | 'blue' | 'none';

export interface RagWords {
  /** What the product writes and shows: "Red", "Not rated". */
  label: string;
  /** Worse is higher: roll-ups take the worst, a cell listing several parts takes the colour of its worst. */
  severity: number;
  /** Better is higher, for "improved" and "worse" since the last review; null: not rated is neither. */
  standing: number | null;
  /** Fill and font the product colours it with (conditional formats, chips, charts). */
  fill: string;
  font: string;
  /** Words boards write in a RAG cell for it, lower case (RAG, BRAG and RAYG all read). */
  words: readonly string[];
  /** Hues (degrees, inclusive) of a solid fill read as it when the cell holds no text. */
  hues: readonly (readonly [number, number])[];
}

export const RAG_WORDS: Readonly<Record<Rag, RagWords>> = Object.freeze({
  red: {
    label: 'Red',
    severity: 4,
    standing: 0,
    fill: '#C62828',
    font: '#FFFFFF',
    words: ['r', 'red'],
    hues: [
      [0, 14],
      [340, 360],
    ],
  },
  amber: {
    label: 'Amber',
    severity: 3,
    standing: 1,
    fill: '#F09A00',
    font: '#000000',
    words: ['a', 'amber', 'y', 'yellow', 'orange'],
    hues: [[15, 64]],
  },
  green: { label: 'Green', severity: 2, standing: 2, fill: '#2E7D32', font: '#FFFFFF', words: ['g', 'green'], hues: [[65, 170]] },
  blue: {
    label: 'Blue',
    severity: 1,
    standing: 3,
    fill: '#1565C0',
    font: '#FFFFFF',
    words: ['b', 'blue', 'c', 'complete', 'completed'],
    hues: [[171, 255]],
  },
  none: {
    label: 'Not rated',
    severity: 0,
    standing: null,
    fill: '#E0E0E0',
    font: '#000000',
    words: ['', '-', '–', 'n/a', 'na', 'tbc', 'not rated', 'none'],
    hues: [],
  },
});

/** Worst first: red, amber, green, blue, not rated. */
export const RAGS: readonly Rag[] = (Object.keys(RAG_WORDS) as Rag[]).sort((a, b) => RAG_WORDS[b].severity - RAG_WORDS[a].severity);

/** What the product writes in a Computed RAG cell, and what conditional formats colour. */
export const RAG_TEXT: Readonly<Record<Rag, string>> = Object.freeze(
  Object.fromEntries(RAGS.map((rag) => [rag, RAG_WORDS[rag].label])) as Record<Rag, string>,
);

const RAG_BY_WORD: ReadonlyMap<string, Rag> = new Map(RAGS.flatMap((rag) => RAG_WORDS[rag].words.map((word) => [word, rag] as const)));

/** The RAG a (folded, lower-case) word names, or undefined. */
export function ragOfWord(word: string): Rag | undefined {
  return RAG_BY_WORD.get(word);
}

/** Words a RAG cell may begin with and still name one RAG: "Green - on track", "Amber (see note)". */
export const LONG_RAG_WORDS: readonly string[] = RAGS.filter((rag) => rag !== 'none').flatMap((rag) =>
  RAG_WORDS[rag].words.filter((word) => word.length > 1),
);

/** A fill too pale, too dark or too grey to be anyone's RAG (white, shading, borders, black). */
const MIN_SATURATION = 0.3;
const MIN_LIGHTNESS = 0.12;
const MAX_LIGHTNESS = 0.94;

/**
 * The RAG a solid cell fill shows: Excel's standard red, orange and yellow
 * (amber), greens and blues, their darker and lighter shades, and the
 * "Good / Neutral / Bad" cell styles. Colour is "#RRGGBB"; grey, white,
 * black and purple are no RAG (null).
 */
export function ragOfFill(colour: string): Rag | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(match[1].slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  const saturation = chroma === 0 ? 0 : chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < MIN_SATURATION || lightness < MIN_LIGHTNESS || lightness > MAX_LIGHTNESS) return null;
  const hue = hueOf(r, g, b, max, chroma);
  return RAGS.find((rag) => RAG_WORDS[rag].hues.some(([from, to]) => hue >= from && hue <= to)) ?? null;
}

function hueOf(r: number, g: number, b: number, max: number, chroma: number): number {
  const sector = max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  return sector * 60;
}
