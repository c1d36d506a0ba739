import { parseArgs } from 'node:util';
import { POLICIES, Rag, ReviewSettings, isoDay, parseIsoDay, readRecordedRag, today } from '../plan';

const POLICY_NAMES = POLICIES.map((policy) => policy.name).join(' | ');

export const USAGE = `Usage: board-plan check <file.xlsx|file.xlsm|file.csv> [--as-of YYYY-MM-DD] [--amber-days N] [--grace-days N] [--policy NAME] [--json]
       board-plan summary <file.xlsx|file.xlsm|file.csv> --out <out.xlsx|out.xlsm> [--as-of YYYY-MM-DD] [--snapshot] [--force] [--amber-days N] [--grace-days N] [--policy NAME]
       board-plan requests <file.xlsx|file.xlsm|file.csv> --out-dir DIR [--out <out.xlsx|out.xlsm>] [--as-of YYYY-MM-DD] [--return-by YYYY-MM-DD] [--return-to NAME] [--force]
       board-plan merge <file.xlsx|file.xlsm> <return.xlsx>... [--out <out.xlsx|out.xlsm>] [--as-of YYYY-MM-DD] [--progress replace|prepend] [--include-flagged] [--add-columns] [--force]
       board-plan undo <file.xlsx|file.xlsm> --out <out.xlsx|out.xlsm> [--force]
       board-plan record <file.xlsx|file.xlsm|file.csv> --priority CODE (--proposal RAG | --decision RAG) --out <out.xlsx|out.xlsm> [--comment TEXT] [--risks TEXT] [--recommendations TEXT] [--into-plan-log] [--as-of YYYY-MM-DD] [--force]

check: checks every plan table in an Excel workbook (or a plan saved as CSV) and computes RAG as of a date.
summary: writes a copy of the workbook with Computed RAG columns and the Board Summary and
  Plan Check sheets (and, with --snapshot, this review added to RAG History). The input file
  is never modified.
requests: writes an update return for each lead into DIR: their actions, with cells to fill
  (this quarter's update, proposed RAG, revised date, reason for delay, evidence); with --out,
  also a copy of the plan whose Returns sheet records who was asked (merge marks what came back).
merge: shows what the leads' returns change in the plan; with --out, writes them into a copy
  (each written cell, with its old value, logged on the Update Log sheet).
undo: writes a copy with the last merge logged on Update Log undone (cells edited since are left).
record: writes a copy with a priority's proposal (the subgroup's) or decision (the executive's) at the
  review date added to the Priority Assurance sheet, which the check reads as the priority's action log.
  --as-of YYYY-MM-DD   review date (default: today)
  --amber-days N       days after the review date that count as "due soon" (default 30)
  --grace-days N       days past due before an action turns red (default 0)
  --policy NAME        how RAG is rated: ${POLICIES.map((policy) => `${policy.name} (${policy.label})`).join(', ')}; default ${POLICIES[0].name}
  --json               check: print one JSON document instead of the report
  --out FILE           summary: where to write the copy (required); merge: where to write the merged copy;
                       requests: a copy of the plan recording the requests on its Returns sheet
  --force              summary, requests, merge: replace files that exist
  --snapshot           summary: also save this review's RAG to the RAG History sheet
  --out-dir DIR        requests: the folder the returns are written to (made if missing)
  --return-by DATE     requests: when leads should send their returns back (default: 14 days after --as-of)
  --return-to NAME     requests: who to send them to, as the returns say it
  --progress MODE      merge: replace the progress cell, or prepend the update as a dated line (default)
  --priority CODE      record: the priority, by its code in the plan (1, 2a, SAB1)
  --proposal RAG       record: the subgroup's proposed RAG (Red, Amber, Green or Blue)
  --decision RAG       record: the executive's decided RAG
  --comment TEXT       record: the comments that go with it; --risks TEXT, --recommendations TEXT likewise
  --into-plan-log      record: write into the row below the plan's own action log table (each cell on the
                       Update Log) instead of the Priority Assurance sheet
  --include-flagged    merge: also write rows flagged as needing a look (plan changed since, returned twice,
                       revised date before the review)
  --add-columns        merge: where a table has no revised date or reason for delay column and a return
                       gives one, add the column beside the table (logged, and undone with the merge)
Exit status: 0 done (check: no errors found), 1 check found errors in the plan,
2 a file or the command line could not be used.`;

export class UsageError extends Error {}

export interface CheckCommand {
  command: 'check';
  file: string;
  /** The review settings given (as-of always set: today by default), turned into check options by checkOptionsFor. */
  review: ReviewSettings & { asOf: string };
  json: boolean;
}

export interface SummaryCommand {
  command: 'summary';
  file: string;
  out: string;
  review: ReviewSettings & { asOf: string };
  snapshot: boolean;
  force: boolean;
}

