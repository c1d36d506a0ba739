import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { RAG_TEXT, checkOptionsFor, counted, displayDay } from '../plan';
import { openWorkbookFile } from '../workbook';
import { writeEverything } from '../workbook/operations';
import { WorkbookReadError, readGrids, workbookBytes } from '../workbook/xlsx';
import { damaged } from '../workbook/xlsx/load';
import { writeAtomically } from './safeWrite';
import { SummaryCommand, UsageError } from './args';
import type { Output } from './run';
import { severityCounts, terminalSafe } from './report';

const samePath = (a: string, b: string) => existsSync(b) && realpathSync(a) === realpathSync(b);

/** Refuses, before reading anything, every --out that could lose a file. */
function checkOut(command: SummaryCommand): void {
  if (samePath(command.file, command.out)) throw new UsageError('--out is the input file: the input is never changed, name another file');
  if (!existsSync(command.out)) return;
  if (statSync(command.out).isDirectory()) throw new UsageError(`--out ${command.out} is a folder: name an .xlsx file`);
  if (!command.force) throw new UsageError(`${command.out} exists: add --force to replace it`);
}

/**
 * board-plan summary: a copy of the workbook with Computed RAG columns, Board
 * Summary, Plan Check and optionally a snapshot. Written to a temporary file
 * first and renamed, so a failure never leaves half a workbook at --out.
 */
export async function summary(command: SummaryCommand, output: Output): Promise<number> {
  checkOut(command);
  const xlsx = await openWorkbookFile(command.file);
  let done: Awaited<ReturnType<typeof writeEverything>>;
  let bytes: Uint8Array;
  try {
    done = await writeEverything(xlsx, checkOptionsFor(command.review), command.snapshot);
    bytes = await workbookBytes(xlsx, command.review);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    // The settings part's neighbours (the package's relationships) not well-formed: the file's own damage, said as such.
    throw damaged(path.basename(command.file), error);
  }
  try {
    // The product never writes a file it cannot read back: the copy is opened again, as the officer will, before it is put in place.
    await writeAtomically(command.out, bytes, async (written) => {
      await readGrids(written, path.basename(command.out));
    });
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new UsageError(`the copy written for ${command.out} could not be read back, so it was not kept: ${error.message}`);
    throw new UsageError(`cannot write ${command.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  output.out(terminalSafe(report(command, done)));
  return 0;
}

function report(command: SummaryCommand, done: Awaited<ReturnType<typeof writeEverything>>): string {
  const { summary: s, result } = done;
  const lines = [
    `Wrote ${command.out} from ${command.file}, as of ${displayDay(s.asOf)} (the input is unchanged):`,
    `  ${done.sheets[0]}: ${counted(result.actions.length, 'action')}, overall ${RAG_TEXT[s.rag]}; ${s.exceptions.length} Red or Amber, ${s.dueNext.actions.length} due in the next quarter, ${s.disagreements.length} recorded RAG differing`,
    `  ${done.sheets[1]}: ${severityCounts(result.findings)}`,
  ];
  if (done.snapshot && 'refused' in done.snapshot) lines.push(`  ${done.snapshot.refused}`);
  else if (done.snapshot)
    lines.push(`  ${done.snapshot.sheet}: ${counted(done.snapshot.actions, 'action')} saved as of ${displayDay(s.asOf)}`);
  lines.push(...done.notices.map((n) => `  ${n}`));
  return `${lines.join('\n')}\n`;
}
