import * as React from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import {
  Cell,
  RAGS,
  RAG_TEXT,
  SheetGrid,
  address,
  columnLetter,
  isPlanSheet,
  parseAddress,
  rowIndices,
  tableRowSpans,
  withBullets,
} from '../plan';
import { RAG_COLOURS } from '../workbook/ragColours';
import type { Selection } from './previewWorkbook';
import type { Area } from '../workbook/sheets';

function inAreas(areas: Area[] | undefined, row: number, col: number): boolean {
  return (areas ?? []).some(([top, left, bottom, right]) => row >= top && row <= bottom && col >= left && col <= right);
}

/** The row of column letters, in px: a plan table's header row sticks just under it. */
const LETTERS_HEIGHT = 22;

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1 },
  scroller: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: `${LETTERS_HEIGHT}px`,
    boxSizing: 'border-box',
    background: tokens.colorNeutralBackground3,
    fontWeight: 'normal',
    color: tokens.colorNeutralForeground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
  },
  rowHead: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: 'right',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
  },
  // Words wrap at spaces; only a word longer than the widest cell is broken.
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    verticalAlign: 'top',
    maxWidth: '260px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
  },
  // A plan table's header row stays in view under the column letters while its rows scroll (its own tbody bounds it).
  tableHeader: {
    position: 'sticky',
    top: `${LETTERS_HEIGHT}px`,
    zIndex: 1,
    background: tokens.colorNeutralBackground1,
    boxShadow: `0 1px 0 ${tokens.colorNeutralStroke1}`,
  },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', background: tokens.colorBrandBackground2 },
});

/** A cell's own solid fill (a RAG kept as a colour), with text that stays readable on it. */
function fillStyle(fill: string | undefined): React.CSSProperties | undefined {
  if (!fill) return undefined;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16));
  return { background: fill, color: 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#000000' : '#FFFFFF' };
}

/** The rows to draw: those holding anything, with one marker row for each run of empty rows between them. */
function drawnRows(grid: SheetGrid): ({ row: number } | { gap: [number, number] })[] {
  const drawn: ({ row: number } | { gap: [number, number] })[] = [];
  let previous = -1;
  for (const row of rowIndices(grid)) {
    if (row > previous + 2) drawn.push({ gap: [previous + 1, row - 1] });
    else if (row === previous + 2) drawn.push({ row: previous + 1 });
    drawn.push({ row });
    previous = row;
  }
  return drawn;
}

/**
 * The drawn rows cut into one part per plan table (its header to its last
 * row) and parts between them, so a table's header sticks only while its
 * own rows are in view.
 */
function segments<T extends { row: number } | { gap: [number, number] }>(
  rows: T[],
  tables: readonly { headerRow: number; endRow: number }[],
): { key: string; rows: T[] }[] {
  const found: { key: string; rows: T[] }[] = [{ key: 'top', rows: [] }];
  for (const drawn of rows) {
    const first = 'row' in drawn ? drawn.row : drawn.gap[0];
    if (tables.some((table) => table.headerRow === first)) found.push({ key: `table-${first}`, rows: [] });
    else if (tables.some((table) => table.endRow === first)) found.push({ key: `after-${first}`, rows: [] });
    found[found.length - 1].rows.push(drawn);
  }
  return found.filter((segment) => segment.rows.length > 0);
}

/** The colour the product's conditional formats give a Computed RAG cell: its worst RAG. */
function ragStyle(text: string): React.CSSProperties | undefined {
  const rag = RAGS.find((r) => text.split('; ').includes(RAG_TEXT[r]));
  return rag && { background: RAG_COLOURS[rag].fill, color: RAG_COLOURS[rag].font, fontWeight: 600 };
}

export interface GridViewProps {
  grids: SheetGrid[];
  /** Sheet → the cells the product coloured as RAG (Computed RAG columns, summary sheets). */
  ragAreas: Map<string, Area[]>;
  selection: Selection | null;
}

