/**
 * Excel's errors (OfficeExtension.Error: a code and a message) in words an
 * officer can act on; the code stays in brackets for whoever supports them.
 */
const SAID: Record<string, string> = {
  AccessDenied: 'Excel did not allow the change: the workbook is open for viewing only, or the sheet or workbook is protected',
  InvalidOperationInCellEditMode: 'a cell is being edited: press Enter or Esc in Excel, then try again',
  RequestPayloadSizeLimitExceeded: 'Excel refused the request as too large',
  ResponsePayloadSizeLimitExceeded: 'Excel refused to send so much at once',
  ItemNotFound: 'a sheet or cell the add-in needed is no longer there: validate again',
  ItemAlreadyExists: 'a sheet with that name already exists',
  GeneralException: 'Excel reported an internal error',
};

export function excelErrorText(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code && SAID[code]) return `${SAID[code]} (${code}).`;
  const text = (message ?? String(error)).split('\n')[0].replace(/\.$/, '');
  return code ? `${text} (${code}).` : `${text}.`;
}
