import { setUnpacker } from '../workbook/xlsx/bounds';
import { nativeUnpacker } from '../workbook/xlsx/nativeUnzip';
import { run } from './run';

// In Node the command unpacks files with zlib; the preview, in a browser, with fflate.
setUnpacker(nativeUnpacker);

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
