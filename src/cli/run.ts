import { actionJson, checkOptionsFor, checkPlan, findingJson, planJsonWith } from '../plan';
import { WorkbookReadError, openWorkbookFile } from '../workbook';
import { CheckCommand, USAGE, UsageError, parseCommand } from './args';
import { formatReport, terminalSafe } from './report';
import { MadeAsWritten, writeJson } from './jsonOut';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, planErrors: 1, unusable: 2 } as const;

/** The workbook is dropped as soon as it is read: only its grids go on to the engine. */
async function readGrids(file: string) {
  return (await openWorkbookFile(file)).read();
}

async function check(command: CheckCommand, output: Output): Promise<number> {
  // The grids are let go once checked: their cells are most of what a large plan holds in memory.
  const result = checkPlan(await readGrids(command.file), checkOptionsFor(command.review));
  // The document's actions and findings are made into JSON as they are written, not all before.
  if (command.json)
    writeJson(
      planJsonWith(result, new MadeAsWritten(result.actions, actionJson), new MadeAsWritten(result.findings, findingJson)),
      output.out,
    );
  else output.out(formatReport(command.file, result));
  return result.findings.some((f) => f.severity === 'error') ? EXIT.planErrors : EXIT.ok;
}

/** The board-plan command; returns the exit status. Never throws: every failure is one line on stderr. */
export async function run(argv: string[], output: Output): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.command === 'help') {
      output.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (command.command !== 'check') return await (await import('./writeCommands')).writeCommand(command, output);
    return await check(command, output);
  } catch (error) {
    const message =
      error instanceof UsageError
        ? `${error.message} (try: board-plan --help)`
        : error instanceof WorkbookReadError
          ? error.message
          : `unexpected failure: ${(error as Error).message ?? String(error)}`;
    // File and sheet names in a message are the officer's text: no escape sequence, and no line break, reaches the terminal.
    output.err(`${terminalSafe(`board-plan: ${message}`).replace(/\s+/g, ' ')}\n`);
    return EXIT.unusable;
  }
}
