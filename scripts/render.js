#!/usr/bin/env node
/**
 * npm run render -- <file.xlsx> [--out folder]: prints a workbook to PNG pages
 * with LibreOffice (as Excel would print it: the sheets' own print set-up)
 * and poppler's pdftoppm, to look at what the product wrote. Needs
 * `apt-get install libreoffice-calc poppler-utils` (or the same elsewhere).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function fail(message) {
  console.error(`render: ${message}`);
  process.exit(2);
}

function need(command, hint) {
  if (spawnSync('which', [command]).status !== 0) fail(`${command} is not installed (${hint})`);
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : 'test-results/render';
const [file] = args;
if (!file) fail('usage: npm run render -- <file.xlsx> [--out folder]');
if (!fs.existsSync(file)) fail(`${file} does not exist`);
need('soffice', 'apt-get install -y --no-install-recommends libreoffice-calc');
need('pdftoppm', 'apt-get install -y poppler-utils');
// Without Calibri's metrics (Carlito) LibreOffice substitutes a wider font: pages wrap and break unlike Excel's.
if (spawnSync('fc-list', ['Carlito']).stdout?.toString().trim() === '') {
  console.warn('render: Carlito is not installed (apt-get install -y fonts-crosextra-carlito): pages will not break as in Excel');
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
// A private profile: a LibreOffice already open for the user would otherwise swallow the conversion.
const profile = `-env:UserInstallation=file://${path.join(work, 'profile')}`;
const converted = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, file], { encoding: 'utf8' });
const pdf = path.join(work, `${path.basename(file, path.extname(file))}.pdf`);
if (converted.status !== 0 || !fs.existsSync(pdf))
  fail(`LibreOffice could not convert ${file}: ${(converted.stderr || converted.stdout).trim().split('\n')[0]}`);
fs.mkdirSync(out, { recursive: true });
const prefix = path.join(out, path.basename(file, path.extname(file)));
const pages = spawnSync('pdftoppm', ['-png', '-r', '70', pdf, prefix], { encoding: 'utf8' });
if (pages.status !== 0) fail(`pdftoppm failed: ${pages.stderr.trim()}`);
fs.rmSync(work, { recursive: true, force: true });
const written = fs
  .readdirSync(out)
  .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'))
  .sort();
console.log(`${written.length} pages of ${file}:`);
for (const page of written) console.log(`  ${path.join(out, page)}`);
