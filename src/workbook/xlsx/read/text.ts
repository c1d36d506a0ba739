/** Characters Excel could not store as themselves, written _xHHHH_ (xmlSafe.ts writes them so), read back as the characters. */
export function excelUnescaped(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
