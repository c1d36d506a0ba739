import { writeJson } from '../../src/cli/jsonOut';
import { checkFixture, FIXTURES } from '../helpers/fixtures';

const written = (document: object) => {
  const pieces: string[] = [];
  writeJson(document, (text) => pieces.push(text));
  return pieces;
};

describe('the JSON the command writes in pieces', () => {
  test.each(FIXTURES)('is byte for byte what JSON.stringify writes for %s', async (file, asOf) => {
    const json = await checkFixture(file, asOf);
    expect(written(json).join('')).toBe(`${JSON.stringify(json)}\n`);
  });

  it('leaves out what JSON.stringify leaves out, and writes a large array in pieces', () => {
    const document = {
      a: undefined,
      b: [1, undefined, 'x'],
      c: { d: undefined, e: 2 },
      f: Array.from({ length: 20_000 }, (_, i) => ({ i })),
    };
    const pieces = written(document);
    expect(pieces.join('')).toBe(`${JSON.stringify(document)}\n`);
    expect(pieces.length).toBeGreaterThan(3);
  });
});
