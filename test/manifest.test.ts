import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

/**
 * office-addin-manifest validate needs a Microsoft web service; these checks
 * stand in for it offline. They run after `npm run build` (npm test does).
 */
const root = path.join(__dirname, '..');
const text = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const errors: string[] = [];
const doc = new DOMParser({
  errorHandler: {
    warning: () => undefined,
    error: (message: string) => errors.push(message),
    fatalError: (message: string) => errors.push(message),
  },
}).parseFromString(text, 'text/xml');
const all = (name: string) => Array.from(doc.getElementsByTagName(name));
const BUILD = path.join(root, 'dist', 'web');

/** The order the OfficeApp schema (TaskPaneApp) requires of the elements it has. */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

const urls = () =>
  [
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].flatMap((name) =>
      all(name).map((el) => el.getAttribute('DefaultValue')),
    ),
    ...['bt:Image', 'bt:Url'].flatMap((name) => all(name).map((el) => el.getAttribute('DefaultValue'))),
  ].filter((url): url is string => Boolean(url));

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(errors).toEqual([]);
    expect(doc.documentElement.tagName).toBe('OfficeApp');
  });

  it("has its elements in the schema's order", () => {
    const names = Array.from(doc.documentElement.childNodes)
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as Element).tagName);
    const positions = names.map((name) => SCHEMA_ORDER.indexOf(name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('resolves every resid to a resource', () => {
    const ids = new Set(
      ['bt:Image', 'bt:Url', 'bt:String'].flatMap((name) => all(name).map((el) => el.getAttribute('id'))).filter(Boolean),
    );
    const resids = Array.from(doc.getElementsByTagName('*'))
      .map((el) => el.getAttribute('resid'))
      .filter((id): id is string => Boolean(id));
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = Array.from(doc.getElementsByTagName('*'))
      .map((el) => el.getAttribute('id'))
      .filter(Boolean);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('uses https everywhere', () => {
    expect(urls().filter((url) => !url.startsWith('https://'))).toEqual([]);
  });

  it('names only icons and pages that the build produces', () => {
    const missing = urls()
      .map((url) => new URL(url).pathname)
      .filter((page) => !existsSync(path.join(BUILD, page)));
    expect(missing).toEqual([]);
  });

  it('has icons at 16, 32, 64 and 80 px', () => {
    const sizes = urls()
      .filter((url) => url.endsWith('.png'))
      .map((url) => readFileSync(path.join(BUILD, new URL(url).pathname)).readUInt32BE(16));
    expect(new Set(sizes)).toEqual(new Set([16, 32, 64, 80]));
  });

  it('has the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(all('Version')[0].textContent).toBe(`${version}.0`);
  });

  it('asks Excel for a workbook with read/write access and the requirement set the adapter needs', () => {
    expect(all('Host')[0].getAttribute('Name')).toBe('Workbook');
    expect(all('Permissions')[0].textContent).toBe('ReadWriteDocument');
    expect(all('Set').map((el) => [el.getAttribute('Name'), el.getAttribute('MinVersion')])).toEqual([
      ['ExcelApi', '1.13'],
      ['SharedRuntime', '1.1'],
    ]);
  });

  it("runs the ribbon and the pane in one shared runtime: Validate plan calls the pane page's own validatePlan", () => {
    const urls = new Map(all('bt:Url').map((el) => [el.getAttribute('id'), el.getAttribute('DefaultValue')]));
    const [runtime] = all('Runtime');
    expect([runtime.getAttribute('resid'), runtime.getAttribute('lifetime')]).toEqual(['Taskpane.Url', 'long']);
    expect(all('FunctionFile')[0].getAttribute('resid')).toBe('Taskpane.Url');
    const [validate, show] = all('Control').map((control) => control.getElementsByTagName('Action')[0]);
    expect(validate.getAttribute('xsi:type')).toBe('ExecuteFunction');
    expect(validate.getElementsByTagName('FunctionName')[0].textContent).toBe('validatePlan');
    expect(show.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(show.getElementsByTagName('SourceLocation')[0].getAttribute('resid')).toBe('Taskpane.Url');
    expect(urls.get('Taskpane.Url')).toBe('https://localhost:3000/taskpane.html');
    // The function the ribbon names is the one the built pane registers.
    const pane = readdirSync(BUILD)
      .filter((f) => /^taskpane\..*\.js$/.test(f))
      .map((f) => readFileSync(path.join(BUILD, f), 'utf8'))
      .join('');
    expect(pane).toMatch(/associate\(\s*["']validatePlan["']/);
  });

  it('points Support and Learn more at the help page, which works in any browser', () => {
    const urls = new Map(all('bt:Url').map((el) => [el.getAttribute('id'), el.getAttribute('DefaultValue')]));
    expect(all('SupportUrl')[0].getAttribute('DefaultValue')).toBe('https://localhost:3000/help.html');
    expect(urls.get(all('LearnMoreUrl')[0].getAttribute('resid'))).toBe('https://localhost:3000/help.html');
    const help = readFileSync(path.join(BUILD, 'help.html'), 'utf8');
    expect(help).not.toContain('office.js');
  });

  it('puts a Board Plan group on the Home tab with Validate plan and Show pane', () => {
    const strings = new Map(all('bt:String').map((el) => [el.getAttribute('id'), el.getAttribute('DefaultValue')]));
    expect(all('OfficeTab')[0].getAttribute('id')).toBe('TabHome');
    expect(strings.get(all('Group')[0].getElementsByTagName('Label')[0].getAttribute('resid'))).toBe('Board Plan');
    const buttons = all('Control').map((el) => strings.get(el.getElementsByTagName('Label')[0].getAttribute('resid')));
    expect(buttons).toEqual(['Validate plan', 'Show pane']);
  });
});

describe('a deployment build (ADDIN_URL)', () => {
  const { withAddinUrl } = require('../scripts/addin-url') as { withAddinUrl: (xml: string, url?: string) => string };

  it('points every URL at the given address and the AppDomain at its origin', () => {
    const deployed = withAddinUrl(text, 'https://plans.example.org/board-plan/');
    expect(deployed).not.toContain('localhost');
    expect(deployed).toContain('<AppDomain>https://plans.example.org</AppDomain>');
    expect(deployed).toContain('DefaultValue="https://plans.example.org/board-plan/taskpane.html"');
    expect(deployed).toContain('<SupportUrl DefaultValue="https://plans.example.org/board-plan/help.html"/>');
    expect(deployed).toContain('<IconUrl DefaultValue="https://plans.example.org/board-plan/assets/icon-32.png"/>');
  });

  it('keeps the development address when none is given', () => {
    expect(withAddinUrl(text, undefined)).toBe(text);
  });

  it.each([
    ['http://plans.example.org', 'must be https'],
    ['plans.example.org', 'is not an address'],
    ['https://plans.example.org/?x=1', 'without ? or #'],
  ])('refuses %s: %s', (url, message) => {
    expect(() => withAddinUrl(text, url)).toThrow(message);
  });
});
