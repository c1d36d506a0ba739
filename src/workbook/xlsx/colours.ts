import type { Fill } from 'exceljs';

/**
 * The colour Excel shows for a cell's solid fill, "#RRGGBB", as Office.js
 * reports it (format.fill.color): an .xlsx file may store it as RGB, as a
 * theme colour with a tint, or as an index into the legacy palette.
 */
export type ThemeColours = readonly string[];

/** The theme's colours in the order a cell's theme index counts them (light 1 and dark 1 first, as Excel swaps them). */
const THEME_ORDER = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/** Office's default theme (2013–2022), for a file that carries none. */
const OFFICE_THEME = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
  '0563C1',
  '954F72',
];

/** Excel's legacy indexed palette (indices 8 to 63; 0 to 7 repeat its first eight). */
const INDEXED = [
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
];

/** The theme colours a theme part's text defines (Office's own where it defines none). */
export function themeColoursOf(xml: string): ThemeColours {
  return THEME_ORDER.map((name, i) => {
    const element = new RegExp(`<a:${name}>\\s*<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"`).exec(xml);
    return (element?.[1] ?? OFFICE_THEME[i]).toUpperCase();
  });
}

type Colour = { argb?: string; theme?: number; tint?: number; indexed?: number };

/** A solid fill's colour, or undefined for no fill, a pattern or a gradient. */
export function solidFillColour(fill: Fill | undefined, theme: ThemeColours): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const colour = fill.fgColor as Colour | undefined;
  const rgb = colour && rgbOf(colour, theme);
  return rgb ? `#${rgb}` : undefined;
}

function rgbOf(colour: Colour, theme: ThemeColours): string | undefined {
  if (typeof colour.argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(colour.argb)) return colour.argb.slice(2).toUpperCase();
  if (typeof colour.theme === 'number' && theme[colour.theme]) return withTint(theme[colour.theme], colour.tint ?? 0);
  if (typeof colour.indexed === 'number') return colour.indexed < 8 ? INDEXED[colour.indexed] : INDEXED[colour.indexed - 8];
  return undefined;
}

/** Excel's tint: lightness moved towards white (tint > 0) or black (tint < 0), hue and saturation kept. */
function withTint(rgb: string, tint: number): string {
  if (tint === 0) return rgb;
  const [h, s, l] = toHsl(rgb);
  const lightness = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHsl(h, s, lightness);
}

function toHsl(rgb: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [r, g, b]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}
