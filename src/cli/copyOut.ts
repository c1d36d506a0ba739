import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { WorkbookReadError, readGrids } from '../workbook/xlsx';
import { UsageError } from './args';
import { writeAtomically } from './safeWrite';

const samePath = (a: string, b: string) => existsSync(b) && realpathSync(a) === realpathSync(b);

/**
 * Refuses, before reading anything, every --out that could lose a file: the
 * input itself (named as the command calls it), a folder, a file there
 * without --force.
 */
export function checkOut(input: string, out: string, force: boolean, inputCalled = 'the input file'): void {
  if (samePath(input, out)) throw new UsageError(`--out is ${inputCalled}: it is never changed, name another file`);
  if (!existsSync(out)) return;
  if (statSync(out).isDirectory()) throw new UsageError(`--out ${out} is a folder: name an .xlsx file`);
  if (!force) throw new UsageError(`${out} exists: add --force to replace it`);
}

/**
 * A workbook the command made, written as every file the product writes:
 * atomically (safeWrite.ts), and opened again, as the officer will, before
 * it is put in place — one it cannot read back is not kept.
 */
export async function writeWorkbookCopy(out: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeAtomically(out, bytes, async (written) => {
      await readGrids(written, path.basename(out));
    });
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new UsageError(`the copy written for ${out} could not be read back, so it was not kept: ${error.message}`);
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
