import { Cell, GridArea, SheetGrid } from './grid';
import { scanSheet } from './tables';
import { ownSheetKind } from './ownSheets';
import { notPlanReason } from './sheetPurpose';
import { Rag, readRecordedRag } from './rag';
import { ragOfFill } from './ragVocabulary';
import { oneLine } from './text';

/** A recorded RAG cell as read: its words, or where it has none, its colour. */
export interface RecordedCell {
  text: string;
  /** Read leniently; undefined when the text is not a RAG; null when blank or not rated. */
  rag: Rag | null | undefined;
  from: 'text' | 'fill' | null;
  /** The colour's RAG where the words say another: the words are read. */
  fillDisagrees?: Rag;
}

/**
 * Boards keep a RAG as a word ("Amber", "A") or only as the cell's fill
 * colour. Words win over colour; where both are there and disagree, the
 * colour is kept to say so.
 */
export function readRecordedCell(cell: Cell): RecordedCell {
  const text = cell.kind === 'error' ? String(cell.value) : cell.text;
  const fillRag = cell.fill ? ragOfFill(cell.fill) : null;
  if (text.trim() === '') return fillRag ? { text: '', rag: fillRag, from: 'fill' } : { text: '', rag: null, from: null };
  const rag = readRecordedRag(oneLine(text));
  const disagrees = rag && fillRag && fillRag !== rag ? { fillDisagrees: fillRag } : {};
  return { text, rag, from: rag ? 'text' : null, ...disagrees };
}

/**
 * Where a plan may keep a RAG as a colour: each table's RAG columns (per
 * period too) over its data rows. Adapters that pay for every cell property
 * they fetch (Office.js) ask for fills here only.
 */
export function ragColourAreas(grid: SheetGrid): GridArea[] {
  if (grid.unreadable || ownSheetKind(grid) !== null || notPlanReason(grid) !== null) return [];
  return scanSheet(grid).tables.flatMap((table) => {
    const columns = [
      ...(table.columnsOf.recordedRag ?? []),
      ...table.periods.flatMap((p) => (p.recordedRag === undefined ? [] : [p.recordedRag])),
    ];
    const [top, bottom] = [table.headerRow + 1, table.endRow - 1];
    return bottom < top ? [] : columns.map((col) => ({ top, left: col, bottom, right: col }));
  });
}
