/** Adapters between real workbooks and the engine's grids. */
export { gridFromWorksheet, gridsFromWorkbook } from './xlsxGrids';
export { WorkbookReadError, loadWorkbookBytes, loadWorkbookFile } from './xlsxFile';
