import { RAGS, RAG_WORDS, Rag } from '../plan';

/** Fill and font per RAG: the conditional formats of Computed RAG cells, in Excel, in files and in the preview. */
export const RAG_COLOURS = Object.fromEntries(RAGS.map((rag) => [rag, { fill: RAG_WORDS[rag].fill, font: RAG_WORDS[rag].font }])) as Record<
  Rag,
  { fill: string; font: string }
>;
