import { readFileSync } from 'node:fs';

/**
 * Preloaded into a measured process (node -r): reports its peak memory on
 * stderr as it exits. On Linux from /proc (VmHWM, this program's own peak):
 * getrusage's maxRSS carries over the peak of the process it was forked
 * from, so a small check spawned by a bench that had grown read as large.
 */
function peakKb(): number {
  try {
    const hwm = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: the resource usage figure.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${peakKb()}\n`);
});
