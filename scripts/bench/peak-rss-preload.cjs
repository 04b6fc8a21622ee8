// Loaded with `node --require` by the benchmarks only: reports the process's peak resident
// memory and CPU time on stderr as it exits, so a CLI run can be measured from outside. VmHWM belongs to this
// process's own address space; getrusage's maxRSS would also count the bench process that
// spawned it (Linux carries the high-water mark across fork and exec).
const fs = require('node:fs');

function peakKib() {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`\npeak-rss-kib ${peakKib()}\ncpu-microseconds ${cpu.user + cpu.system}\n`);
});