/** The workbook as a grid with sheet tabs: what Excel would show beside the pane. */
export function GridView({ grids, ragAreas, selection }: GridViewProps) {
  const styles = useStyles();
  const [sheet, setSheet] = React.useState((grids.find(isPlanSheet) ?? grids.find((g) => !g.hidden) ?? grids[0])?.name ?? '');
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  // A new finding to show opens its sheet (React's "adjust state when a prop changes" pattern, not an effect).
  const [shown, setShown] = React.useState(selection);
  if (selection !== shown) {
    setShown(selection);
    if (selection) setSheet(selection.sheet);
  }
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selection, sheet]);
  const grid = grids.find((g) => g.name === sheet) ?? grids[0];
  const tables = React.useMemo(() => (grid ? tableRowSpans(grid) : []), [grid]);
  const headerRows = new Set(tables.map((table) => table.headerRow));
  if (!grid) return null;
  let width = 0;
  for (const r of rowIndices(grid)) width = Math.max(width, grid.rows[r]!.length);
  const target = selection && selection.sheet === grid.name ? parseAddress(selection.cell) : null;
  const spans = mergeSpans(grid);
  const cellAt = (r: number, c: number, sticky: boolean) => {
    const cell: Cell | undefined = grid.rows[r]?.[c];
    if (cell?.master) return null;
    const isTarget = target !== null && target.row === r && target.col === c;
    const rag = cell && inAreas(ragAreas.get(grid.name), r, c) ? ragStyle(cell.text) : undefined;
    const span = spans.get(address(r, c));
    return (
      <td
        key={c}
        ref={isTarget ? selectedRef : undefined}
        data-cell={address(r, c)}
        aria-selected={isTarget || undefined}
        className={`${styles.cell} ${sticky ? styles.tableHeader : ''} ${isTarget ? styles.selected : ''}`}
        style={rag ?? fillStyle(cell?.fill)}
        rowSpan={span?.rows}
        colSpan={span?.cols}
      >
        {withBullets(cell?.text ?? '')}
      </td>
    );
  };
  return (
    <section className={styles.wrap} aria-label="Workbook">
      <TabList selectedValue={grid.name} onTabSelect={(_e, data) => setSheet(String(data.value))} aria-label="Sheets">
        {grids.map((g) => (
          <Tab key={g.name} value={g.name}>
            {g.hidden ? `${g.name} (hidden in Excel)` : g.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={`Cells of ${grid.name}`}>
        <table className={styles.table} aria-label={`Sheet ${grid.name}`}>
          <thead>
            <tr>
              <th className={styles.head} aria-label="Row" />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          {segments(drawnRows(grid), tables).map((segment) => (
            <tbody key={segment.key}>
              {segment.rows.map((drawn) =>
                'gap' in drawn ? (
                  <tr key={`gap-${drawn.gap[0]}`}>
                    <th className={styles.rowHead} scope="row">
                      ⋮
                    </th>
                    <td className={styles.cell} colSpan={Math.max(1, width)}>{`Rows ${drawn.gap[0] + 1}–${drawn.gap[1] + 1} are empty`}</td>
                  </tr>
                ) : (
                  <tr key={drawn.row} className={headerRows.has(drawn.row) ? styles.tableHeader : undefined}>
                    <th className={`${styles.rowHead} ${headerRows.has(drawn.row) ? styles.tableHeader : ''}`} scope="row">
                      {drawn.row + 1}
                    </th>
                    {Array.from({ length: width }, (_c, c) => cellAt(drawn.row, c, headerRows.has(drawn.row)))}
                  </tr>
                ),
              )}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

/** Row and column spans of merged areas, keyed by their top-left cell. */
function mergeSpans(grid: SheetGrid): Map<string, { rows: number; cols: number }> {
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const r of rowIndices(grid))
    grid.rows[r]!.forEach((cell, c) => {
      if (!cell?.master) return;
      const master = parseAddress(cell.master);
      const span = spans.get(cell.master) ?? { rows: 1, cols: 1 };
      spans.set(cell.master, { rows: Math.max(span.rows, r - master.row + 1), cols: Math.max(span.cols, c - master.col + 1) });
    });
  return spans;
}
