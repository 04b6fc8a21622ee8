// Triage at scale: `papers triage` of a 50-paper digest (real arXiv abstracts, embedded by the
// model) onto a library of 100,000 synthetic papers (scale-build.ts) whose topics are cached, as a
// user runs it each morning: a cold process, with and without adding the digest, against `papers
// index` of the same digest in the same run. Wall and CPU time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { HNSW, INDEX_FORMAT_VERSION, PROJECT_ROOT } from '../../src/config.js';
import { THEMES_ALGORITHM_VERSION } from '../../src/themes/themes-cache.js';
import { printRows, type BenchRow } from './bench-row.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
const ARXIV = path.join(PROJECT_ROOT, '..', 'shared', 'data', 'arxiv', 'papers_ml4_20k.jsonl');
const CACHE = path.join(os.homedir(), '.cache', 'papers-bench');

interface TimedRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  stdout: string;
}

export async function benchTriage(size = 100_000): Promise<BenchRow[]> {
  const label = `${size / 1000}k papers`;
  const { indexDir: cached, setupSeconds } = libraryWithThemes(size);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-triage-'));
  try {
    // The cached library stays as it is: each run adds to a copy.
    const indexDir = path.join(workDir, 'index');
    fs.cpSync(cached, indexDir, { recursive: true });
    const digest = path.join(workDir, 'morning-digest.jsonl');
    fs.writeFileSync(digest, fs.readFileSync(ARXIV, 'utf8').split('\n').slice(0, 50).join('\n') + '\n');

    const dryRun = timeCli(['--index-dir', indexDir, 'triage', '--dry-run', '--json', digest]);
    const added = timeCli(['--index-dir', indexDir, 'triage', '--json', digest]);
    // The baseline, same run: `papers index` of the same digest onto a fresh copy (embeds it too).
    const baselineDir = path.join(workDir, 'baseline');
    fs.cpSync(cached, baselineDir, { recursive: true });
    const indexed = timeCli(['--index-dir', baselineDir, 'index', digest]);
    const report = JSON.parse(added.stdout) as { counts: { papers: number; new: number }; library: { written: boolean; papers: number } };
    if (!report.library.written || report.counts.papers !== 50) throw new Error(`the triage did not add the 50 papers: ${JSON.stringify(report.counts)}`);
    return [
      { name: `${label}: setup (cached): library build and its themes`, value: setupSeconds, unit: 's' },
      { name: `${label}: papers triage --dry-run of a 50-paper digest, cold process`, value: dryRun.seconds, unit: 's' },
      { name: `${label}: the same, CPU (user + system)`, value: dryRun.cpuSeconds, unit: 's' },
      { name: `${label}: papers triage of a 50-paper digest, adding it, cold process`, value: added.seconds, unit: 's', target: '≤ 6' },
      { name: `${label}: the same, CPU (user + system)`, value: added.cpuSeconds, unit: 's' },
      { name: `${label}: baseline, same run: papers index of the same digest, cold process`, value: indexed.seconds, unit: 's' },
      { name: `${label}: the same, CPU (user + system)`, value: indexed.cpuSeconds, unit: 's' },
      { name: `${label}: peak memory, papers triage`, value: added.peakRssMiB, unit: 'MiB' },
    ];
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * The synthetic library of this size with its themes computed, from ~/.cache/papers-bench, built
 * first when there is none (the build and the 100k themes take minutes; triage is what is timed).
 */
function libraryWithThemes(size: number): { indexDir: string; setupSeconds: number } {
  const key = `triage-${size}-f${INDEX_FORMAT_VERSION}-m${HNSW.m}-ef${HNSW.efConstruction}-t${THEMES_ALGORITHM_VERSION}`;
  const folder = path.join(CACHE, key);
  const indexDir = path.join(folder, 'index');
  const done = path.join(folder, 'setup.json');
  if (fs.existsSync(done)) return { indexDir, setupSeconds: (JSON.parse(fs.readFileSync(done, 'utf8')) as { seconds: number }).seconds };
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const start = performance.now();
  const build = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'scale-build.ts'), indexDir, String(size), folder], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (build.status !== 0) throw new Error(`scale build of ${size} papers failed (exit ${build.status})`);
  timeCli(['--index-dir', indexDir, 'themes', '--json']);
  const seconds = (performance.now() - start) / 1000;
  fs.writeFileSync(done, JSON.stringify({ seconds }));
  return { indexDir, setupSeconds: seconds };
}

/** The built CLI in a fresh process under /usr/bin/time: wall, CPU and peak memory. */
function timeCli(args: string[]): TimedRun {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S rss %M', process.execPath, CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`papers ${args.join(' ')} failed: ${result.stderr}`);
  const figures = /cpu ([\d.]+) ([\d.]+) rss (\d+)/.exec(result.stderr);
  return {
    seconds,
    cpuSeconds: figures ? Number(figures[1]) + Number(figures[2]) : Number.NaN,
    peakRssMiB: figures ? Number(figures[3]) / 1024 : Number.NaN,
    stdout: result.stdout,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchTriage(Number(process.argv[2] ?? 100_000)));
