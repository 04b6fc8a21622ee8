// `tsx scripts/measure-arxiv-read.ts <file> [--category cs.CL,cs.LG]`: streams an arXiv metadata
// file through the importer's reader, discarding each batch, and prints resident memory as it goes.
import fs from 'node:fs';
import { parseCategoryList } from '../src/ingest/category-filter.js';
import { openArxivStream } from '../src/ingest/parse-arxiv.js';

function peakRssMib(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<void> {
  const [file, flag, list] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx scripts/measure-arxiv-read.ts <file> [--category cs.CL,cs.LG]');
  const categories = flag === '--category' && list ? parseCategoryList(list) : [];
  const stream = openArxivStream(file, file, { categories });
  const start = Date.now();
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  let nextReport = 10_000;
  const rows: { lines: number; kept: number; rssMiB: string; heapMiB: string; peakRssMiB: string; seconds: string }[] = [];
  const sample = () => {
    const memory = process.memoryUsage();
    rows.push({ lines: stream.counts.linesRead, kept: stream.counts.kept, rssMiB: mib(memory.rss), heapMiB: mib(memory.heapUsed), peakRssMiB: peakRssMib().toFixed(0), seconds: ((Date.now() - start) / 1000).toFixed(1) });
  };
  for await (const batch of stream.batches()) {
    if (batch.length === 0) continue;
    if (stream.counts.linesRead >= nextReport) {
      sample();
      nextReport += 10_000;
    }
  }
  sample();
  console.table(rows);
  console.log(JSON.stringify({ counts: stream.counts, warnings: stream.warnings.length }));
}

await main();
