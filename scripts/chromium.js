/**
 * Debian's Chromium, headless, with nothing that reaches for the network on
 * its own: how the browser tests and the bench launch it (never a
 * downloaded browser). CHROMIUM_PATH points elsewhere.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

module.exports = { CHROMIUM, CHROMIUM_ARGS };
