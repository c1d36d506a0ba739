import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkOptionsFor, checkPlan, counted, displayDay, logTime, parseIsoDay } from '../plan';
import { openWorkbookFile } from '../workbook';
import { returnFiles } from '../workbook/returnFiles';
import { RequestsCommand, UsageError } from './args';
import { checkOut, writeWorkbookCopy } from './copyOut';
import { recordRequests } from '../workbook/quarterOperations';
import { terminalSafe } from './report';
import type { Output } from './run';

/**
 * board-plan requests: one update return per lead of the plan, written into
 * --out-dir. Every file is checked before any is written: one that exists
 * is replaced only with --force, so a set is never half replaced. With
 * --out, a copy of the plan records the requests on its Returns sheet.
 */
export async function requests(command: RequestsCommand, output: Output): Promise<number> {
  const dir = path.resolve(command.outDir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out-dir ${command.outDir} is a file: name a folder`);
  if (command.out !== null) checkOut(command.file, command.out, command.force, 'the plan itself');
  const plan = await openWorkbookFile(command.file);
  const grids = await plan.read();
  const options = checkOptionsFor(command.review);
  const result = checkPlan(grids, options);
  if (result.actions.length === 0) throw new UsageError(`${path.basename(command.file)} has no actions to ask leads about`);
  const asked = returnFiles(result, grids, {
    asOf: options.asOf,
    returnBy: parseIsoDay(command.returnBy)!,
    returnTo: command.returnTo,
  });
  const files = asked.map((file) => path.join(dir, file.name));
  const existing = files.filter((file) => existsSync(file));
  if (existing.length > 0 && !command.force)
    throw new UsageError(
      `${existing.length} of the returns exist already in ${command.outDir} (${path.basename(existing[0])}): add --force to replace them`,
    );
  mkdirSync(dir, { recursive: true });
  const lines = [
    `Wrote ${counted(asked.length, 'update return')} to ${command.outDir}, as of ${displayDay(options.asOf)}, to return by ${displayDay(parseIsoDay(command.returnBy)!)}:`,
  ];
  for (const [i, file] of asked.entries()) {
    await writeWorkbookCopy(files[i], await file.bytes());
    lines.push(`  ${file.name}: ${counted(file.actions, 'action')}`);
  }
  if (command.out !== null) {
    const made = asked.map((file) => ({ lead: file.lead, actions: file.actions, file: file.name }));
    const recorded = await recordRequests(plan, made, { asOf: command.review.asOf, returnBy: command.returnBy }, logTime());
    await writeWorkbookCopy(command.out, plan.bytes);
    lines.push(
      `Wrote ${command.out}: the plan with the requests recorded on "${recorded.sheet}" (the input is unchanged).`,
      ...recorded.notices,
    );
  }
  output.out(terminalSafe(`${lines.join('\n')}\n`));
  return 0;
}
