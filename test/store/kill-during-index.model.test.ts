// The fault test: `papers index` on a growing corpus is killed with SIGKILL at random moments;
// after every kill `papers search` must succeed and give the results of the index before the
// kill or of the complete new one, never anything else.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const KILLS = 24;
const QUERY = ['search', 'low-rank factorization of multi-head attention', '--json', '-k', '5'];

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function runIndexKilledAfter(indexDir: string, inputDir: string, delayMs: number): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--index-dir', indexDir, 'index', inputDir], { cwd: ROOT, stdio: 'ignore' });
    let exited = false;
    const timer = setTimeout(() => {
      if (!exited) child.kill('SIGKILL');
    }, delayMs);
    child.on('exit', (_code, signal) => {
      exited = true;
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

function topIds(indexDir: string): string {
  const result = runCli(['--index-dir', indexDir, ...QUERY]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { id: string }[]).map((hit) => hit.id).join(',');
}

describe('papers index killed at random moments', () => {
  it(`leaves a usable index after each of ${KILLS} SIGKILLs`, { timeout: 900_000 }, async () => {
    const seed = Number(process.env.PAPERS_FAULT_SEED ?? Date.now() % 100_000);
    const next = random(seed);
    const dir = scratchDir('kill');
    const inputDir = path.join(dir, 'digests');
    const indexDir = path.join(dir, 'index');
    fs.mkdirSync(inputDir);
    const files = fs.readdirSync(SAMPLE_DIGESTS).filter((name) => name.endsWith('.txt')).sort();
    const grower = files[1]!;
    const setCorpus = (state: 'small' | 'grown') => {
      for (const name of files) {
        const target = path.join(inputDir, name);
        const wanted = state === 'grown' || name !== grower;
        if (wanted && !fs.existsSync(target)) fs.copyFileSync(path.join(SAMPLE_DIGESTS, name), target);
        if (!wanted) fs.rmSync(target, { force: true });
      }
    };

    // Complete runs give the two answers a search may legitimately return, and how long each takes.
    const duration: Record<string, number> = {};
    const expected: Record<string, string> = {};
    for (const state of ['small', 'grown', 'small'] as const) {
      setCorpus(state);
      const start = performance.now();
      expect(runCli(['--index-dir', indexDir, 'index', inputDir]).status).toBe(0);
      duration[state] = performance.now() - start;
      expected[state] = topIds(indexDir);
    }
    expect(expected.small).not.toBe(expected.grown);

    let current: 'small' | 'grown' = 'small';
    let kills = 0;
    for (let attempt = 0; kills < KILLS && attempt < KILLS * 3; attempt += 1) {
      const target = current === 'small' ? 'grown' : 'small';
      setCorpus(target);
      // Growing embeds new papers; shrinking reuses every vector. Kill anywhere in either.
      const delay = Math.floor(next() * duration[target === 'grown' ? 'grown' : 'small']! * 1.1);
      const { killed } = await runIndexKilledAfter(indexDir, inputDir, delay);
      if (killed) kills += 1;
      const found = topIds(indexDir);
      expect([expected.small, expected.grown], `seed ${seed}, attempt ${attempt}, killed after ${delay} ms`).toContain(found);
      current = found === expected.grown ? 'grown' : 'small';
    }
    expect(kills, `seed ${seed}`).toBeGreaterThanOrEqual(20);
    const info = runCli(['--index-dir', indexDir, 'info']);
    expect(info.status).toBe(0);
  });
});
