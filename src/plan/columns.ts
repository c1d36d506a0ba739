import { foldHeader } from './text';

/** What a column of a plan table holds. */
export type ColumnRole =
  | 'ref'
  | 'objective'
  | 'action'
  | 'owner'
  | 'partners'
  | 'due'
  | 'measure'
  | 'progress'
  | 'recordedRag';

/**
 * Every header boards are known to write for each column role, in one place.
 * Headers are compared folded (case, line breaks, punctuation and years
 * ignored), so "When is it going\nto be done by?" and "In 2014/5 we will" match.
 * Add a board's wording here and nowhere else.
 */
export const COLUMN_SYNONYMS: Record<ColumnRole, readonly string[]> = {
  ref: ['Ref. no.', 'Ref', 'Ref no', 'Reference', 'No.', 'Number', 'Action no.', 'ID'],
  objective: [
    'Objective', 'Objectives', 'Key Deliverables', 'Key Deliverable', 'Deliverable', 'Ofsted Area for Improvement',
    'Area for Improvement', 'Outcome', 'Outcomes', 'Theme', 'Aim', 'Strategic objective', 'Key objective',
  ],
  action: [
    'What are we going to do?', 'In 2014/5 we will', 'We will', 'Activity', 'Activities', 'Action', 'Actions',
    'Specific Actions', 'Action required', 'Actions required', 'Key actions', 'Task', 'Tasks', 'What will we do?',
  ],
  owner: [
    'Who is responsible?', 'Who will lead?', 'Lead', 'Leads', 'Lead officer', 'Lead agency', 'Lead person',
    'Responsible officer', 'Responsible', 'Owner', 'Action owner', 'By whom', 'Who', 'Lead subgroup',
  ],
  partners: ['Other Partnerships involved', 'Partners', 'Partners involved', 'Other partners', 'Supported by'],
  due: [
    'When is it going to be done by?', 'Timescale', 'Timescales', 'Timescale/Target', 'By When', 'Target date',
    'Target', 'Deadline', 'Due', 'Due date', 'Completion date', 'Date for completion', 'When', 'Timeframe',
  ],
  measure: [
    'How will we measure progress and impact?', 'Outcome/Evidence Measure', 'Output/Outcome measurement',
    'Monitoring and Evaluation', 'Measure', 'Measures', 'Evidence', 'Success measure', 'Success measures',
    'Success criteria', 'Outcome measure', 'Impact', 'How will we know?', 'Measure of success',
  ],
  progress: ['Progress', 'Progress update', 'Update', 'Status', 'Commentary', 'Progress to date', 'Comments', 'Latest update'],
  recordedRag: ['RAG', 'RAG rating', 'R/A/G', 'RAG status', 'RAG rating decision', 'Status (RAG)', 'RAG score'],
};

const ROLE_BY_HEADER: ReadonlyMap<string, ColumnRole> = (() => {
  const map = new Map<string, ColumnRole>();
  for (const [role, headers] of Object.entries(COLUMN_SYNONYMS) as [ColumnRole, readonly string[]][]) {
    for (const header of headers) map.set(foldHeader(header), role);
  }
  return map;
})();

/** Longer than any synonym even with line breaks and years: not a header, and not worth folding. */
const HEADER_MAX_LENGTH = 64;

/** The role a header cell names, or null. */
export function roleOfHeader(text: string): ColumnRole | null {
  if (text.length > HEADER_MAX_LENGTH) return null;
  let role = recentRoles.get(text);
  if (role === undefined) {
    if (recentRoles.size > 10_000) recentRoles.clear();
    role = ROLE_BY_HEADER.get(foldHeader(text)) ?? null;
    recentRoles.set(text, role);
  }
  return role;
}

/** Every row is tried as a header; plans repeat the same short texts (leads, timescales, RAG) thousands of times. */
const recentRoles = new Map<string, ColumnRole | null>();

/** Headers for a role, for messages ("looked for: Timescale, By When, …"). */
export function synonymsFor(role: ColumnRole, max = 4): string {
  const list = COLUMN_SYNONYMS[role];
  return list.slice(0, max).map((header) => `"${header}"`).join(', ') + (list.length > max ? ', …' : '');
}

export const ROLE_LABEL: Record<ColumnRole, string> = {
  ref: 'reference',
  objective: 'objective',
  action: 'action',
  owner: 'owner (lead)',
  partners: 'partners',
  due: 'due date (timescale)',
  measure: 'measure',
  progress: 'progress',
  recordedRag: 'RAG',
};
