#!/usr/bin/env node
/**
 * npm run fuzz [-- RUNS [SEED]]: the damaged-workbook test of the suite
 * (test/fuzz.test.ts) with thousands of cases instead of a hundred and fifty.
 */
const [runs = '3000', seed] = process.argv.slice(2);
process.env.FUZZ_RUNS = runs;
if (seed) process.env.FUZZ_SEED = seed;
require('jest').run(['test/fuzz']);
