/**
 * A JSON document written in pieces of about 64 KB, byte for byte as
 * JSON.stringify writes it whole: a 10,000-action plan's 7 MB of JSON never
 * sits in memory as one string beside its copy for the terminal. Top-level
 * arrays (actions, findings) are written item by item.
 */
const PIECE = 64 * 1024;
const BATCH = 100;

export function writeJson(document: object, write: (text: string) => void): void {
  let buffer = '';
  const put = (text: string) => {
    buffer += text;
    if (buffer.length >= PIECE) {
      write(buffer);
      buffer = '';
    }
  };
  put('{');
  let first = true;
  for (const [key, value] of Object.entries(document)) {
    // What JSON.stringify leaves out of an object (undefined, functions) it leaves out here.
    const whole = Array.isArray(value) ? '' : JSON.stringify(value);
    if (whole === undefined) continue;
    put(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) put(whole);
    else {
      put('[');
      // A hundred items to one call: JSON.stringify of a slice writes each as it would in the whole array (null for undefined).
      for (let i = 0; i < value.length; i += BATCH) put(`${i === 0 ? '' : ','}${JSON.stringify(value.slice(i, i + BATCH)).slice(1, -1)}`);
      put(']');
    }
  }
  put('}\n');
  write(buffer);
}
