import { OwnSheetKind, SheetGrid, ownSheetMark } from '../../plan';
import { Layout } from './layout';
import { SheetSpec, emptySpec } from './spec';
import { STYLES } from './styles';

/**
 * A sheet of the product's own that only grows (RAG History, Update Log):
 * rows appended below what it holds, never rewritten, or — the first time —
 * a new sheet with the product's mark, the column headers at `headerRow`,
 * frozen, and printed landscape with them on every page.
 */
export function logSheet(
  kind: OwnSheetKind,
  note: string,
  name: string,
  existing: SheetGrid | undefined,
  headerRow: number,
  columns: { name: string; width: number }[],
): { spec: SheetSpec; layout: Layout } {
  const spec = existing ? emptySpec(name, 'append', Math.max(existing.rows.length, headerRow + 1)) : emptySpec(name);
  spec.widths = columns.map((column) => column.width);
  const layout = new Layout(spec);
  if (!existing) {
    layout.add([ownSheetMark(kind, note)], { style: STYLES.mark });
    layout.add(
      columns.map((column) => column.name),
      { style: STYLES.header },
    );
    spec.freezeRows = headerRow + 1;
    spec.print = { landscape: true, titleRows: [headerRow, headerRow] };
  }
  return { spec, layout };
}
