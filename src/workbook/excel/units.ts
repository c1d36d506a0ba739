/** A column width in characters as Excel's points (Calibri 11: 7 px a character, 5 px padding). */
export const columnPoints = (chars: number) => Math.round(chars * 5.25 + 3.75);
