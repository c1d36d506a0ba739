/** Why some bytes are not a workbook the reader can open, as one line, before unzipping fails. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE: the stream Office puts in a password-protected workbook's container. */
const ENCRYPTION_STREAM = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** null when the bytes look like an .xlsx; otherwise what to tell the officer. */
export function signatureProblem(bytes: Uint8Array, name: string): string | null {
  if (bytes.length === 0) return `${name} is empty (0 bytes), not an .xlsx workbook`;
  if (startsWith(bytes, OLE)) {
    return contains(bytes, ENCRYPTION_STREAM)
      ? `${name} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx`
      : `${name} is an old-style .xls workbook: open it in Excel and save it as .xlsx`;
  }
  return startsWith(bytes, ZIP) ? null : `${name} is not an .xlsx workbook`;
}
