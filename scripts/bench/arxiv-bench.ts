// arXiv import: synthetic arXiv-shaped files of 10,000 and 100,000 lines (scripts/make-arxiv-sample.ts)
// imported batch by batch with hashed vectors (no model). Peak memory must not grow with the file
// beyond the index itself (the graph file's size stands for it), and --category cs.CL,cs.LG must
// keep exactly the lines that list either, counted here from the file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import type { BenchRow } from './bench-row.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

interface ArxivBuild {
  buildSeconds: number;
  cpuSeconds: number;
  papers: number;
  kept: number;
  graphBytes: number;
  generation: number;
  peakRssMiB: number;
}

export async function benchArxiv(sizes = [10_000, 100_000]): Promise<BenchRow[]> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-arxiv-'));
  const rows: BenchRow[] = [];
  try {
    const builds: { lines: number; build: ArxivBuild }[] = [];
    for (const lines of sizes) {
      const file = path.join(workDir, `arxiv-${lines}.jsonl`);
      run(['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'make-arxiv-sample.ts'), file, '--lines', String(lines)]);
      const build = importFile(path.join(workDir, `index-${lines}`), file);
      builds.push({ lines, build });
      const label = `${lines / 1000}k lines`;
      rows.push(
        { name: `arxiv import ${label}: wall`, value: build.buildSeconds, unit: 's' },
        { name: `arxiv import ${label}: CPU`, value: build.cpuSeconds, unit: 's' },
        { name: `arxiv import ${label}: commits`, value: build.generation, unit: '' },
        { name: `arxiv import ${label}: peak RSS`, value: build.peakRssMiB, unit: 'MiB' },
        { name: `arxiv import ${label}: graph file`, value: build.graphBytes / 2 ** 20, unit: 'MiB' },
        { name: `arxiv import ${label}: peak RSS − graph`, value: build.peakRssMiB - build.graphBytes / 2 ** 20, unit: 'MiB', target: 'flat across sizes' },
      );
      if (lines === sizes.at(-1)) {
        const expected = await countListing(file, ['cs.CL', 'cs.LG']);
        const filtered = importFile(path.join(workDir, `index-${lines}-cl-lg`), file, 'cs.CL,cs.LG');
        rows.push(
          { name: `arxiv --category cs.CL,cs.LG ${label}: lines listing either`, value: expected, unit: 'papers' },
          { name: `arxiv --category cs.CL,cs.LG ${label}: kept`, value: filtered.papers, unit: 'papers', target: `= ${expected}` },
        );
      }
    }
    return rows;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function importFile(indexDir: string, file: string, categories?: string): ArxivBuild {
  return JSON.parse(run(['--import', 'tsx', path.join(HERE, 'arxiv-build.ts'), indexDir, file, ...(categories ? [categories] : [])])) as ArxivBuild;
}

function run(args: string[]): string {
  const child = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1 << 22 });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  return child.stdout;
}

/** Lines whose categories list any of these, read here rather than by the importer. */
async function countListing(file: string, wanted: string[]): Promise<number> {
  let count = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const categories = String((JSON.parse(line) as { categories: string }).categories).split(' ');
    if (categories.some((category) => wanted.includes(category))) count += 1;
  }
  return count;
}
