/**
 * Excel on the web refuses a request or response over 5 MB. The adapter
 * sizes its batches to stay under a budget with room to spare for the JSON
 * envelope Office.js adds.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** A guess, before anything is read, of what one cell costs across values, text, types and formats. */
export const GUESSED_BYTES_PER_CELL = 400;
/** Columns a plan sheet is assumed to have when sizing the first read. */
export const GUESSED_COLUMNS = 16;
