import { RAGS, RAG_TEXT, Rag } from '../../plan';
import { RAG_COLOURS } from '../ragColours';

/**
 * The conditional formats that colour RAG words in an .xlsx, as the add-in's
 * do in Excel. Written as formula rules: a formula rule means the same in
 * every spreadsheet program (LibreOffice needs attributes on a "contains
 * text" rule that writers often leave out).
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
