import { foldHeader } from './text';
import { remembered } from './remembered';
import { MONTH_PATTERN, monthNumber, fullYear } from './calendar';

/** What a column of a plan table holds. */
export type ColumnRole =
  | 'ref'
  | 'priority'
  | 'objective'
  | 'action'
  | 'owner'
  | 'support'
  | 'partners'
  | 'start'
  | 'due'
  | 'revisedDue'
  | 'delayReason'
  | 'measure'
  | 'progress'
  | 'status'
  | 'percentComplete'
  | 'recordedRag';

/** The header of the column the product writes beside a plan table: never read as the plan's own RAG. */
export const RAG_HEADER = 'Computed RAG';

interface RoleTerms {
  role: ColumnRole;
  /** Key terms: a header holding one of them (as whole words, plurals too) names the role. */
  terms: readonly string[];
  /** A header holding one of these does not name the role, whatever else it holds. */
  not?: readonly string[];
}

/**
 * Every word boards use in a column header, in one place: key terms per
 * role, tried in this order (the first role a header names wins), with the
 * exclusions that keep near misses out ("Start date" is not the due date,
 * "Lead partners involved" is not the owner, "Date of last update" is
 * nothing). Headers are compared folded (case, line breaks, punctuation and
 * years ignored), so "When is it going\nto be done by?" and "In 2014/5 we
 * will" match. Add a board's wording here and nowhere else.
 */
export const COLUMN_TERMS: readonly RoleTerms[] = [
  {
    role: 'recordedRag',
    terms: ['rag', 'brag', 'rayg', 'ragb', 'r a g', 'b r a g', 'r a y g', 'red amber green', 'rating'],
    not: [RAG_HEADER],
  },
  /** Progress phrases that name a measure or a date and are still progress ("Progress against target"). */
  {
    role: 'progress',
    terms: ['progress against', 'progress towards', 'progress to date', 'progress update', 'progress made', 'update on progress'],
  },
  {
    role: 'percentComplete',
    terms: ['% complete', '% completed', '% done', 'percent complete', 'percentage complete', 'per cent complete', 'percentage', '%'],
  },
  { role: 'start', terms: ['start', 'start date', 'starts', 'started', 'commence', 'commencement', 'begin', 'from date', 'date from'] },
  /** A date the action has slipped to: kept beside the due date, which stays the baseline. */
  {
    role: 'revisedDue',
    terms: [
      'revised date',
      'revised due date',
      'revised timescale',
      'revised deadline',
      'revised target',
      'revised target date',
      'revised completion date',
      'revised end date',
      'new date',
      'new target date',
      'new deadline',
      'new timescale',
      'date revised to',
      'rescheduled to',
    ],
  },
  {
    role: 'delayReason',
    terms: [
      'reason for delay',
      'reasons for delay',
      'delay reason',
      'reason for slippage',
      'slippage reason',
      'reason for revision',
      'reason for change',
      'reason for new date',
      'why delayed',
      'explanation of delay',
    ],
  },
  {
    role: 'due',
    terms: [
      'timescale',
      'timescales',
      'timeframe',
      'deadline',
      'due',
      'by when',
      'target date',
      'target',
      'end date',
      'completion date',
      'date for completion',
      'completed by',
      'complete by',
      'done by',
      'delivered by',
      'date',
      'when',
    ],
    not: [
      'last update',
      'updated',
      'date of update',
      'update date',
      'date raised',
      'date added',
      'date agreed',
      'date of review',
      'review date',
      'revised',
      'to date',
      'date of last',
    ],
  },
  { role: 'support', terms: ['supported by', 'support from', 'supporting', 'supporting officer', 'supporting agency', 'co lead'] },
  {
    role: 'partners',
    terms: ['partners', 'partner', 'partnership', 'partnerships', 'partners involved', 'involved', 'contributors', 'other agencies'],
  },
  {
    role: 'owner',
    terms: [
      'lead',
      'leads',
      'owner',
      'owners',
      'responsible',
      'responsibility',
      'accountable',
      'who',
      'by whom',
      'lead officer',
      'lead agency',
    ],
    not: ['lead in', 'leading to'],
  },
  {
    role: 'measure',
    terms: [
      'measure',
      'measures',
      'measurement',
      'measured',
      'evidence',
      'impact',
      'success',
      'how will we know',
      'kpi',
      'indicator',
      'indicators',
      'monitoring',
      'evaluation',
      'output',
      'outcome measure',
      'success criteria',
    ],
  },
  { role: 'status', terms: ['status'] },
  {
    role: 'progress',
    terms: ['progress', 'update', 'updates', 'commentary', 'comment', 'comments', 'position', 'narrative', 'notes'],
    not: ['date of'],
  },
  {
    role: 'action',
    terms: [
      'action',
      'actions',
      'activity',
      'activities',
      'task',
      'tasks',
      'we will',
      'what will we do',
      'what are we going to do',
      'what we will do',
      'specific actions',
    ],
    not: ['action owner', 'action lead', 'action no', 'action number', 'action ref', 'action plan', 'action id', 'action log'],
  },
  {
    role: 'objective',
    terms: [
      'objective',
      'objectives',
      'deliverable',
      'deliverables',
      'area for improvement',
      'areas for improvement',
      'outcome',
      'outcomes',
      'aim',
      'aims',
      'goal',
      'goals',
    ],
  },
  { role: 'priority', terms: ['priority', 'priorities', 'theme', 'themes', 'workstream', 'work stream', 'strand', 'strategic priority'] },
  { role: 'ref', terms: ['ref', 'reference', 'no', 'number', 'id', 'action no', 'action number', 'action ref', 'action id'] },
];

