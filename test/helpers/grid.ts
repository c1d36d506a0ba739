import { Cell, SheetGrid, parseAddress } from '../../src/plan';

/** A cell's value; { fill } for a cell coloured with a solid fill (with or without text). */
export type GridValue = string | number | Date | null | undefined | { error: string } | { fill: string; text?: string };

export function cell(value: GridValue): Cell | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return { value, text: value.toISOString().slice(0, 10), kind: 'date' };
  if (typeof value === 'number') return { value, text: String(value), kind: 'number' };
  if (typeof value === 'string') return { value, text: value, kind: 'text' };
  if ('fill' in value) return { ...(cell(value.text) ?? { value: null, text: '', kind: 'empty' }), fill: value.fill };
  return { value: value.error, text: value.error, kind: 'error' };
}

/** A sheet grid from rows of plain values; merges as "A2:A4" leave the covered cells empty with their master. */
export function grid(name: string, rows: GridValue[][], merges: string[] = []): SheetGrid {
  const cells = rows.map((row) => {
    const out: Cell[] = [];
    row.forEach((value, col) => {
      const made = cell(value);
      if (made) out[col] = made;
    });
    return out;
  });
  for (const range of merges) {
    const [from, to] = range.split(':').map(parseAddress);
    for (let r = from.row; r <= to.row; r += 1) {
      for (let c = from.col; c <= to.col; c += 1) {
        if (r === from.row && c === from.col) continue;
        cells[r] ??= [];
        cells[r][c] = { value: null, text: '', kind: 'empty', master: range.split(':')[0] };
      }
    }
  }
  return { name, rows: cells };
}

export const HEADER = ['Ref', 'Action', 'Lead', 'Timescale', 'Measure', 'Progress', 'RAG'];
