import { RAG_TEXT } from '../plan';

/** Fill and font per RAG: the conditional formats of Computed RAG cells, in Excel, in files and in the preview. */
export const RAG_COLOURS: Record<keyof typeof RAG_TEXT, { fill: string; font: string }> = {
  red: { fill: '#C62828', font: '#FFFFFF' },
  amber: { fill: '#F09A00', font: '#000000' },
  green: { fill: '#2E7D32', font: '#FFFFFF' },
  blue: { fill: '#1565C0', font: '#FFFFFF' },
  none: { fill: '#E0E0E0', font: '#000000' },
};

/** Worst first, so a cell listing several parts ("Blue; Red") takes the colour of its worst. */
export const RAG_BY_WORST = Object.keys(RAG_TEXT) as (keyof typeof RAG_TEXT)[];
