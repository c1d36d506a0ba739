import { columnLetter } from '../../../plan';
import { fragmentIn } from './namespace';
import { Span, Splice, intoElement, spansOf, spliced, withAttribute } from './spans';

/** CT_Worksheet's children in schema order: a new child goes before the first one present that the schema puts after it. */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** A cell as the sheet holds it before the write: its text and its cell format. */
export interface OldCell {
  xml: string;
  style: number;
}

/** A cell to write, 1-based: its XML made from the cell it replaces (if any). */
export type CellWrite = (old: OldCell | undefined) => string;

export interface SheetEdits {
  /** Row → column → the cell written there. */
  cells: Map<number, Map<number, CellWrite>>;
  /** The open tag of a row the sheet does not have yet (its height); `<row r="n">` when not given. */
  rowTags?: Map<number, string>;
  /** A column's width in characters (1-based column). */
  width?: { column: number; width: number };
  /** Whole top-level elements (<conditionalFormatting>, <drawing>), each added where the schema puts it, after the sheet's own of its name. */
  elements?: { name: string; xml: string }[];
  /** Ranges to merge, A1:B1. */
  merges?: string[];
}

export interface PatchedSheet {
  xml: string;
  /** A formula was written over: the workbook's calculation chain names a cell that no longer has one. */
  overwroteFormula: boolean;
}

/** 'AB12' → [12, 28]. */
export function cellPosition(ref: string): [number, number] {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!match) return [0, 0];
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(match[2]), column];
}

interface Located {
  rows: { span: Span; index: number }[];
  cells: Map<Span, { row: number; column: number }>;
  top: Span[];
  cols: Span[];
  root: Span;
}

function locate(xml: string, edited: Map<number, unknown>): Located {
  // The sheet's rows and cells may leave out r= (then each follows the one before), so positions are counted as the parser goes.
  const meta: { row: number; column: number }[] = [];
  let row = 0;
  let column = 0;
  let inSheetData = false;
  const spans = spansOf(xml, (name, depth, attribute) => {
    if (depth === 1) inSheetData = name === 'sheetData';
    let wanted = depth <= 1 || (depth === 2 && name === 'col');
    if (depth === 2 && inSheetData && name === 'row') {
      const r = attribute('r');
      row = r ? Number(r) : row + 1;
      column = 0;
      wanted = true;
    } else if (depth === 3 && inSheetData && name === 'c') {
      // Only the rows written into need their cells' places.
      if (edited.has(row)) {
        const r = attribute('r');
        column = r ? cellPosition(r)[1] : column + 1;
        wanted = true;
      } else column += 1;
    }
    if (wanted) meta.push({ row, column });
    return wanted;
  });
  const located: Located = { rows: [], cells: new Map(), top: [], cols: [], root: spans[0] };
  spans.forEach((span, i) => {
    if (span.depth === 1) located.top.push(span);
    else if (span.depth === 2 && span.name === 'row') located.rows.push({ span, index: meta[i].row });
    else if (span.depth === 2) located.cols.push(span);
    else if (span.depth === 3) located.cells.set(span, meta[i]);
  });
  return located;
}

const followersOf = (name: string) => WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1);

/** Where a new top-level child named `name` goes. */
function insertPoint(located: Located, name: string): number {
  const after = followersOf(name);
  const next = located.top.find((s) => after.includes(s.name));
  return next ? next.start : located.root.closeStart;
}

/**
 * The sheet part's text with the edits made by splicing: every character the
 * edits do not reach stays as the file had it (the officer's cells, their
 * formats, formulas, shared strings, drawings, comments, validation).
 */
