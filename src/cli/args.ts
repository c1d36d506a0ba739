import { parseArgs } from 'node:util';
import { Day, parseIsoDay, today } from '../plan';

export const USAGE = `Usage: board-plan check <file.xlsx> [--as-of YYYY-MM-DD] [--amber-days N] [--grace-days N] [--json]

Checks every plan table in an Excel workbook and computes RAG as of a date.
  --as-of YYYY-MM-DD   review date (default: today)
  --amber-days N       days after the review date that count as "due soon" (default 30)
  --grace-days N       days past due before an action turns red (default 0)
  --json               print one JSON document instead of the report
Exit status: 0 no errors found, 1 errors found in the plan, 2 the file or the command line could not be used.`;

export class UsageError extends Error {}

export interface CheckCommand {
  command: 'check';
  file: string;
  asOf: Day;
  amberDays?: number;
  graceDays?: number;
  json: boolean;
}

export type Command = CheckCommand | { command: 'help' };

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
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { command: 'help' };
  const [command, file, ...extra] = positionals;
  if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
  if (!file) throw new UsageError('check needs the .xlsx file to check');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const asOf = values['as-of'] === undefined ? today() : parseIsoDay(values['as-of']);
  if (asOf === null) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${values['as-of']}"`);
  return {
    command: 'check', file, asOf, json: values.json ?? false,
    amberDays: wholeDays('amber-days', values['amber-days']),
    graceDays: wholeDays('grace-days', values['grace-days']),
  };
}
