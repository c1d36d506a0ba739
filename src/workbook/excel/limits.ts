/**
 * Excel on the web refuses a request or response over 5 MB (counted here in
 * decimal, the smaller reading). The adapter sizes its batches to stay under
 * a budget with room to spare for what office.js adds around the data.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * A guess, before anything is measured, of what one cell costs in a
 * response across values, text, types and formats (plans measure 30–100
 * bytes). Too small a guess costs a retry; too large, extra syncs.
 */
export const GUESSED_BYTES_PER_CELL = 150;

/** What one getMergedAreasOrNullObject call costs, request and response together. */
export const MERGED_AREAS_CALL_BYTES = 600;

/** getMergedAreasOrNullObject fails over this many areas (its documentation). */
export const MAX_MERGED_AREAS = 512;

/**
 * Sheets whose used range covers more cells than this are not read: a stray
 * value at XFD1048576 would otherwise cost minutes and gigabytes. A plan of
 * 20,000 actions is about 250,000 cells.
 */
export const MAX_SHEET_CELLS = 2_000_000;

/**
 * The errors Excel gives a request or response too big for it: the
 * documented codes, and the GeneralException ("An internal error has
 * occurred") Excel on the web is seen to give for a large response.
 */
export const TOO_BIG_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'GeneralException']);

export function isTooBig(error: unknown): boolean {
  return TOO_BIG_ERRORS.has((error as { code?: string }).code ?? '');
}

/**
 * Bytes of text in UTF-8, as a request travels: an en dash or a curly quote
 * officers paste from Word is one character but three bytes.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
