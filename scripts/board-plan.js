/**
 * npm run board-plan -- …: the built command, answering as fast as
 * `node dist/board-plan.js`. It is rebuilt first only when a source it is
 * built from is newer than it (npm install builds it once). npm runs scripts
 * in the project's folder; file names are read from the folder the officer
 * ran npm in (INIT_CWD), so relative paths are theirs.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { toolCommand } = require('./tools');

const ROOT = path.join(__dirname, '..');
const BUILT = path.join(ROOT, 'dist', 'board-plan.js');
/** What the command is built from: a change to any of these rebuilds it. */
const SOURCES = ['src/cli', 'src/plan', 'src/workbook', 'webpack.config.js', 'package.json', 'tsconfig.json'];

function newestChange(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function isStale() {
  if (!fs.existsSync(BUILT)) return true;
  const built = fs.statSync(BUILT).mtimeMs;
  return SOURCES.some((source) => fs.existsSync(path.join(ROOT, source)) && newestChange(path.join(ROOT, source)) > built);
}

if (isStale()) {
  process.stderr.write('board-plan: building the command (sources changed)…\n');
  const { command, args, options } = toolCommand('webpack', ['--mode', 'production', '--config-name', 'cli'], ROOT);
  const built = spawnSync(command, args, { ...options, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
  // webpack leaves an unchanged output untouched: mark it as built now, or every run would build again.
  const now = new Date();
  fs.utimesSync(BUILT, now, now);
}

process.chdir(process.env.INIT_CWD || process.cwd());
process.argv = [process.argv[0], BUILT, ...process.argv.slice(2)];
require(BUILT);