export interface RequestsCommand {
  command: 'requests';
  file: string;
  outDir: string;
  /** A copy of the plan with the requests recorded on its Returns sheet; none when null. */
  out: string | null;
  review: ReviewSettings & { asOf: string };
  returnBy: string;
  returnTo: string;
  force: boolean;
}

export interface MergeCommand {
  command: 'merge';
  file: string;
  returns: string[];
  /** Where to write the merged copy; null: show the changes only. */
  out: string | null;
  review: ReviewSettings & { asOf: string };
  progress: 'replace' | 'prepend';
  addColumns: boolean;
  includeFlagged: boolean;
  force: boolean;
}

export interface UndoCommand {
  command: 'undo';
  file: string;
  out: string;
  force: boolean;
}

export interface RecordCommand {
  command: 'record';
  file: string;
  out: string;
  review: ReviewSettings & { asOf: string };
  priority: string;
  by: 'subgroup' | 'executive';
  rag: Exclude<Rag, 'none'>;
  comments: string;
  risks: string;
  recommendations: string;
  /** Into the plan's own action log table (logged on the Update Log) instead of the Priority Assurance sheet. */
  intoPlanLog: boolean;
  force: boolean;
}

export type Command = CheckCommand | SummaryCommand | RequestsCommand | MergeCommand | UndoCommand | RecordCommand | { command: 'help' };

const COMMANDS = ['check', 'summary', 'requests', 'merge', 'undo', 'record'];

/** Days leads are given to return their updates when --return-by is not said. */
const RETURN_DAYS = 14;

function wholeDays(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value)) throw new UsageError(`--${name} must be a whole number of days, not "${value}"`);
  return Number(value);
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        'amber-days': { type: 'string' },
        'grace-days': { type: 'string' },
        policy: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        snapshot: { type: 'boolean', default: false },
        'out-dir': { type: 'string' },
        'return-by': { type: 'string' },
        'return-to': { type: 'string' },
        progress: { type: 'string' },
        'add-columns': { type: 'boolean' },
        'include-flagged': { type: 'boolean', default: false },
        priority: { type: 'string' },
        proposal: { type: 'string' },
        decision: { type: 'string' },
        comment: { type: 'string' },
        risks: { type: 'string' },
        recommendations: { type: 'string' },
        'into-plan-log': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { command: 'help' };
  const [command, file, ...extra] = positionals;
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (!file) throw new UsageError(`${command} needs the .xlsx (or .csv) file of the plan`);
  if (command === 'merge' && extra.length === 0) throw new UsageError('merge needs the returns to merge, after the plan');
  if (command !== 'merge' && extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (command !== 'merge' && (values.progress !== undefined || values['include-flagged'] || values['add-columns']))
    throw new UsageError('--progress, --include-flagged and --add-columns are options of merge');
  const asOf = values['as-of'] === undefined ? today() : parseIsoDay(values['as-of']);
  if (asOf === null) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${values['as-of']}"`);
  const policy = values.policy;
  if (policy !== undefined && !POLICIES.some((p) => p.name === policy))
    throw new UsageError(`--policy must be one of ${POLICY_NAMES}, not "${policy}"`);
  const review = {
    asOf: isoDay(asOf),
    amberDays: wholeDays('amber-days', values['amber-days']),
    graceDays: wholeDays('grace-days', values['grace-days']),
    policy,
  };
  const requestOptions = ['out-dir', 'return-by', 'return-to'] as const;
  if (command !== 'requests' && requestOptions.some((name) => values[name] !== undefined))
    throw new UsageError('--out-dir, --return-by and --return-to are options of requests');
  const recordOptions = ['priority', 'proposal', 'decision', 'comment', 'risks', 'recommendations', 'into-plan-log'] as const;
  if (command !== 'record' && recordOptions.some((name) => values[name] !== undefined))
    throw new UsageError(
      '--priority, --proposal, --decision, --comment, --risks, --recommendations and --into-plan-log are options of record',
    );
  if (command === 'record') return recordCommand(file, review, values);
  if (command === 'requests') return requestsCommand(file, review, asOf, values);
  if (command === 'merge') return mergeCommand(file, extra, review, values);
  if (command === 'undo') {
    if (!values.out) throw new UsageError('undo needs --out <copy.xlsx>: the plan itself is never changed');
    if (!/\.xlsx$|\.xlsm$/i.test(values.out)) throw new UsageError(`--out must name an .xlsx or .xlsm file, not "${values.out}"`);
    return { command, file, out: values.out, force: values.force ?? false };
  }
  if (command === 'check') {
    if (values.out !== undefined || values.force || values.snapshot)
      throw new UsageError('--out, --force and --snapshot are options of summary, not check');
    return { command, file, review, json: values.json ?? false };
  }
  if (values.json) throw new UsageError('--json is an option of check, not summary');
  if (!values.out) throw new UsageError('summary needs --out <out.xlsx>: the input file is never changed');
  checkOutKind(file, values.out);
  return { command: 'summary', file, out: values.out, review, snapshot: values.snapshot ?? false, force: values.force ?? false };
}

