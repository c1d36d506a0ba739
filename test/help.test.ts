/**
 * @jest-environment jsdom
 */
import { RULES } from '../src/plan';

/** The help page, rendered in a plain page with no Office: its tables come from the engine's own. */
describe('the help page', () => {
  beforeAll(async () => {
    document.body.innerHTML = '<main id="root"></main>';
    await import('../src/help/help');
  });

  it('explains every rule the engine has, by its title, ID and summary, and nothing it has not', () => {
    const rows = [...document.querySelectorAll('table')[1].querySelectorAll('tbody tr')].map((tr) => [
      tr.children[0].querySelector('strong')?.textContent,
      tr.children[0].querySelector('code')?.textContent,
      tr.children[1].textContent,
      tr.children[2].textContent,
    ]);
    expect(rows).toEqual(RULES.map((rule) => [rule.title, rule.id, rule.severity, rule.summary]));
  });

  it('gives the RAG policy with the default amber window, in the order it decides, in the colours the sheets use', () => {
    const rows = [...document.querySelectorAll('table')[0].querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.children[0].textContent)).toEqual(['Blue', 'Red', 'Amber', 'Green', 'Not rated']);
    expect(rows[2].children[1].textContent).toMatch(/within 30 days after the review date/);
    expect((rows[1].children[0].firstElementChild as HTMLElement).style.backgroundColor).toBe('rgb(198, 40, 40)');
  });

  it('says what it writes, what it never writes, and that nothing leaves the workbook', () => {
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Using it', 'How RAG is computed', 'What each check finds', 'What it writes, and never writes', 'Privacy']);
    expect(document.body.textContent).toMatch(/sends nothing about your plan anywhere/);
  });
});
