import { roomUnits, textUnits, wrappedLines } from '../../src/workbook/sheets/textWidth';

/** Lines seen in Board Summaries rendered with Calibri's metrics, in the Title column (C:D merged, 38 + 20 wide). */
describe('text measured as Excel wraps it in Calibri 11', () => {
  const title = roomUnits([38, 20]);

  it('keeps on one line what fits and wraps at the word that does not', () => {
    expect(wrappedLines("To be assured that 'Safeguarding is Everyone's Responsibility'", title)).toBe(1);
    expect(
      wrappedLines(
        'To be assured that services for children, adults and families are effectively coordinated to ensure children and adults are safe',
        title,
      ),
    ).toBe(2);
    expect(
      wrappedLines(
        'To be assured that our Learning and Improvement Framework is raising Service quality and outcomes for children, young people and adults',
        title,
      ),
    ).toBe(3);
  });

  it('counts line breaks, bold and larger text, and breaks a word longer than the column', () => {
    expect(wrappedLines('one\ntwo\n\nfour', title)).toBe(4);
    expect(textUnits('Computed', true)).toBeGreaterThan(textUnits('Computed'));
    expect(textUnits('Priorities', false, 13)).toBeCloseTo((textUnits('Priorities') * 13) / 11);
    expect(wrappedLines('x'.repeat(200), roomUnits([10]))).toBeGreaterThan(10);
    expect(wrappedLines('anything', 0)).toBeGreaterThan(0);
  });
});

/** The definition: paragraphs split at line breaks, words at spaces, each word measured whole. */
function splitLines(text: string, roomGiven: number, bold = false, size = 11): number {
  const room = Math.max(1, roomGiven);
  const space = textUnits(' ', bold, size);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const width = textUnits(word, bold, size);
      if (used === 0 || used + space + width <= room) used += (used === 0 ? 0 : space) + width;
      else {
        lines += 1;
        used = width;
      }
      while (used > room) {
        lines += 1;
        used -= room;
      }
    }
  }
  return lines;
}

describe('wrapping in one pass', () => {
  it('counts the lines the split-and-measure definition counts, on awkward text', () => {
    const pieces = ['a', 'Safeguarding', ' ', '  ', '\n', '\n\n', 'W'.repeat(40), '–', '😀', '\t', 'x\u00A0y', '', 'iiii'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n += 1) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const room = next() * 60;
      const bold = next() < 0.5;
      expect([text, wrappedLines(text, room, bold, 13)]).toEqual([text, splitLines(text, room, bold, 13)]);
      expect([text, wrappedLines(text, room)]).toEqual([text, splitLines(text, room)]);
    }
  });

  it('measures a character outside the Basic Multilingual Plane once', () => {
    expect(textUnits('😀')).toBeCloseTo(textUnits('é'));
  });
});
