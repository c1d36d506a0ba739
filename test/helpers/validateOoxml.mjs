/**
 * Checks .xlsx/.xlsm files against the schemas with the Open XML SDK's
 * validator (Microsoft's DocumentFormat.OpenXml, compiled to WebAssembly by
 * @ooxml-tools/validate, so it runs offline without .NET). ES module only,
 * so the tests run it as a process: `node validateOoxml.mjs FILE…` prints
 * one JSON object, file → the validator's errors.
 */
import { readFileSync } from 'node:fs';
import validate from '@ooxml-tools/validate';

const results = {};
for (const file of process.argv.slice(2)) {
  results[file] = await validate(new Uint8Array(readFileSync(file)), 'xlsx', 'Microsoft365');
}
// The .NET runtime keeps the process alive for seconds after its work: leave once the answer is written.
process.stdout.write(JSON.stringify(results), () => process.exit(0));
