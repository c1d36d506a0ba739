/**
 * Excel on the web refuses a request or response over 5 MB. The adapter
 * sizes its batches to stay under a budget with room to spare for the JSON
 * envelope Office.js adds.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * A guess, before anything is read, of what one cell costs across values,
 * text, types and formats (plans measure 50–100 bytes). Too small a guess
 * costs a retry when Excel refuses the response; too large, extra syncs.
 */
export const GUESSED_BYTES_PER_CELL = 150;
/** Columns a plan sheet is assumed to have when sizing the first read. */
export const GUESSED_COLUMNS = 12;

/** The error codes Excel gives a request or response over its payload limit. */
export const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
