/** The .xlsx adapter as the command (Node) uses it: the browser preview imports './xlsx', which has no file system. */
export * from './xlsx';
export { openWorkbookFile } from './xlsx/file';
