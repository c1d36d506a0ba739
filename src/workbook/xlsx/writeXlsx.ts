import type { Worksheet } from 'exceljs';
import { RAGS, RAG_TEXT, Rag } from '../../plan';
import { RAG_COLOURS } from '../ragColours';

const argb = (hex: string) => ({ argb: `FF${hex.slice(1)}` });

/**
 * The conditional formats that colour RAG words in an .xlsx, as the add-in's
 * do in Excel. Written as formula rules: exceljs writes "contains text"
 * rules without the attributes LibreOffice needs, and a formula rule means
 * the same in every spreadsheet program.
 */
export function ragFormatRules(topLeft: string): { rag: Rag; formula: string }[] {
  return RAGS.map((rag) => ({ rag, formula: `NOT(ISERROR(SEARCH("${RAG_TEXT[rag]}",${topLeft})))` }));
}

/** The format a RAG rule applies, as a styles part's <dxf>. */
export function ragDifferentialFormat(rag: Rag): string {
  const { fill, font } = RAG_COLOURS[rag];
  const rgb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
  return `<dxf><font><color rgb="${rgb(font)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${rgb(fill)}"/></patternFill></fill></dxf>`;
}

export function addRagFormats(sheet: Worksheet, ref: string): void {
  sheet.addConditionalFormatting({
    ref,
    rules: ragFormatRules(ref.split(':')[0]).map(({ rag, formula }, priority) => ({
      type: 'expression' as const,
      formulae: [formula],
      priority: priority + 1,
      style: {
        fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: argb(RAG_COLOURS[rag].fill) },
        font: { color: argb(RAG_COLOURS[rag].font) },
      },
    })),
  });
}
