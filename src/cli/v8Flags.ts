import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for the command, set before any other module is evaluated
 * (main imports this first): the bin is started as `node board-plan.js`,
 * and npm's shims pass no flags.
 */

// A check builds up everything it reports and lets go of little: left to
// itself, V8 doubles its young generation each time much survives, to 2 × 16
// MB that a one-off check never needs (at 10,000 actions its peak memory is
// 131 MB with that, 98 MB without, in the same time). Not for summary, whose
// writing makes and drops far more: it runs a tenth faster with the default.
if (process.argv[2] === 'check') setFlagsFromString('--semi-space-growth-factor=1');

// V8 interprets each regular expression until it has run many times, then
// compiles it. The command's patterns (column terms, timescales, RAG words)
// each run over thousands of cells in one short process: compiled at first
// use they cost less (a 10,000-action check runs about 4% faster).
setFlagsFromString('--no-regexp-tier-up');
