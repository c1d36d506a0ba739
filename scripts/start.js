#!/usr/bin/env node
/**
 * npm start: on Windows and macOS, sideloads the add-in into Excel desktop
 * (office-addin-debugging, with a dev server at https://localhost:3000). On
 * Linux, or with `npm start -- --preview`, builds and serves the browser
 * preview at http://localhost:3000/preview.html with the sample plan loaded.
 * npm stop stops either.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { toolCommand } = require('./tools');

const root = path.join(__dirname, '..');
const PID_FILE = path.join(root, 'dist', '.preview.pid');
const preview = process.argv.includes('--preview') || !['win32', 'darwin'].includes(process.platform);

/** Runs a package's command and exits with its status if it fails (with its own reason, if it could not start). */
function runTool(pkg, args, env = process.env) {
  const { command, args: argv, options } = toolCommand(pkg, args, root);
  const result = spawnSync(command, argv, { ...options, stdio: 'inherit', env });
  if (result.error) console.error(`Could not run ${pkg}: ${result.error.message}`);
  return result.status ?? 1;
}

function build(mode) {
  const status = runTool('webpack', ['--mode', mode], { ...process.env, BUILD: 'web' });
  if (status !== 0) process.exit(status);
}

/**
 * Resolves when the server itself says it is listening (not merely when the
 * port answers: another program may hold it); rejects with the server's own
 * one-line reason if it exits first.
 */
function waitForServer(server, logFile) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject('The preview server did not start within 10 s: see dist/preview.log'), 10_000);
    server.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    server.once('exit', () => {
      clearTimeout(timer);
      reject(fs.readFileSync(logFile, 'utf8').trim());
    });
  });
}

function running(pidFile) {
  try {
    process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

if (preview && running(PID_FILE)) {
  console.log('The preview is already running: http://localhost:3000/preview.html (npm stop to stop it).');
} else if (preview) {
  build('production');
  const logFile = path.join(root, 'dist', 'preview.log');
  const log = fs.openSync(logFile, 'w');
  const server = spawn(process.execPath, [path.join(__dirname, 'serve.js'), '3000'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', log, log, 'ipc'],
  });
  waitForServer(server, logFile).then(
    () => {
      fs.writeFileSync(PID_FILE, String(server.pid));
      server.disconnect();
      server.unref();
      console.log('Board Plan Tracker preview (no Excel needed): http://localhost:3000/preview.html — npm stop to stop it.');
    },
    (message) => {
      console.error(message);
      process.exitCode = 1;
    },
  );
} else {
  process.exit(runTool('office-addin-debugging', ['start', 'manifest.xml', 'desktop', '--app', 'excel']));
}
