/**
 * The printed page the product's sheets are laid out for: A4 landscape with
 * the margins both adapters set, one page wide. Layout uses it to break
 * pages where a person would (src/workbook/sheets/layout.ts).
 */
const A4_LANDSCAPE = { width: 841.9, height: 595.3 };
/** Margins in inches, as Excel's page setup takes them; in points below. */
export const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
const POINTS_PER_INCH = 72;

export const PRINTABLE_WIDTH = A4_LANDSCAPE.width - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
export const PRINTABLE_HEIGHT = A4_LANDSCAPE.height - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH;

/** A column width in characters as Excel's points (Calibri 11: 7 px a character, 5 px padding). */
export const columnPoints = (chars: number) => Math.round(chars * 5.25 + 3.75);

export const inchesToPoints = (inches: number) => inches * POINTS_PER_INCH;

/** The scale "fit to one page wide" prints columns this many characters wide in all at (1 when they fit as they are). */
export function fitScale(widths: readonly number[]): number {
  const width = widths.reduce((sum, chars) => sum + columnPoints(chars), 0);
  return Math.min(1, PRINTABLE_WIDTH / Math.max(1, width));
}

/** How many of the sheet's points of height one printed page holds at that scale. */
export function pageHeight(widths: readonly number[]): number {
  return PRINTABLE_HEIGHT / fitScale(widths);
}
