#!/usr/bin/env node
/**
 * Draws the product icon (a plan sheet with red, amber and green status bars
 * on the board's navy) at the sizes Office asks for, as PNG files in assets/.
 * Run once after changing the design: node scripts/icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const NAVY = [0x1f, 0x3a, 0x5f];
const PAPER = [0xff, 0xff, 0xff];
const BARS = [
  [0xc5, 0x28, 0x28],
  [0xf0, 0x9a, 0x00],
  [0x2e, 0x7d, 0x32],
];

/** Colour at (x, y) in a unit square, anti-aliased by 4×4 supersampling. */
function colourAt(x, y, size) {
  const samples = [];
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) samples.push(shade((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size));
  }
  const alpha = samples.filter(Boolean).length / samples.length;
  const sum = [0, 1, 2].map((i) => samples.reduce((total, s) => total + (s ? s[i] : 0), 0));
  const opaque = samples.filter(Boolean).length || 1;
  return [...sum.map((v) => Math.round(v / opaque)), Math.round(alpha * 255)];
}

function inRoundedRect(u, v, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  return u >= x0 && u <= x1 && v >= y0 && v <= y1 && (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}

function shade(u, v) {
  if (!inRoundedRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.18)) return null;
  const bars = [
    [0.28, 0.84],
    [0.28, 0.64],
    [0.28, 0.76],
  ];
  for (let i = 0; i < bars.length; i += 1) {
    const top = 0.24 + i * 0.2;
    if (inRoundedRect(u, v, bars[i][0] - 0.02, top, bars[i][1], top + 0.12, 0.04)) return BARS[i];
    if (inRoundedRect(u, v, 0.12, top + 0.01, 0.2, top + 0.11, 0.04)) return PAPER;
  }
  return NAVY;
}

function crc32(buffer) {
  let crc = -1;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(Buffer.from([0, ...Array.from({ length: size }, (_, x) => colourAt(x, y, size)).flat()]));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  const file = path.join(__dirname, '..', 'assets', `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote assets/icon-${size}.png`);
}
