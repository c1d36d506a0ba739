import { WriteFailure } from '../workbook/port';

/**
 * What the officer is told when a write fails: a WriteFailure says itself
 * what the workbook now holds; any other failure came before anything was
 * written.
 */
export function failureText(error: unknown): string {
  if (error instanceof WriteFailure) return error.message;
  return `Nothing was written: ${(error as Error).message ?? String(error)}`;
}
