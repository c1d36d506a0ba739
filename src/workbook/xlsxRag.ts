import type { Worksheet } from 'exceljs';
import { RAGS, RAG_TEXT } from '../plan';
import { RAG_COLOURS } from './ragColours';

const argb = (hex: string) => ({ argb: `FF${hex.slice(1)}` });

/**
 * The conditional formats that colour RAG words in an .xlsx, as the add-in's
 * do in Excel. Written as formula rules: exceljs writes "contains text"
 * rules without the attributes LibreOffice needs, and a formula rule means
 * the same in every spreadsheet program.
 */
export function addRagFormats(sheet: Worksheet, ref: string): void {
  const topLeft = ref.split(':')[0];
  sheet.addConditionalFormatting({
    ref,
    rules: RAGS.map((rag, priority) => ({
      type: 'expression' as const,
      formulae: [`NOT(ISERROR(SEARCH("${RAG_TEXT[rag]}",${topLeft})))`],
      priority: priority + 1,
      style: {
        fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: argb(RAG_COLOURS[rag].fill) },
        font: { color: argb(RAG_COLOURS[rag].font) },
      },
    })),
  });
}
