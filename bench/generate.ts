import ExcelJS from 'exceljs';

/**
 * A large plan in the shape boards keep: 12 priority sheets, each a header
 * block, then a table with merged objectives, timescales as officers write
 * them, progress and RAG. Deterministic, so runs compare.
 */
const MONTHS = ['Apr', 'May', 'June', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March'];
/** About 300 distinct timescales, as a large plan has: months, ranges, quarters, milestones, undated, events, unreadable. */
function timescale(n: number): string {
  const month = MONTHS[n % 12];
  const year = n % 12 < 9 ? 2019 : 2020;
  const forms = [
    `${month} ${year}`,
    `by ${month} ${year}`,
    `Jun-${month} ${year}`,
    `Q${(n % 4) + 1} 2019/20`,
    'Ongoing',
    `Audit Plan developed by June 2019\nImplemented from ${month} ${year}`,
    'As required',
    `${(n % 28) + 1}/${(n % 12) + 1}/2019`,
    'October Board meeting',
    `TBC (${n % 7})`,
  ];
  return forms[Math.floor(n / 12) % forms.length];
}
const LEADS = ['Procedures Subgroup', 'Audit Group', 'Training Group', 'Performance Group', 'SEG', 'TBC'];
const PROGRESS = ['', 'Under way', 'Completed September 2019', 'Delayed by recruitment', 'Not yet started'];
const RAGS = ['G', 'A', 'R', 'B', ''];

export const SHEETS = 12;

export function planWorkbook(actions: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const perSheet = Math.ceil(actions / SHEETS);
  let written = 0;
  for (let s = 1; s <= SHEETS; s += 1) {
    const sheet = workbook.addWorksheet(`SAB${s}`);
    sheet.addRow([`Priority: SAB${s} Priority theme ${s} — Business Plan 2019-20`]);
    sheet.addRow(['Partnership Lead:', s % 3 === 0 ? 'Local Authority - TBC' : 'Health']);
    sheet.addRow([]);
    sheet.addRow([
      'Ref',
      'Objective',
      'What are we going to do?',
      'How will we measure progress and impact?',
      'Who is responsible?',
      'When is it going to be done by?',
      'Progress',
      'RAG',
    ]);
    const count = Math.min(perSheet, actions - written);
    for (let i = 0; i < count; i += 1) {
      const n = written + i;
      const objective = i % 4 === 0 ? `Objective ${s}.${i / 4 + 1}: partners work together to prevent safeguarding need` : null;
      const twoParts = n % 17 === 0;
      sheet.addRow([
        `${s}.${i + 1}`,
        objective,
        twoParts
          ? `Review multi-agency meetings ${n}\nDevelop guidance ${n}`
          : `Review and report on multi-agency meetings for adults at risk (${n})`,
        'Process and guidance in place; practitioner feedback',
        twoParts ? 'Procedures Subgroup\nAudit Group' : LEADS[n % LEADS.length],
        twoParts ? 'Jul 2019\nDec 2019' : timescale(n),
        PROGRESS[n % PROGRESS.length],
        RAGS[n % RAGS.length],
      ]);
      if (i % 4 === 0 && i + 3 < count) {
        const row = sheet.rowCount;
        sheet.mergeCells(`B${row}:B${row + 3}`);
      }
    }
    written += count;
  }
  return workbook;
}

/**
 * The same plan as a sheet "formatted to the bottom" leaves it: every used
 * column styled down to row 1,048,576, a stray space far below the tables,
 * and a filled cell in the sheet's last row.
 */
export function formattedToTheBottom(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  for (const sheet of workbook.worksheets) {
    for (let c = 1; c <= 26; c += 1) {
      sheet.getColumn(c).style = {
        font: { name: 'Arial', size: 10 },
        alignment: { wrapText: true, vertical: 'top' },
        border: { bottom: { style: 'thin' } },
      };
    }
    sheet.getCell('Z1048000').value = ' ';
    sheet.getCell('Z1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
  }
  return workbook;
}
