#!/usr/bin/env node
/** npm stop: stops the preview server, or the Excel sideload and its dev server. */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { toolCommand } = require('./tools');

const root = path.join(__dirname, '..');
const PID_FILE = path.join(root, 'dist', '.preview.pid');

if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(-pid);
  } catch {
    try {
      process.kill(pid);
    } catch {
      /* already stopped */
    }
  }
  fs.rmSync(PID_FILE);
  console.log('Stopped the preview.');
} else if (['win32', 'darwin'].includes(process.platform)) {
  const { command, args, options } = toolCommand('office-addin-debugging', ['stop', 'manifest.xml'], root);
  const result = spawnSync(command, args, { ...options, stdio: 'inherit' });
  if (result.error) console.error(`Could not run office-addin-debugging: ${result.error.message}`);
  process.exitCode = result.status ?? 1;
} else {
  console.log('Nothing to stop.');
}
