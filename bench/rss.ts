/** Preloaded into a measured process (node -r): reports its peak memory on stderr as it exits. */
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
