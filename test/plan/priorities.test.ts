import { priorityLabel } from '../../src/plan';

describe('a priority named beside an action', () => {
  it('is its code and title', () => {
    expect(priorityLabel({ code: '1', title: 'Hidden Harm' })).toBe('1: Hidden Harm');
    expect(priorityLabel({ code: '2a', title: '' })).toBe('2a');
  });

  it('cuts a long title at a word, without trailing punctuation, when a narrow column asks', () => {
    const priority = { code: '2c', title: 'To be assured that services for children, adults and families are effectively coordinated' };
    expect(priorityLabel(priority, 44)).toBe('2c: To be assured that services for children…');
    expect(priorityLabel({ code: '3', title: 'To be assured of the quality of care for any child' }, 44)).toBe(
      '3: To be assured of the quality of care for…',
    );
    expect(priorityLabel({ code: '1', title: 'Hidden Harm' }, 44)).toBe('1: Hidden Harm');
  });
});
