import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/plan';
import { DEFAULT_POLICY } from '../src/plan/rag';

const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

describe('the README stays true', () => {
  test.each(RULES.map((rule) => [rule.id, rule.severity]))('documents %s as %s', (id, severity) => {
    expect(readme).toMatch(new RegExp(`\\| ${id} \\| ${severity} \\|`));
  });

  it('states the default amber window and grace', () => {
    expect(readme).toContain(`\`amberDays\` (default ${DEFAULT_POLICY.amberDays})`);
    expect(readme).toContain(`\`graceDays\`, default ${DEFAULT_POLICY.graceDays}`);
  });

  it('shows the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
