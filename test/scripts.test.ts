import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * npm start and npm stop: on Windows, spawning npx.cmd without a shell fails
 * with EINVAL on Node 20.12.2 and later (CVE-2024-27980), so they did
 * nothing there. They now run each package's own script with Node itself.
 */
const root = path.join(__dirname, '..');
const { toolCommand } = require('../scripts/tools') as {
  toolCommand(
    pkg: string,
    args: string[],
    root: string,
    nodePath?: string,
  ): { command: string; args: string[]; options: { cwd: string; shell: boolean } };
};

describe('npm start and npm stop', () => {
  it.each(['C:\\Program Files\\nodejs\\node.exe', '/usr/local/bin/node'])(
    'run office-addin-debugging and webpack with Node at %s, no npx.cmd, no shell',
    (node) => {
      for (const [pkg, script] of [
        ['office-addin-debugging', /office-addin-debugging[\\/]cli\.js$/],
        ['webpack', /webpack[\\/]bin[\\/]webpack\.js$/],
      ] as const) {
        const { command, args, options } = toolCommand(pkg, ['--version'], root, node);
        expect([command, options.shell, options.cwd]).toEqual([node, false, root]);
        expect(args[0]).toMatch(script);
        expect(args.slice(1)).toEqual(['--version']);
      }
    },
  );

  it('runs for real: webpack --version through the same command line', () => {
    const { command, args, options } = toolCommand('webpack', ['--version'], root);
    const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
    expect([result.error, result.status]).toEqual([undefined, 0]);
    expect(result.stdout).toMatch(/webpack: \^?\d+\.\d+/);
  });

  it('never spawn npx or a .cmd file', () => {
    for (const script of ['start.js', 'stop.js']) {
      const source = readFileSync(path.join(root, 'scripts', script), 'utf8');
      expect([script, /spawn(Sync)?\(\s*['"]?npx|\.cmd['"]/.test(source)]).toEqual([script, false]);
    }
  });
});

describe('npm run board-plan', () => {
  it('reads file names from the folder npm was run in, and builds only when sources changed', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'board-plan-'));
    copyFileSync(path.join(root, 'test', 'fixtures', 'quarterly-tracker.xlsx'), path.join(folder, 'plan.xlsx'));
    const run = () =>
      spawnSync(process.execPath, [path.join(root, 'scripts', 'board-plan.js'), 'check', 'plan.xlsx', '--as-of', '2022-10-15'], {
        cwd: root,
        env: { ...process.env, INIT_CWD: folder },
        encoding: 'utf8',
      });
    run();
    const second = run();
    expect(second.stderr).toBe('');
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('Board plan check: plan.xlsx\n');
    expect(second.stdout).toContain('1 plan table, 7 actions; 1 error, 2 warnings, 1 info\n');
  });
});

describe('the add-in build', () => {
  it('ships source maps beside the pane, so a developer debugging in Excel sees the TypeScript', () => {
    const web = path.join(root, 'dist', 'web');
    const map = readdirSync(web).find((file) => /^taskpane\.[0-9a-f]+\.js\.map$/.test(file));
    expect(map).toBeDefined();
    const { sources } = JSON.parse(readFileSync(path.join(web, map!), 'utf8')) as { sources: string[] };
    expect(sources.some((source) => source.endsWith('src/taskpane/PlanPane.tsx'))).toBe(true);
  });
});
