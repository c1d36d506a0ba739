import { RAGS, RAG_WORDS, Rag } from '../../plan';

/** RAG colours for chips: the same hues and text colours as the workbook's conditional formats. */
export const RAG_CHIP = Object.fromEntries(
  RAGS.map((rag) => [rag, { background: RAG_WORDS[rag].fill, color: RAG_WORDS[rag].font, label: RAG_WORDS[rag].label }]),
) as Record<Rag, { background: string; color: string; label: string }>;