/** Excel opens a macro-enabled workbook only under .xlsm, and any other only under .xlsx: a copy keeps the input's kind. */
function checkOutKind(file: string, out: string): void {
  const kind = /\.xlsm$/i.test(file) ? '.xlsm' : '.xlsx';
  if (!out.toLowerCase().endsWith(kind))
    throw new UsageError(`--out must name an ${kind} file${kind === '.xlsm' ? ' (the plan holds macros)' : ''}, not "${out}"`);
}

function recordCommand(
  file: string,
  review: RecordCommand['review'],
  values: {
    json?: boolean;
    snapshot?: boolean;
    out?: string;
    force?: boolean;
    priority?: string;
    proposal?: string;
    decision?: string;
    comment?: string;
    risks?: string;
    recommendations?: string;
    'into-plan-log'?: boolean;
  },
): RecordCommand {
  if (values.json || values.snapshot) throw new UsageError('--json and --snapshot are not options of record');
  if (!values.priority?.trim()) throw new UsageError('record needs --priority <code>: the priority the entry is for');
  if ((values.proposal === undefined) === (values.decision === undefined))
    throw new UsageError("record needs one of --proposal <RAG> (the subgroup's) or --decision <RAG> (the executive's)");
  const by = values.proposal !== undefined ? 'subgroup' : 'executive';
  const said = (values.proposal ?? values.decision)!;
  const rag = readRecordedRag(said);
  if (!rag || rag === 'none')
    throw new UsageError(`--${by === 'subgroup' ? 'proposal' : 'decision'} must be Red, Amber, Green or Blue, not "${said}"`);
  if (by === 'executive' && values.recommendations !== undefined) throw new UsageError('--recommendations go with a --proposal');
  if (!values.out) throw new UsageError('record needs --out <copy.xlsx>: the plan itself is never changed');
  checkOutKind(file, values.out);
  return {
    command: 'record',
    file,
    out: values.out,
    review,
    priority: values.priority.trim(),
    by,
    rag,
    comments: (values.comment ?? '').trim(),
    risks: (values.risks ?? '').trim(),
    recommendations: (values.recommendations ?? '').trim(),
    intoPlanLog: values['into-plan-log'] ?? false,
    force: values.force ?? false,
  };
}

function requestsCommand(
  file: string,
  review: RequestsCommand['review'],
  asOf: number,
  values: {
    json?: boolean;
    out?: string;
    snapshot?: boolean;
    force?: boolean;
    'out-dir'?: string;
    'return-by'?: string;
    'return-to'?: string;
  },
): RequestsCommand {
  if (values.json || values.snapshot) throw new UsageError('--json and --snapshot are not options of requests');
  if (values.out !== undefined) checkOutKind(file, values.out);
  if (!values['out-dir']) throw new UsageError('requests needs --out-dir <folder>: one return per lead is written there');
  const returnBy = values['return-by'] === undefined ? asOf + RETURN_DAYS : parseIsoDay(values['return-by']);
  if (returnBy === null) throw new UsageError(`--return-by must be a date written YYYY-MM-DD, not "${values['return-by']}"`);
  if (returnBy < asOf) throw new UsageError(`--return-by (${isoDay(returnBy)}) is before the review date (${review.asOf})`);
  return {
    command: 'requests',
    file,
    outDir: values['out-dir'],
    out: values.out ?? null,
    review,
    returnBy: isoDay(returnBy),
    returnTo: (values['return-to'] ?? '').trim(),
    force: values.force ?? false,
  };
}

function mergeCommand(
  file: string,
  returns: string[],
  review: MergeCommand['review'],
  values: {
    json?: boolean;
    snapshot?: boolean;
    force?: boolean;
    out?: string;
    progress?: string;
    'include-flagged'?: boolean;
    'add-columns'?: boolean;
  },
): MergeCommand {
  if (values.json || values.snapshot) throw new UsageError('--json and --snapshot are not options of merge');
  if (/\.csv$/i.test(file)) throw new UsageError('merge writes into a workbook: save the plan as .xlsx first');
  const progress = values.progress ?? 'prepend';
  if (progress !== 'replace' && progress !== 'prepend') throw new UsageError(`--progress must be replace or prepend, not "${progress}"`);
  const out = values.out ?? null;
  if (out !== null) checkOutKind(file, out);
  return {
    command: 'merge',
    file,
    returns,
    out,
    review,
    progress,
    includeFlagged: values['include-flagged'] ?? false,
    addColumns: values['add-columns'] ?? false,
    force: values.force ?? false,
  };
}
