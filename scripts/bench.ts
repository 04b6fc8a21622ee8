// `npm run bench`: every speed and memory figure the project is held to, in one table, written
// to bench-results/bench.json. `npm run bench -- embedding cli` runs only the named sections.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { printRows, type BenchRow } from './bench/bench-row.js';
import { benchArxiv } from './bench/arxiv-bench.js';
import { benchCli } from './bench/cli-bench.js';
import { benchDupes } from './bench/dupes-bench.js';
import { benchEmbedding } from './bench/embedding-bench.js';
import { benchPostgres } from './bench/postgres-bench.js';
import { benchScale } from './bench/scale-bench.js';
import { benchServe } from './bench/serve-bench.js';
import { benchThemes } from './bench/themes-bench.js';
import { benchTriage } from './bench/triage-bench.js';

const SECTIONS: Record<string, () => Promise<BenchRow[]>> = {
  embedding: () => benchEmbedding(),
  cli: () => benchCli(),
  serve: () => benchServe(),
  themes: () => benchThemes(),
  dupes: () => benchDupes(),
  scale: () => benchScale(),
  arxiv: () => benchArxiv(),
  triage: () => benchTriage(),
  postgres: () => benchPostgres(),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(`unknown bench section: ${unknown.join(', ')} (sections: ${Object.keys(SECTIONS).join(', ')})`);
    process.exitCode = 2;
    return;
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(`machine: ${machine}; load average at start ${os.loadavg()[0]!.toFixed(2)}`);
  const results: { section: string; rows: BenchRow[]; seconds: number }[] = [];
  for (const [section, run] of Object.entries(SECTIONS)) {
    if (wanted.length > 0 && !wanted.includes(section)) continue;
    const start = Date.now();
    const rows = await run();
    results.push({ section, rows, seconds: (Date.now() - start) / 1000 });
    console.log(`\n${section} (${((Date.now() - start) / 1000).toFixed(0)} s)`);
    printRows(rows);
  }
  const out = path.join(PROJECT_ROOT, 'bench-results', 'bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

await main();
