import ExcelJS from 'exceljs';

/** The baseline: what it costs to open the workbook with exceljs and nothing else. */
const workbook = new ExcelJS.Workbook();
workbook.xlsx.readFile(process.argv[2]).then(() => {
  process.exitCode = workbook.worksheets.length > 0 ? 0 : 1;
});
