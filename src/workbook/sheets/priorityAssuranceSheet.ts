import {
  AssessmentEntry,
  PRIORITY_ASSURANCE_COLUMNS,
  PRIORITY_ASSURANCE_HEADER_ROW,
  PriorityAssuranceColumn,
  SheetGrid,
  assuranceRow,
} from '../../plan';
import { logSheet } from './logSheet';
import { STYLES } from './styles';
import type { SheetSpec } from './spec';

/** Widths in characters, by column. */
const WIDTHS: Record<PriorityAssuranceColumn, number> = {
  Priority: 10,
  Date: 12,
  'Comments from the subgroup': 36,
  Recommendations: 30,
  'Risks and mitigation': 30,
  'Proposed RAG': 10,
  'Executive comments': 36,
  'Risks and mitigation (executive)': 30,
  'Decided RAG': 10,
  Recorded: 18,
};

/**
 * A proposal or decision recorded through the product, appended below the
 * entries already on its Priority Assurance sheet (never rewritten), or on
 * a new sheet: read back by the check like any action log.
 */
export function priorityAssuranceSheet(entry: AssessmentEntry, recorded: string, name: string, existing: SheetGrid | undefined): SheetSpec {
  const { spec, layout } = logSheet(
    'Priority Assurance',
    "each priority's proposals (the subgroup's) and decisions (the executive's), as recorded.",
    name,
    existing,
    PRIORITY_ASSURANCE_HEADER_ROW,
    PRIORITY_ASSURANCE_COLUMNS.map((column) => ({ name: column, width: WIDTHS[column] })),
  );
  const row = assuranceRow(entry, recorded);
  layout.add(
    PRIORITY_ASSURANCE_COLUMNS.map((column) => row[column]),
    { style: STYLES.body, rag: [PRIORITY_ASSURANCE_COLUMNS.indexOf('Proposed RAG'), PRIORITY_ASSURANCE_COLUMNS.indexOf('Decided RAG')] },
  );
  return spec;
}