export function patchSheet(xml: string, edits: SheetEdits): PatchedSheet {
  const located = locate(xml, edits.cells);
  const splices: Splice[] = [];
  const fragment = (text: string) => fragmentIn(located.root, text);
  let overwroteFormula = false;
  const sheetData = located.top.find((s) => s.name === 'sheetData');
  if (!sheetData) throw new Error('the sheet has no cell data');

  const existingRows = new Map(located.rows.map((r) => [r.index, r.span]));
  const cellsByRow = new Map<number, { span: Span; column: number }[]>();
  for (const [span, at] of located.cells) cellsByRow.set(at.row, [...(cellsByRow.get(at.row) ?? []), { span, column: at.column }]);

  const newRows: [number, string][] = [];
  for (const [rowIndex, writes] of [...edits.cells].sort((a, b) => a[0] - b[0])) {
    const columns = [...writes.keys()].sort((a, b) => a - b);
    const row = existingRows.get(rowIndex);
    if (!row) {
      const open = edits.rowTags?.get(rowIndex) ?? `<row r="${rowIndex}">`;
      newRows.push([rowIndex, fragment(`${open}${columns.map((c) => writes.get(c)!(undefined)).join('')}</row>`)]);
      continue;
    }
    const present = cellsByRow.get(rowIndex) ?? [];
    const inserted: { at?: number; text: string }[] = [];
    for (const column of columns) {
      const old = present.find((p) => p.column === column);
      if (old) {
        const oldXml = xml.slice(old.span.start, old.span.end);
        if (/<(?:[\w.-]+:)?f[\s>/]/.test(oldXml)) overwroteFormula = true;
        splices.push({
          at: old.span.start,
          length: old.span.end - old.span.start,
          text: fragment(writes.get(column)!({ xml: oldXml, style: Number(old.span.attributes.s ?? 0) })),
        });
      } else {
        const next = present.find((p) => p.column > column);
        inserted.push({ at: next?.span.start, text: fragment(writes.get(column)!(undefined)) });
      }
    }
    // A row's spans (its first and last column, a hint for Excel) take in the cells written.
    const [low, high] = (row.attributes.spans ?? '').split(':').map(Number);
    const spans: Record<string, string> =
      low > 0 && high > 0 ? { spans: `${Math.min(low, columns[0])}:${Math.max(high, columns[columns.length - 1])}` } : {};
    splices.push(...intoElement(xml, row, inserted, spans));
  }
  splices.push(...newRowSplices(xml, sheetData, located.rows, newRows));
  if (edits.width) splices.push(...widthSplices(xml, located, edits.width, fragment));
  if (edits.merges?.length) splices.push(...mergeSplices(xml, located, edits.merges, fragment));
  for (const element of edits.elements ?? [])
    splices.push({ at: insertPoint(located, element.name), length: 0, text: fragment(element.xml) });
  splices.push(...dimensionSplices(xml, located, edits));
  return { xml: spliced(xml, splices), overwroteFormula };
}

function newRowSplices(xml: string, sheetData: Span, rows: { span: Span; index: number }[], added: [number, string][]): Splice[] {
  return added.length === 0
    ? []
    : intoElement(
        xml,
        sheetData,
        added.map(([index, text]) => ({ at: rows.find((r) => r.index > index)?.span.start, text })),
      );
}

/** The column's width set, splitting a <col> range that covers it so its neighbours keep theirs. */
function widthSplices(
  xml: string,
  located: Located,
  { column, width }: { column: number; width: number },
  fragment: (t: string) => string,
): Splice[] {
  const own = `<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`;
  const cols = located.top.find((s) => s.name === 'cols');
  if (!cols) return [{ at: insertPoint(located, 'cols'), length: 0, text: fragment(`<cols>${own}</cols>`) }];
  const covering = located.cols.find((c) => Number(c.attributes.min) <= column && column <= Number(c.attributes.max));
  if (!covering) {
    const next = located.cols.find((c) => Number(c.attributes.min) > column);
    return intoElement(xml, cols, [{ at: next?.start, text: fragment(own) }]);
  }
  const tag = xml.slice(covering.start, covering.openEnd).replace(/\s*\/?>$/, '/>');
  const min = Number(covering.attributes.min);
  const max = Number(covering.attributes.max);
  const part = (low: number, high: number, extra: Record<string, string> = {}) => {
    let t = withAttribute(withAttribute(tag, 'min', String(low)), 'max', String(high));
    for (const [name, value] of Object.entries(extra)) t = withAttribute(t, name, value);
    return t;
  };
  const pieces = [
    min < column ? part(min, column - 1) : '',
    part(column, column, { width: String(width), customWidth: '1' }),
    column < max ? part(column + 1, max) : '',
  ];
  return [{ at: covering.start, length: covering.end - covering.start, text: pieces.join('') }];
}

function mergeSplices(xml: string, located: Located, merges: string[], fragment: (t: string) => string): Splice[] {
  const cells = merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('');
  const existing = located.top.find((s) => s.name === 'mergeCells');
  if (!existing)
    return [
      { at: insertPoint(located, 'mergeCells'), length: 0, text: fragment(`<mergeCells count="${merges.length}">${cells}</mergeCells>`) },
    ];
  const count = Number(existing.attributes.count ?? 0) + merges.length;
  return intoElement(xml, existing, [{ text: cells }], { count: String(count) });
}

/** The <dimension> widened to take in the cells written. */
function dimensionSplices(xml: string, located: Located, edits: SheetEdits): Splice[] {
  const dimension = located.top.find((s) => s.name === 'dimension');
  if (!dimension || edits.cells.size === 0) return [];
  const [from, to = from] = (dimension.attributes.ref ?? '').split(':');
  let [top, left] = cellPosition(from);
  let [bottom, right] = cellPosition(to);
  if (top === 0) return [];
  for (const [row, writes] of edits.cells)
    for (const column of writes.keys()) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  const ref = `${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`;
  return [
    {
      at: dimension.start,
      length: dimension.openEnd - dimension.start,
      text: withAttribute(xml.slice(dimension.start, dimension.openEnd), 'ref', ref),
    },
  ];
}

/** The highest priority any conditional format of the sheet has, so the product's come after the officer's. */
export function highestPriority(xml: string): number {
  let highest = 0;
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority="(\d+)"/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}
