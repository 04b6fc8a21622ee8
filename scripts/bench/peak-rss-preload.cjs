// Loaded with `node --require` by the benchmarks only: reports the process's peak resident
// memory on stderr as it exits, so a CLI run can be measured from outside.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
