import { CellUpdate, SheetGrid, columnLetter, ownSheetMark } from '../../plan';
import { Layout } from './layout';
import { SheetSpec, SpecValue, emptySpec } from './spec';
import { STYLES } from './styles';

/** The Update Log's columns, by name, with their widths in characters. */
const COLUMNS = [
  ['When', 18],
  ['Return', 34],
  ['Action', 40],
  ['Sheet', 16],
  ['Cell', 8],
  ['Column', 16],
  ['Old value', 40],
  ['New value', 40],
] as const;
type Column = (typeof COLUMNS)[number][0];
/** 0-based row of the column headers (row 0 holds the product's mark). */
const HEADER_ROW = 1;

const ROLE_NAMES: Record<CellUpdate['role'], string> = {
  progress: 'Progress',
  recordedRag: 'RAG',
  revisedDue: 'Revised date',
  delayReason: 'Reason for delay',
};

/**
 * Every cell a merge wrote into the plan — when, from which return, for
 * which action, which cell and column, the old value and the new — appended
 * below the entries already logged (never rewritten), or on a new sheet.
 */
export function updateLogSheet(updates: readonly CellUpdate[], when: string, name: string, existing: SheetGrid | undefined): SheetSpec {
  const spec = existing ? emptySpec(name, 'append', Math.max(existing.rows.length, HEADER_ROW + 1)) : emptySpec(name);
  spec.widths = COLUMNS.map(([, width]) => width);
  const layout = new Layout(spec);
  if (!existing) {
    layout.add([ownSheetMark('Update Log', 'every cell a merge of update returns wrote into the plan, with its old value.')], {
      style: STYLES.mark,
    });
    layout.add(
      COLUMNS.map(([column]) => column),
      { style: STYLES.header },
    );
    spec.freezeRows = HEADER_ROW + 1;
    spec.print = { landscape: true, titleRows: [HEADER_ROW, HEADER_ROW] };
  }
  for (const update of updates) {
    const row: Record<Column, SpecValue> = {
      When: when,
      Return: update.file,
      Action: update.key,
      Sheet: update.sheet,
      Cell: `${columnLetter(update.col)}${update.row + 1}`,
      Column: ROLE_NAMES[update.role],
      'Old value': update.old,
      'New value': update.value,
    };
    layout.add(
      COLUMNS.map(([column]) => row[column]),
      { style: STYLES.body },
    );
  }
  return spec;
}
