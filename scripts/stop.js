#!/usr/bin/env node
/** npm stop: stops the preview server, or the Excel sideload and its dev server. */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const PID_FILE = path.join(root, 'dist', '.preview.pid');

if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(-pid);
  } catch {
    try { process.kill(pid); } catch { /* already stopped */ }
  }
  fs.rmSync(PID_FILE);
  console.log('Stopped the preview.');
} else if (['win32', 'darwin'].includes(process.platform)) {
  spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['office-addin-debugging', 'stop', 'manifest.xml'], { cwd: root, stdio: 'inherit' });
} else {
  console.log('Nothing to stop.');
}
