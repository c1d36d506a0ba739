#!/usr/bin/env node
/**
 * npm start: runs the product on the bundled sample plan (seed 002 with a
 * mid-year review filled in), as of the review date it was filled in for.
 * The Excel add-in and the browser preview start here once they exist.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const sample = path.join(root, 'assets', 'sample-plan.xlsx');
console.log(`Board Plan Tracker: checking the sample plan ${path.relative(process.cwd(), sample)} as of 15 Oct 2021\n`);
const result = spawnSync(process.execPath, [path.join(root, 'dist', 'board-plan.js'), 'check', sample, '--as-of', '2021-10-15'], { stdio: 'inherit' });
console.log('\nCheck your own plan: npm run board-plan -- check <file.xlsx> [--as-of YYYY-MM-DD]');
process.exitCode = result.status === 2 ? 2 : 0;
