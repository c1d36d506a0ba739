import { CellUpdate, LOGGED_ROLE, SheetGrid, UPDATE_LOG_COLUMNS, UPDATE_LOG_HEADER_ROW, UpdateLogColumn, columnLetter } from '../../plan';
import { logSheet } from './logSheet';
import { SheetSpec, SpecValue } from './spec';
import { STYLES } from './styles';

/** Widths in characters, by column. */
const WIDTHS: Record<UpdateLogColumn, number> = {
  When: 18,
  Return: 34,
  Action: 40,
  Sheet: 16,
  Cell: 8,
  Column: 16,
  'Old value': 40,
  'New value': 40,
};

/**
 * Every cell a merge wrote into the plan — when, from which return, for
 * which action, which cell and column, the old value and the new — appended
 * below the entries already logged (never rewritten), or on a new sheet.
 */
export function updateLogSheet(updates: readonly CellUpdate[], when: string, name: string, existing: SheetGrid | undefined): SheetSpec {
  const { spec, layout } = logSheet(
    'Update Log',
    'every cell a merge of update returns wrote into the plan, with its old value.',
    name,
    existing,
    UPDATE_LOG_HEADER_ROW,
    UPDATE_LOG_COLUMNS.map((column) => ({ name: column, width: WIDTHS[column] })),
  );
  for (const update of updates) {
    const row: Record<UpdateLogColumn, SpecValue> = {
      When: when,
      Return: update.file,
      Action: update.key,
      Sheet: update.sheet,
      Cell: `${columnLetter(update.col)}${update.row + 1}`,
      Column: LOGGED_ROLE[update.role],
      'Old value': update.oldValue,
      'New value': update.value,
    };
    layout.add(
      UPDATE_LOG_COLUMNS.map((column) => row[column]),
      { style: STYLES.body },
    );
  }
  return spec;
}
