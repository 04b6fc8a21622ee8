// End-to-end CLI timings on the sample digests, each in a fresh process as a user runs it:
// `papers index` cold (empty index folder) and re-run, cold `papers search`, peak memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import { median, printRows, type BenchRow } from './bench-row.js';

const CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peak-rss-preload.cjs');

export interface TimedRun {
  seconds: number;
  peakRssMiB: number;
  /** User + system CPU of the CLI process (its own threads included). */
  cpuSeconds: number;
  stdout: string;
}

/** Runs the built CLI once, timing it from process start to exit. */
export function timeCli(args: string[], cwd = PROJECT_ROOT): TimedRun {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', PRELOAD, CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`papers ${args.join(' ')} failed: ${result.stderr}`);
  const peak = /peak-rss-kib (\d+)/.exec(result.stderr);
  const cpu = /cpu-microseconds (\d+)/.exec(result.stderr);
  return { seconds, peakRssMiB: peak ? Number(peak[1]) / 1024 : Number.NaN, cpuSeconds: cpu ? Number(cpu[1]) / 1e6 : Number.NaN, stdout: result.stdout };
}

export async function benchCli(rounds = 3): Promise<BenchRow[]> {
  if (!fs.existsSync(CLI)) throw new Error('run `npm run build` first');
  const cold: TimedRun[] = [];
  const coldQ4: TimedRun[] = [];
  const rerun: TimedRun[] = [];
  const search: TimedRun[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-cli-'));
    cold.push(timeCli(['--index-dir', indexDir, 'index', 'data/digests']));
    rerun.push(timeCli(['--index-dir', indexDir, 'index', 'data/digests']));
    search.push(timeCli(['--index-dir', indexDir, 'search', 'compressing the KV cache for long-context inference']));
    fs.rmSync(indexDir, { recursive: true, force: true });
    // The same cold build with the q4 graph, the default before int8: the "before" of this run.
    const q4Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-cli-q4-'));
    coldQ4.push(timeCli(['--index-dir', q4Dir, '--model-variant', 'q4', 'index', 'data/digests']));
    fs.rmSync(q4Dir, { recursive: true, force: true });
  }
  const secondsOf = (runs: TimedRun[]) => median(runs.map((run) => run.seconds));
  const peakOf = (runs: TimedRun[]) => Math.max(...runs.map((run) => run.peakRssMiB));
  return [
    { name: 'papers index data/digests, cold (137 papers)', value: secondsOf(cold), unit: 's', target: '≤ 12' },
    { name: 'papers index data/digests, cold, --model-variant q4 (the previous default)', value: secondsOf(coldQ4), unit: 's' },
    { name: 'papers index data/digests, re-run', value: secondsOf(rerun), unit: 's', target: '≤ 1.5' },
    { name: 'papers search, cold process (hybrid)', value: secondsOf(search), unit: 's', target: '≤ 0.8' },
    { name: 'peak memory, papers index (cold)', value: peakOf(cold), unit: 'MiB' },
    { name: 'peak memory, papers search', value: peakOf(search), unit: 'MiB' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchCli());
