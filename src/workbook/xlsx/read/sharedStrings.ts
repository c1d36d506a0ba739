import { scan } from './scan';
import { excelUnescaped } from './text';

/**
 * The text of each shared string, by index: its runs joined, the phonetic
 * guides (<rPh>, Japanese readings shown above the text) left out as Excel
 * shows the cell without them.
 */
export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = false;
  scan(xml, {
    open(name, _from, _to, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic = !selfClosing;
      else if (name === 't' && current && !phonetic) inText = !selfClosing;
    },
    wantsText: () => inText,
    text(text) {
      current!.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'si' && current) {
        strings.push(excelUnescaped(current.join('')));
        current = null;
      }
    },
  });
  return strings;
}