/**
 * What each line (or column) of a priority's assurance log holds: the
 * subgroup's comments, recommendations and risks and its proposed RAG; the
 * executive's comments and its decided RAG; the date. Labels are matched as
 * column headers are (whole words, folded), tried in this order; risks
 * written after the proposal are the executive's.
 */
export type AssuranceRole = 'decidedRag' | 'proposedRag' | 'execComments' | 'recommendations' | 'risks' | 'subgroupComments' | 'date';

export const ASSURANCE_TERMS: readonly { role: AssuranceRole; terms: readonly string[] }[] = [
  {
    role: 'decidedRag',
    terms: [
      'rag rating decision',
      'rating decision',
      'rag decision',
      'decided rag',
      'agreed rag',
      'agreed rating',
      'board decision',
      'executive decision',
      'exec decision',
      'assurance level',
      'level of assurance',
    ],
  },
  {
    role: 'proposedRag',
    terms: ['rag rating proposal', 'rating proposal', 'rag proposal', 'proposed rag', 'proposed rating', 'subgroup rag', 'sub group rag'],
  },
  {
    role: 'execComments',
    terms: [
      'comments by executive',
      'comments by exec',
      'comments from executive',
      'comments from exec',
      'executive comments',
      'executive group comments',
      'exec comments',
      'board comments',
    ],
  },
  { role: 'recommendations', terms: ['recommendation', 'recommendations'] },
  { role: 'risks', terms: ['risk', 'risks', 'identified risks', 'mitigation'] },
  { role: 'subgroupComments', terms: ['comments from', 'subgroup comments', 'sub group comments', 'comment', 'comments', 'commentary'] },
  { role: 'date', terms: ['date', 'review date', 'date of review', 'meeting date'] },
];

/** Each line of an action log as the Update Log names it when the product writes one. */
export const ASSURANCE_LABEL: Readonly<Record<AssuranceRole, string>> = {
  decidedRag: 'Decided RAG',
  proposedRag: 'Proposed RAG',
  execComments: 'Executive comments',
  recommendations: 'Recommendations',
  risks: 'Risks and mitigation',
  subgroupComments: 'Subgroup comments',
  date: 'Date',
};

/** The title of an assurance log block ("Action Log", "Assurance log"). */
const ASSURANCE_LOG_TITLE = termPattern(['action log', 'assurance log', 'priority assurance']);
const assurancePatterns = ASSURANCE_TERMS.map(({ role, terms }) => ({ role, terms: termPattern(terms) }));

/** The role an assurance log's label or header names ("RAG Rating proposal by SEG:" → proposedRag), or null. */
export function readAssuranceLabel(text: string): AssuranceRole | null {
  if (text.length > HEADER_MAX_LENGTH || !TERM_CHARACTER.test(text)) return null;
  const folded = foldForTerms(text);
  if (folded === '' || folded.split(' ').length > HEADER_MAX_WORDS) return null;
  return assurancePatterns.find(({ terms }) => terms.test(folded))?.role ?? null;
}

/** Whether a cell titles an assurance log block. */
export function isAssuranceLogTitle(text: string): boolean {
  // Every cell of a plan is asked: most are turned away before any folding.
  return text.length <= HEADER_MAX_LENGTH && LOG_WORD.test(text) && ASSURANCE_LOG_TITLE.test(foldForTerms(text));
}

/** A word every log title holds. */
const LOG_WORD = /log|assurance/i;

/** Roles whose columns may be kept per period ("Q1 update | Q1 RAG | Q2 update …"). */
const PERIODIC_ROLES: readonly ColumnRole[] = ['progress', 'recordedRag', 'status'];

/** A period a column header names: a financial quarter or a month, with its year where given. */
export interface PeriodMark {
  /** As the header names it, for reports: "Q2", "Sep 22". */
  label: string;
  quarter?: number;
  month?: number;
  /** Calendar year of a month, or start year of a quarter's financial year; undefined when not written. */
  year?: number;
}

