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
