/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates). */
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** A character Excel cannot store as itself, written as Excel writes it: _xHHHH_. */
export function excelEscaped(text: string): string {
  return text.replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
