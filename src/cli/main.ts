import { setFlagsFromString } from 'node:v8';
import { setUnpacker } from '../workbook/xlsx/bounds';
import { nativeUnpacker } from '../workbook/xlsx/nativeUnzip';
import { run } from './run';

// In Node the command unpacks files with zlib; the preview, in a browser, with fflate.
setUnpacker(nativeUnpacker);

// A check builds up everything it reports and lets go of little: left to
// itself, V8 doubles its young generation each time much survives, to 2 × 16
// MB that a one-off check never needs (at 10,000 actions its peak memory is
// 131 MB with that, 98 MB without, in the same time). Not for summary, whose
// writing makes and drops far more: it runs a tenth faster with the default.
// Set at run time: the bin is started as `node board-plan.js`, and npm's
// shims pass no flags.
if (process.argv[2] === 'check') setFlagsFromString('--semi-space-growth-factor=1');

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
