import { cleanText, foldHeader, oneLine, paragraphs } from '../../src/plan/text';

describe('cleaning pasted text', () => {
  test.each([
    ['\uF0B7 Collate information from across subgroups', 'Collate information from across subgroups', ['bullet glyphs']],
    ['• Safeguarding matters special edition', 'Safeguarding matters special edition', ['bullet glyphs']],
    ['Review  and\u00A0report ', 'Review and report', ['stray spaces']],
    ['Zero\u200Bwidth', 'Zerowidth', ['invisible characters']],
    ['Plain text', 'Plain text', []],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>', ['markup']],
    ['=HYPERLINK("http://x")', '=HYPERLINK("http://x")', []],
    ['Plain ASCII; ends clean', 'Plain ASCII; ends clean', []],
    ['Tab\tinside', 'Tab inside', ['stray spaces']],
    ['Two  spaces in plain ASCII', 'Two spaces in plain ASCII', ['stray spaces']],
    ['Mixed £ and – punctuation', 'Mixed £ and – punctuation', []],
    ['Mixed £ and  – a double space', 'Mixed £ and – a double space', ['stray spaces']],
    [' leading space', 'leading space', ['stray spaces']],
  ])('%j → %j', (raw, text, artefacts) => {
    expect(cleanText(raw)).toEqual({ text, artefacts });
  });
});

describe('one line of a cell', () => {
  test.each([
    ['Plain', 'Plain'],
    ['  padded  ', 'padded'],
    ['Two  spaces', 'Two spaces'],
    ['Line\nbreak\r\nand\ttab', 'Line break and tab'],
    ['Non\u00A0breaking', 'Non breaking'],
    ['a < b', 'a < b'],
  ])('%j → %j', (raw, flat) => {
    expect(oneLine(raw)).toBe(flat);
  });
});

describe('paragraphs of a cell', () => {
  test.each([
    ['One action', ['One action']],
    ['First\nSecond', ['First', 'Second']],
    [
      'Review and report on the\nmulti-agency meetings.\n\nDevelop a self-assessment\nframework.',
      ['Review and report on the multi-agency meetings.', 'Develop a self-assessment framework.'],
    ],
    ['Sept 2019\n\n\n\nMar 2020', ['Sept 2019', 'Mar 2020']],
    ['', []],
    ['\n \n', []],
  ])('%j', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });
});

describe('folding header text', () => {
  test.each([
    ['When is it going\nto be done by?', 'when is it going to be done by'],
    ['In 2014/5 we will', 'in we will'],
    ['Timescale/Target', 'timescale target'],
    ['  R/A/G ', 'r a g'],
  ])('%j → %j', (header, folded) => {
    expect(foldHeader(header)).toBe(folded);
  });
});
