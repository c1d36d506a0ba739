import path from 'node:path';
import { RAG_TEXT, checkOptionsFor, counted, displayDay } from '../plan';
import { openWorkbookFile } from '../workbook';
import { writeEverything } from '../workbook/operations';
import { WorkbookReadError, workbookBytes } from '../workbook/xlsx';
import { damaged } from '../workbook/xlsx/load';
import { SummaryCommand } from './args';
import { checkOut, writeWorkbookCopy } from './copyOut';
import type { Output } from './run';
import { severityCounts, terminalSafe } from './report';

/**
 * board-plan summary: a copy of the workbook with Computed RAG columns, Board
 * Summary, Plan Check and optionally a snapshot. Written to a temporary file
 * first and renamed, so a failure never leaves half a workbook at --out.
 */
export async function summary(command: SummaryCommand, output: Output): Promise<number> {
  checkOut(command.file, command.out, command.force);
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
  await writeWorkbookCopy(command.out, bytes);
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