export interface HeaderReading {
  role: ColumnRole;
  period?: PeriodMark;
}

const termPatterns = COLUMN_TERMS.map(({ role, terms, not }) => ({ role, terms: termPattern(terms), not: not && termPattern(not) }));

/** Every role's terms in one pattern: most cells tried as headers are data naming no column, turned away by one test. */
const ANY_TERM = new RegExp(termPatterns.map(({ terms }) => terms.source).join('|'));

/** A header's words match a term's words in sequence, each as written or plural (s, es). */
function termPattern(terms: readonly string[]): RegExp {
  const alternatives = terms.map((term) => {
    const folded = foldForTerms(term);
    return folded
      .split(' ')
      .filter(Boolean)
      .map((word) => (word === '%' ? '%' : `${escape(word)}(?:e?s)?`))
      .join(' ');
  });
  return new RegExp(`(?:^| )(?:${alternatives.join('|')})(?= |$)`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded as for matching, but keeping "%" (a % complete column). */
function foldForTerms(text: string): string {
  return foldHeader(text.replace(/%/g, ' pct ')).replace(/\bpct\b/g, '%');
}

/** Longer than any header boards write, even with line breaks and years: not a header, and not worth folding. */
const HEADER_MAX_LENGTH = 64;
const HEADER_MAX_WORDS = 9;
/** Every key term has a letter or is "%": a cell with neither ("1.5", "31/03/2020") names no column, and is not worth folding. */
const TERM_CHARACTER = /[a-z%]/i;

/** The role a header cell names (and the period, for per-period columns), or null. */
export function readHeader(text: string): HeaderReading | null {
  if (text.length > HEADER_MAX_LENGTH || !TERM_CHARACTER.test(text)) return null;
  return matchHeader(text);
}

/** Every row is tried as a header; plans repeat the same short texts (leads, timescales, RAG) thousands of times. */
const matchHeader = remembered((text: string): HeaderReading | null => {
  const folded = foldForTerms(text);
  if (folded === '' || folded.split(' ').length > HEADER_MAX_WORDS) return null;
  if (!ANY_TERM.test(folded)) return null;
  const found = termPatterns.find(({ terms, not }) => terms.test(folded) && !(not && not.test(folded)));
  if (!found) return null;
  const period = PERIODIC_ROLES.includes(found.role) ? periodOfHeader(text) : undefined;
  return period ? { role: found.role, period } : { role: found.role };
});

const QUARTER = /\b(?:q|quarter\s*)([1-4])\b(?:\s*(?:of\s+)?((?:19|20)?\d{2})\s*[/-]\s*\d{2,4})?/i;
const MONTH = new RegExp(`\\b(${MONTH_PATTERN})\\b\\.?(?:\\s*[-'’]?\\s*((?:19|20)?\\d{2})\\b)?`, 'i');

/** "Q2", "Quarter 3 2022/23", "(Jun 22)", "September": the period a progress or RAG column is kept for. */
function periodOfHeader(text: string): PeriodMark | undefined {
  const quarter = QUARTER.exec(text);
  if (quarter) {
    return { label: `Q${quarter[1]}`, quarter: Number(quarter[1]), ...(quarter[2] && { year: fullYear(quarter[2]) }) };
  }
  const month = MONTH.exec(text);
  // Without a year a month must be capitalised: "Progress (may be blank)" names no month.
  if (!month || (!month[2] && !/^[A-Z]/.test(month[1]))) return undefined;
  const label = month[2] ? `${month[1].slice(0, 3)} ${month[2].slice(-2)}` : month[1];
  return { label, month: monthNumber(month[1]), ...(month[2] && { year: fullYear(month[2]) }) };
}

/** Key terms for a role, for messages ("looked for: timescale, due, by when, …"). */
export function synonymsFor(role: ColumnRole, max = 4): string {
  const list = COLUMN_TERMS.find((entry) => entry.role === role)?.terms ?? [];
  return (
    list
      .slice(0, max)
      .map((term) => `"${term}"`)
      .join(', ') + (list.length > max ? ', …' : '')
  );
}

export const ROLE_LABEL: Record<ColumnRole, string> = {
  ref: 'reference',
  priority: 'priority',
  objective: 'objective',
  action: 'action',
  owner: 'owner (lead)',
  support: 'supporting lead',
  partners: 'partners',
  start: 'start date',
  due: 'due date (timescale)',
  revisedDue: 'revised date',
  delayReason: 'reason for delay',
  measure: 'measure',
  progress: 'progress',
  status: 'status',
  percentComplete: '% complete',
  recordedRag: 'RAG',
};
