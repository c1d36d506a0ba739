/**
 * An array whose items are made into JSON objects only as they are written,
 * a hundred at a time: a 10,000-action plan's JSON objects never all exist
 * at once, and each batch is let go as soon as it is written.
 */
export class MadeAsWritten<T> {
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => unknown,
  ) {}
}

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
    const items = value instanceof MadeAsWritten ? value : Array.isArray(value) ? new MadeAsWritten(value, (item) => item) : null;
    // What JSON.stringify leaves out of an object (undefined, functions) it leaves out here.
    const whole = items ? '' : JSON.stringify(value);
    if (whole === undefined) continue;
    write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!items) {
      write(whole);
      continue;
    }
    write('[');
    // JSON.stringify of a batch writes each item as it would in the whole array (null for undefined).
    for (let i = 0; i < items.items.length; i += BATCH) {
      if (i > 0) write(',');
      write(JSON.stringify(items.items.slice(i, i + BATCH).map(items.toJson)).slice(1, -1));
    }
    write(']');
  }
  write('}\n');
}
