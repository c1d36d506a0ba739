import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReturnedChange, UpdateReturn, checkOptionsFor, counted, displayDay, flagText, logTime, quote } from '../plan';
import { mergeReturns, undoLastMerge } from '../workbook/quarterOperations';
import { WorkbookReadError } from '../workbook/xlsx';
import { readReturnBytes } from '../workbook/returnFiles';
import { openWorkbookFile } from '../workbook';
import { MergeCommand, UndoCommand } from './args';
import { checkOut, writeWorkbookCopy } from './copyOut';
import { terminalSafe } from './report';
import type { Output } from './run';

/**
 * board-plan merge: what the returns change in the plan, for the officer to
 * look at; with --out, written into a copy of the plan (the input is never
 * changed), every written cell logged with its old value on Update Log.
 */
export async function merge(command: MergeCommand, output: Output): Promise<number> {
  if (command.out !== null) checkOut(command.file, command.out, command.force, 'the plan itself');
  const returns = await Promise.all(command.returns.map(readReturnFile));
  const plan = await openWorkbookFile(command.file);
  const options = checkOptionsFor(command.review);
  const outcome = await mergeReturns(plan, options, returns, {
    write: command.out !== null,
    includeFlagged: command.includeFlagged,
    progress: command.progress,
    addColumns: command.addColumns,
    when: logTime(),
  });
  const lines = [
    `${counted(outcome.changes.length, 'change')} from ${counted(returns.length, 'return')} for ${path.basename(command.file)}, as of ${displayDay(options.asOf)}:`,
    ...outcome.changes.map(changeLine),
    ...outcome.refused.map((r) => `Refused ${r.file}: ${r.reason}`),
    ...outcome.notWritten.map(({ change, reason }) => `Not written: ${change.file} row ${change.returned.row}: ${reason}`),
  ];
  if (command.out === null) {
    lines.push(`Nothing written: add --out <copy.xlsx> to write ${counted(outcome.written.length, 'cell')} into a copy of the plan.`);
    output.out(terminalSafe(`${lines.join('\n')}\n`));
    return 0;
  }
  if (outcome.written.length === 0) {
    lines.push(`Nothing to write: ${command.out} was not made.`);
    output.out(terminalSafe(`${lines.join('\n')}\n`));
    return 0;
  }
  await writeWorkbookCopy(command.out, plan.bytes);
  lines.push(
    `Wrote ${command.out}: ${counted(outcome.written.length, 'cell')} of the plan, each logged with its old value on "${outcome.log}" (the input is unchanged).`,
  );
  lines.push(...outcome.notices);
  output.out(terminalSafe(`${lines.join('\n')}\n`));
  return 0;
}

async function readReturnFile(file: string): Promise<UpdateReturn> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new WorkbookReadError(`cannot read ${file}`);
  }
  return readReturnBytes(bytes, path.basename(file));
}

function changeLine(change: ReturnedChange): string {
  const { returned, action } = change;
  const where = action ? `${action.sheet} row ${action.row}` : 'not in the plan';
  const said = [
    returned.update && `update ${quote(returned.update, 50)}`,
    returned.proposedText && `RAG ${returned.proposedText}`,
    returned.revised && `revised to ${returned.revised.date === null ? returned.revised.text : displayDay(returned.revised.date)}`,
    returned.reason && `reason ${quote(returned.reason, 40)}`,
    returned.evidence && `evidence ${quote(returned.evidence, 40)}`,
  ].filter(Boolean);
  const flags = change.flags.map(flagText);
  return `  ${change.file} (${change.lead}) → ${where}, ${quote(returned.action, 40)}: ${said.join('; ')}${flags.length ? ` [${flags.join('; ')}]` : ''}`;
}

/** board-plan undo: a copy of the plan with the last merge on its Update Log undone; cells edited since are left, and said. */
export async function undo(command: UndoCommand, output: Output): Promise<number> {
  checkOut(command.file, command.out, command.force, 'the plan itself');
  const plan = await openWorkbookFile(command.file);
  const outcome = await undoLastMerge(plan, logTime());
  if ('nothing' in outcome) {
    output.out(`${outcome.nothing} ${command.out} was not made.\n`);
    return 0;
  }
  const lines = [
    `Undid the merge of ${outcome.undone}: ${counted(outcome.written.length, 'cell')} put back as ${outcome.written.length === 1 ? 'it was' : 'they were'}.`,
    ...outcome.refused.map((r) => `Left: ${r.reason}`),
  ];
  if (outcome.written.length > 0) {
    await writeWorkbookCopy(command.out, plan.bytes);
    lines.push(`Wrote ${command.out} (the input is unchanged); the undo is on the Update Log too.`, ...outcome.notices);
  } else lines.push(`Nothing to write: ${command.out} was not made.`);
  output.out(terminalSafe(`${lines.join('\n')}\n`));
  return 0;
}
