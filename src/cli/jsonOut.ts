/**
 * A JSON document written in pieces, byte for byte as JSON.stringify writes
 * it whole: a 10,000-action plan's 7 MB of JSON never sits in memory as one
 * string beside its copy for the terminal. Top-level arrays (actions,
 * findings) are written a hundred items to a piece (about 70 KB), each piece
 * handed on as JSON.stringify made it, not gathered into a larger string
 * first: copying them would be most of what a check allocates.
 */
const BATCH = 100;

export function writeJson(document: object, write: (text: string) => void): void {
  write('{');
  let first = true;
  for (const [key, value] of Object.entries(document)) {
    // What JSON.stringify leaves out of an object (undefined, functions) it leaves out here.
    const whole = Array.isArray(value) ? '' : JSON.stringify(value);
    if (whole === undefined) continue;
    write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      write(whole);
      continue;
    }
    write('[');
    // JSON.stringify of a slice writes each item as it would in the whole array (null for undefined).
    for (let i = 0; i < value.length; i += BATCH) {
      if (i > 0) write(',');
      write(JSON.stringify(value.slice(i, i + BATCH)).slice(1, -1));
    }
    write(']');
  }
  write('}\n');
}
