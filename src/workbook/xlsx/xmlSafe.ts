import type { CellValue, Workbook } from 'exceljs';

/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates). */
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** A character Excel cannot store as itself, written as Excel writes it: _xHHHH_. */
export function excelEscaped(text: string): string {
  return text.replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/**
 * Runs a write with every cell's text made storable as XML 1.0, then puts
 * the texts back. exceljs reads "_x0001_" in a file as the control character
 * itself and on writing drops it, or (for _xFFFE_) writes a part that is not
 * XML at all; escaped again as Excel escapes them, the officer's text goes
 * out as it came in. The workbook in memory is left as it was.
 */
export async function withXmlSafeText<T>(workbook: Workbook, write: () => Promise<T>): Promise<T> {
  const restore: (() => void)[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const safe = safeValue(cell.value);
        if (safe === cell.value) return;
        const original = cell.value;
        cell.value = safe;
        restore.push(() => {
          cell.value = original;
        });
      }),
    );
  }
  try {
    return await write();
  } finally {
    for (const undo of restore) undo();
  }
}

function safeValue(value: CellValue): CellValue {
  if (typeof value === 'string') {
    const safe = excelEscaped(value);
    return safe === value ? value : safe;
  }
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    const runs = value.richText.map((run) => ({ ...run, text: excelEscaped(run.text) }));
    return runs.some((run, i) => run.text !== value.richText[i].text) ? { ...value, richText: runs } : value;
  }
  return value;
}
