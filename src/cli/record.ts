import { checkOptionsFor, logTime, parseIsoDay } from '../plan';
import { openWorkbookFile } from '../workbook';
import { recordAssessment } from '../workbook/assuranceOperations';
import { RecordCommand } from './args';
import { checkOut, writeWorkbookCopy } from './copyOut';
import { terminalSafe } from './report';
import type { Output } from './run';

/**
 * board-plan record: a priority's proposal or decision at the review date,
 * added to the Priority Assurance sheet of a copy of the plan (the input is
 * never changed). A priority the plan does not have writes nothing.
 */
export async function record(command: RecordCommand, output: Output): Promise<number> {
  checkOut(command.file, command.out, command.force, 'the plan itself');
  const plan = await openWorkbookFile(command.file);
  const outcome = await recordAssessment(
    plan,
    checkOptionsFor(command.review),
    {
      priority: command.priority,
      by: command.by,
      date: parseIsoDay(command.review.asOf)!,
      rag: command.rag,
      comments: command.comments,
      recommendations: command.recommendations,
      risks: command.risks,
    },
    logTime(),
    command.intoPlanLog,
  );
  if ('refused' in outcome) {
    output.err(terminalSafe(`board-plan: ${outcome.refused} ${command.out} was not made.\n`));
    return 2;
  }
  await writeWorkbookCopy(command.out, plan.bytes);
  const logged = command.intoPlanLog ? ', each cell logged on the Update Log' : '';
  const lines = [`Wrote ${command.out}: ${outcome.recorded}, on "${outcome.sheet}"${logged} (the input is unchanged).`, ...outcome.notices];
  output.out(terminalSafe(`${lines.join('\n')}\n`));
  return 0;
}
