/** A workbook file that cannot be read; the message is one line an officer can act on. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}
