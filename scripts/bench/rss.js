// Preloaded by scripts/bench.js (`node -r`): reports the process's peak memory on exit, on stderr.
'use strict';
process.on('exit', () => {
  process.stderr.write(`\njixiao-bench-maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
