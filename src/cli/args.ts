import { parseArgs } from 'node:util';
import { Day, parseIsoDay, today } from '../plan';

export const USAGE = `Usage: board-plan check <file.xlsx> [--as-of YYYY-MM-DD] [--amber-days N] [--grace-days N] [--json]
       board-plan summary <file.xlsx> --out <out.xlsx> [--as-of YYYY-MM-DD] [--snapshot] [--force] [--amber-days N] [--grace-days N]

check: checks every plan table in an Excel workbook and computes RAG as of a date.
summary: writes a copy of the workbook with Computed RAG columns and the Board Summary and
  Plan Check sheets (and, with --snapshot, this review added to RAG History). The input file
  is never modified.
  --as-of YYYY-MM-DD   review date (default: today)
  --amber-days N       days after the review date that count as "due soon" (default 30)
  --grace-days N       days past due before an action turns red (default 0)
  --json               check: print one JSON document instead of the report
  --out FILE           summary: where to write the copy (required)
  --force              summary: replace --out if it exists
  --snapshot           summary: also save this review's RAG to the RAG History sheet
Exit status: 0 done (check: no errors found), 1 check found errors in the plan,
2 a file or the command line could not be used.`;

export class UsageError extends Error {}

export interface CheckCommand {
  command: 'check';
  file: string;
  asOf: Day;
  amberDays?: number;
  graceDays?: number;
  json: boolean;
}

export interface SummaryCommand {
  command: 'summary';
  file: string;
  out: string;
  asOf: Day;
  amberDays?: number;
  graceDays?: number;
  snapshot: boolean;
  force: boolean;
}

export type Command = CheckCommand | SummaryCommand | { command: 'help' };

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
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        snapshot: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { command: 'help' };
  const [command, file, ...extra] = positionals;
  if (command !== 'check' && command !== 'summary') throw new UsageError(`unknown command "${command}"`);
  if (!file) throw new UsageError(`${command} needs the .xlsx file of the plan`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const asOf = values['as-of'] === undefined ? today() : parseIsoDay(values['as-of']);
  if (asOf === null) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${values['as-of']}"`);
  const policy = { amberDays: wholeDays('amber-days', values['amber-days']), graceDays: wholeDays('grace-days', values['grace-days']) };
  if (command === 'check') {
    if (values.out !== undefined || values.force || values.snapshot) throw new UsageError('--out, --force and --snapshot are options of summary, not check');
    return { command, file, asOf, json: values.json ?? false, ...policy };
  }
  if (values.json) throw new UsageError('--json is an option of check, not summary');
  if (!values.out) throw new UsageError('summary needs --out <out.xlsx>: the input file is never changed');
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError(`--out must name an .xlsx file, not "${values.out}"`);
  return { command, file, out: values.out, asOf, snapshot: values.snapshot ?? false, force: values.force ?? false, ...policy };
}
