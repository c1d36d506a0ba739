import type { CheckCommand, Command } from './args';
import { merge, undo } from './merge';
import { record } from './record';
import { requests } from './requests';
import type { Output } from './run';
import { summary } from './summary';

/** Every command but check and help: each writes a workbook. */
export type WriteCommand = Exclude<Command, CheckCommand | { command: 'help' }>;

/**
 * The commands that write a workbook, loaded together only when one is run
 * (one chunk of the built command): a check starts without the writer, the
 * sheets' layouts or the zip library.
 */
export function writeCommand(command: WriteCommand, output: Output): Promise<number> {
  switch (command.command) {
    case 'summary':
      return summary(command, output);
    case 'requests':
      return requests(command, output);
    case 'merge':
      return merge(command, output);
    case 'undo':
      return undo(command, output);
    case 'record':
      return record(command, output);
  }
}
