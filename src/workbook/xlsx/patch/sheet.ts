import { columnLetter } from '../../../plan';
import { fragmentIn } from './namespace';
import { Span, Splice, spansOf, spliced, withAttribute } from './spans';

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
  /** Whole <conditionalFormatting> elements, added after the sheet's own. */
  conditionalFormats?: string[];
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
      row = attribute('r') ? Number(attribute('r')) : row + 1;
      column = 0;
      wanted = true;
    } else if (depth === 3 && inSheetData && name === 'c') {
      column = attribute('r') ? cellPosition(attribute('r')!)[1] : column + 1;
      wanted = edited.has(row);
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
    const inserted: Splice[] = [];
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
        inserted.push({ at: next ? next.span.start : row.closeStart, length: 0, text: fragment(writes.get(column)!(undefined)) });
      }
    }
    let openTag = xml.slice(row.start, row.openEnd);
    const selfClosing = row.openEnd === row.end && openTag.endsWith('/>');
    if (row.attributes.spans) {
      const [low, high] = row.attributes.spans.split(':').map(Number);
      if (low > 0 && high > 0)
        openTag = withAttribute(openTag, 'spans', `${Math.min(low, columns[0])}:${Math.max(high, columns[columns.length - 1])}`);
    }
    if (selfClosing) {
      splices.push({
        at: row.start,
        length: row.end - row.start,
        text: `${openTag.replace(/\s*\/>$/, '>')}${inserted.map((s) => s.text).join('')}</${row.tag}>`,
      });
    } else {
      if (openTag !== xml.slice(row.start, row.openEnd)) splices.push({ at: row.start, length: row.openEnd - row.start, text: openTag });
      splices.push(...inserted);
    }
  }
  splices.push(...newRowSplices(xml, sheetData, located.rows, newRows));
  if (edits.width) splices.push(...widthSplices(xml, located, edits.width, fragment));
  if (edits.merges?.length) splices.push(...mergeSplices(xml, located, edits.merges, fragment));
  if (edits.conditionalFormats?.length)
    splices.push({ at: insertPoint(located, 'conditionalFormatting'), length: 0, text: edits.conditionalFormats.map(fragment).join('') });
  splices.push(...dimensionSplices(xml, located, edits));
  return { xml: spliced(xml, splices), overwroteFormula };
}

function newRowSplices(xml: string, sheetData: Span, rows: { span: Span; index: number }[], added: [number, string][]): Splice[] {
  if (added.length === 0) return [];
  const selfClosing = sheetData.openEnd === sheetData.end && xml.slice(sheetData.start, sheetData.openEnd).endsWith('/>');
  if (selfClosing) {
    const open = xml.slice(sheetData.start, sheetData.openEnd).replace(/\s*\/>$/, '>');
    return [
      {
        at: sheetData.start,
        length: sheetData.end - sheetData.start,
        text: `${open}${added.map(([, text]) => text).join('')}</${sheetData.tag}>`,
      },
    ];
  }
  return added.map(([index, text]) => {
    const next = rows.find((r) => r.index > index);
    return { at: next ? next.span.start : sheetData.closeStart, length: 0, text };
  });
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
    if (cols.openEnd === cols.end) {
      return [
        {
          at: cols.start,
          length: cols.end - cols.start,
          text: `${xml.slice(cols.start, cols.openEnd).replace(/\s*\/>$/, '>')}${fragment(own)}</${cols.tag}>`,
        },
      ];
    }
    return [{ at: next ? next.start : cols.closeStart, length: 0, text: fragment(own) }];
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
  const openTag = xml.slice(existing.start, existing.openEnd);
  const count = Number(existing.attributes.count ?? 0) + merges.length;
  if (existing.openEnd === existing.end) {
    return [
      {
        at: existing.start,
        length: existing.end - existing.start,
        text: `${withAttribute(openTag.replace(/\s*\/>$/, '>'), 'count', String(count))}${cells}</${existing.tag}>`,
      },
    ];
  }
  return [
    { at: existing.start, length: existing.openEnd - existing.start, text: withAttribute(openTag, 'count', String(count)) },
    { at: existing.closeStart, length: 0, text: cells },
  ];
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
