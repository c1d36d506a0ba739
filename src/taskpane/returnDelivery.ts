import type { ReturnFile } from '../workbook/returnFiles';

/**
 * How a lead's update return reaches the officer, by host: in the preview
 * a download (each, or all as one .zip); in Excel a new workbook opened
 * with it, ready to save and send.
 */
export interface ReturnDelivery {
  /** What the button on each lead says: "Download", "Open in Excel". */
  verb: string;
  /** Resolves to what the officer is told: where the return went, and what to do next. */
  one(file: ReturnFile): Promise<string>;
  /** Every return at once, where the host can (a .zip download). */
  all?(files: readonly ReturnFile[], asOf: string): Promise<string>;
  /** What works where, said under the list. */
  note?: string;
}
