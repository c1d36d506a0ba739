import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that the output is whole or absent, never half written
 * and never anywhere else: the bytes go to a new temporary file beside it,
 * created exclusively under an unpredictable name (a file or symlink planted
 * there makes the open fail instead of being followed), are checked by
 * `verify` (the product re-opens its own output), then renamed over the
 * output in one step. On any failure, and on Ctrl+C or a TERM signal while
 * writing, the temporary file is removed.
 */
export async function writeAtomically(out: string, bytes: Uint8Array, verify: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  const temporary = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${randomBytes(9).toString('hex')}.tmp`);
  const cleanUp = () => rmSync(temporary, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    await verify(bytes);
    renameSync(temporary, out);
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
