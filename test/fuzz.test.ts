import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { run } from '../src/cli/run';
import { WorkbookReadError, readGrids } from '../src/workbook/xlsx';
import { setUnpacker } from '../src/workbook/xlsx/bounds';
import { unpacker as fflateUnpacker } from '../src/workbook/xlsx/fflateUnzip';
import { fixturePath } from './helpers/fixtures';

/**
 * Damaged and hostile workbooks, made by seeded mutations of a fixture: the
 * command never crashes, never hangs, and answers each with valid JSON or
 * one plain line; the preview's reader (fflate) reads each or refuses it in
 * one plain sentence. `npm test` runs a couple of hundred; `npm run fuzz` runs
 * thousands (FUZZ_RUNS).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const BOUND_MS = 5000;
const original = readFileSync(fixturePath('llr-sab-2021-22.xlsx'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number[]; xor: number }
  | { kind: 'part'; part: number; edit: 'cut' | 'garbage' | 'absurd' | 'remove' | 'far cell' | 'duplicate'; at: number; text: string };

const ABSURD = ['A1:XFD1048576', '1:1048576', 'A:XFD', '99999999', '-1', 'NaN', '&amp;amp;', '_xFFFE_', '\u0001'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('part' as const),
    part: fc.nat(),
    edit: fc.constantFrom(
      'cut' as const,
      'garbage' as const,
      'absurd' as const,
      'remove' as const,
      'far cell' as const,
      'duplicate' as const,
    ),
    at: fc.nat(),
    text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...ABSURD)),
  }),
);

async function mutate(m: Mutation): Promise<Uint8Array> {
  if (m.kind === 'truncate') return original.subarray(0, m.at % original.length);
  if (m.kind === 'flip') {
    const bytes = Uint8Array.from(original);
    for (const at of m.at) bytes[at % bytes.length] ^= m.xor;
    return bytes;
  }
  const zip = await JSZip.loadAsync(original);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const name = names[m.part % names.length];
  const xml = await zip.file(name)!.async('string');
  const at = m.at % Math.max(1, xml.length);
  const edited = {
    cut: () => xml.slice(0, at),
    garbage: () => xml.slice(0, at) + m.text + xml.slice(at),
    // Every attribute value of one kind set to something absurd.
    absurd: () => xml.replace(/\b(ref|sqref|r|max|min|name|s|t)="[^"]*"/, (_w, attr: string) => `${attr}="${m.text.replace(/"/g, '')}"`),
    remove: () => null,
    'far cell': () =>
      xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
    duplicate: () => xml.replace(/<(row|c|si|xf|sheet)\b[^>]*\/?>/, (w) => w + w),
  }[m.edit]();
  if (edited === null) zip.remove(name);
  else zip.file(name, edited);
  return zip.generateAsync({ type: 'uint8array' });
}

/** What an officer must never see: a stack line or a JavaScript error. */
const INTERNAL_ERROR = /\bat \S+:\d+|Cannot read|undefined|TypeError|unexpected failure/;

/** The preview opens the same file with fflate (the browser's unpacker): grids, or one plain sentence, in bounded time. */
async function expectPlainAnswerInTheBrowser(bytes: Uint8Array): Promise<void> {
  const started = Date.now();
  setUnpacker(fflateUnpacker);
  try {
    await readGrids(bytes, 'plan.xlsx');
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).not.toMatch(INTERNAL_ERROR);
    expect((error as Error).message).not.toContain('\n');
  } finally {
    setUnpacker(undefined);
  }
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
}

describe('the command on damaged and hostile workbooks', () => {
  it(
    `answers ${RUNS} of them each with JSON or one plain line, within ${BOUND_MS / 1000} s`,
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const file = path.join(dir, `case-${(n += 1)}.xlsx`);
          const bytes = await mutate(m);
          writeFileSync(file, bytes);
          await expectPlainAnswerInTheBrowser(bytes);
          let stdout = '';
          let stderr = '';
          const started = Date.now();
          const code = await run(['check', file, '--json', '--as-of', '2021-10-15'], {
            out: (t) => (stdout += t),
            err: (t) => (stderr += t),
          });
          expect(Date.now() - started).toBeLessThan(BOUND_MS);
          expect([0, 1, 2]).toContain(code);
          if (code === 2) {
            expect(stdout).toBe('');
            expect(stderr.trim().split('\n')).toHaveLength(1);
            expect(stderr).not.toMatch(INTERNAL_ERROR);
          } else {
            expect(() => JSON.parse(stdout)).not.toThrow();
          }
          // Every tenth file the command could read is also written: a copy that reads back, or one plain line and no file.
          if (code === 2 || n % 10 !== 0) return;
          const out = path.join(dir, `case-${n}-out.xlsx`);
          let said = '';
          const written = await run(['summary', file, '--out', out, '--force', '--as-of', '2021-10-15'], {
            out: () => undefined,
            err: (t) => (said += t),
          });
          expect(Date.now() - started).toBeLessThan(2 * BOUND_MS);
          if (written === 2) {
            expect(said.trim().split('\n')).toHaveLength(1);
            expect(said).not.toMatch(INTERNAL_ERROR);
            expect(existsSync(out)).toBe(false);
          } else expect([written, said]).toEqual([0, '']);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    RUNS * BOUND_MS,
  );
});
