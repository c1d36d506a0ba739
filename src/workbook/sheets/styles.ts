import type { CellStyle } from './spec';

/** The look of the product's sheets, in one place. */
export const STYLES = {
  mark: { italic: true, size: 9, colour: '#767676' },
  title: { bold: true, size: 16, colour: '#1F3864' },
  subtitle: { size: 11, colour: '#404040' },
  section: { bold: true, size: 13, colour: '#1F3864', underline: true },
  header: { bold: true, fill: '#E7E6E6', wrap: true },
  body: { wrap: true },
  total: { bold: true },
  note: { italic: true, colour: '#595959' },
  error: { bold: true, colour: '#C62828' },
  warning: { bold: true, colour: '#B45F06' },
} satisfies Record<string, CellStyle>;
