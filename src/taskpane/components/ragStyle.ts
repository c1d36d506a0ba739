import type { Rag } from '../../plan';

/** RAG colours for chips; the same hues as the workbook's conditional formats, with accessible text contrast. */
export const RAG_CHIP: Record<Rag, { background: string; color: string; label: string }> = {
  red: { background: '#C62828', color: '#FFFFFF', label: 'Red' },
  amber: { background: '#F09A00', color: '#000000', label: 'Amber' },
  green: { background: '#2E7D32', color: '#FFFFFF', label: 'Green' },
  blue: { background: '#1565C0', color: '#FFFFFF', label: 'Blue' },
  none: { background: '#E0E0E0', color: '#000000', label: 'Not rated' },
};
