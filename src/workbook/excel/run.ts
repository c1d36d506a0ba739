/** Runs a batch against the workbook: Excel.run in the add-in and, in tests, the same call through Microsoft's runtime. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel.run as every operation of the add-in calls it. delayForCellEdit
 * (ExcelApi 1.11; ignored where unsupported): while the officer is typing
 * in a cell, a batch waits for the edit to end instead of failing with
 * InvalidOperationInCellEditMode.
 */
export const runInExcel: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);
