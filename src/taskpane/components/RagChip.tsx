import * as React from 'react';
import type { Rag } from '../../plan';
import { RAG_CHIP } from './ragStyle';

/** A RAG status as a coloured chip that also says its name (colour is never the only cue). */
export function RagChip({ rag }: { rag: Rag }) {
  const style = RAG_CHIP[rag];
  return (
    <span
      data-rag={rag}
      style={{
        background: style.background,
        color: style.color,
        borderRadius: 10,
        padding: '1px 8px',
        fontSize: 12,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {style.label}
    </span>
  );
}
