/**
 * A reading of a cell's text, remembered by that text: plans repeat the same
 * short texts (leads, timescales, RAG words, objectives carried down a
 * table) on hundreds or thousands of rows, and each is read once. What is
 * remembered is shared by every row that asks, so it must never be changed.
 * Past `limit` texts everything is forgotten at once: a plan of texts that
 * never repeat costs bounded memory.
 */
export function remembered<T>(read: (text: string) => T, limit = 10_000): (text: string) => T {
  const readings = new Map<string, T>();
  return (text) => {
    let reading = readings.get(text);
    if (reading === undefined) {
      if (readings.size >= limit) readings.clear();
      reading = read(text);
      readings.set(text, reading);
    }
    return reading;
  };
}
