// First: V8's settings apply only to what runs after them.
import './v8Flags';
import { run } from './run';

// Output cut short (`board-plan check plan.xlsx --json | head`): whatever reads it has gone. Nothing more is
// written, and no stack trace; any other failure to write is still one.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

run(process.argv.slice(2), {
  out: (text) => {
    if (!process.stdout.errored) process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
