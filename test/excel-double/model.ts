import ExcelJS from 'exceljs';
import { displayDate, displayNumber } from '../../src/workbook/displayText';

/** A cell as Excel holds it: what Office.js returns in values, text, valueTypes and numberFormat. */
export interface ModelCell {
  value: string | number | boolean;
  text: string;
  type: 'String' | 'Double' | 'Boolean' | 'Error';
  numberFormat: string;
}

export interface ModelSheet {
  name: string;
  cells: Map<string, ModelCell>;
  merges: string[];
  conditionalFormats: { range: string; text: string; fill: string; priority: number }[];
  /** Every format property set, in order: range, dotted path (font.bold, fill.color, columnWidth), value. */
  formats: { range: string; path: string; value: unknown }[];
  /** Sheet-level settings set: showGridlines, freezeRows, pageLayout.*. */
  setup: Map<string, unknown>;
  charts: { type: string; source: string; seriesBy: string; props: Map<string, unknown> }[];
  hyperlinks: Map<string, { documentReference?: string; textToDisplay?: string }>;
}

export function emptyModelSheet(name: string, cells = new Map<string, ModelCell>(), merges: string[] = []): ModelSheet {
  return { name, cells, merges, conditionalFormats: [], formats: [], setup: new Map(), charts: [], hyperlinks: new Map() };
}

export const key = (row: number, col: number) => `${row},${col}`;

/**
 * The workbook Excel would hold for an .xlsx file, read straight from
 * exceljs's raw values (not through the product's adapter): dates become
 * serial numbers with their format, formulas their results, rich text plain.
 */
export async function modelFromXlsx(file: string): Promise<ModelSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const cells = new Map<string, ModelCell>();
    sheet.eachRow((row, r) => row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const made = modelCell(cell.value, cell.numFmt);
      if (made) cells.set(key(r - 1, c - 1), made);
    }));
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    return emptyModelSheet(sheet.name, cells, merges);
  });
}

export function modelCell(raw: unknown, numFmt: string | undefined): ModelCell | null {
  const format = numFmt ?? 'General';
  if (raw === null || raw === undefined || raw === '') return null;
  if (raw instanceof Date) {
    return { value: raw.getTime() / 86_400_000 + 25569, text: displayDate(raw, numFmt), type: 'Double', numberFormat: format === 'General' ? 'dd/mm/yyyy' : format };
  }
  if (typeof raw === 'number') return { value: raw, text: displayNumber(raw, numFmt), type: 'Double', numberFormat: format };
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE', type: 'Boolean', numberFormat: format };
  if (typeof raw === 'string') return { value: raw, text: raw, type: 'String', numberFormat: format };
  const value = raw as Record<string, unknown>;
  if (typeof value.error === 'string') return { value: value.error, text: value.error, type: 'Error', numberFormat: format };
  if ('result' in value || 'formula' in value) return modelCell(value.result, numFmt);
  if (Array.isArray(value.richText)) return modelCell((value.richText as { text: string }[]).map((run) => run.text).join(''), numFmt);
  if ('text' in value) return modelCell(value.text, numFmt);
  return null;
}

/** A plan of n actions in the shape boards keep, as a model, without any file. */
export function modelOfPlan(sheets: number, actionsPerSheet: number): ModelSheet[] {
  return Array.from({ length: sheets }, (_, s) => {
    const cells = new Map<string, ModelCell>();
    const text = (row: number, col: number, value: string) => cells.set(key(row, col), { value, text: value, type: 'String', numberFormat: 'General' });
    text(0, 0, `Priority: SAB${s + 1} Theme ${s + 1}`);
    ['Ref', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'].forEach((header, c) => text(2, c, header));
    for (let i = 0; i < actionsPerSheet; i += 1) {
      const row = 3 + i;
      text(row, 0, `${s + 1}.${i + 1}`);
      text(row, 1, `Review and report on multi-agency meetings for adults at risk (${i})`);
      text(row, 2, i % 5 === 0 ? 'TBC' : 'Procedures Subgroup');
      text(row, 3, ['Sept 2019', 'Mar 2020', 'Ongoing', 'Q3 2019/20'][i % 4]);
      text(row, 4, i % 3 === 0 ? 'Under way' : '');
      text(row, 5, ['G', 'A', 'R', ''][i % 4]);
    }
    return emptyModelSheet(`SAB${s + 1}`, cells);
  });
}
