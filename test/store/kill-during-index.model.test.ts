// The fault test: `papers index` is killed with SIGKILL at random moments, building a library
// from nothing and adding a digest to (or removing one from) an existing one; after every kill
// `papers search` must answer as before the kill or as after a complete run, never anything else;
// the same for an add onto a library of a few thousand papers (an arXiv import, its vectors stored
// beforehand so that no model runs for them). A search running during an add never fails.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { currentModel } from '../../src/cli/context.js';
import { openArxivStream } from '../../src/ingest/parse-arxiv.js';
import { textHashOf } from '../../src/pipeline/embed-missing.js';
import { LibraryStore } from '../../src/store/library-store.js';
import { blobOfVector } from '../../src/store/rows.js';
import { FakeEmbedder } from '../helpers/fake-embedder.js';
import { CLI, ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const FRESH_KILLS = 6;
const CHANGE_KILLS = 16;
const LARGE_KILLS = 8;
const LARGE_PAPERS = 3000;

/**
 * A library of LARGE_PAPERS synthetic arXiv papers whose vectors were stored under the model's
 * fingerprint before the import (stand-ins from the fake embedder), so the import embeds nothing.
 */
async function buildLargeLibrary(indexDir: string, workDir: string): Promise<void> {
  const file = path.join(workDir, 'arxiv.jsonl');
  const made = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'make-arxiv-sample.ts'), file, '--lines', String(LARGE_PAPERS)], { cwd: ROOT, encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const store = LibraryStore.openForWriting(indexDir);
  store.close();
  const db = new Database(path.join(indexDir, 'papers.db'));
  const insert = db.prepare('INSERT OR REPLACE INTO vectors (text_hash, model_fingerprint, vector) VALUES (?, ?, ?)');
  const fingerprint = currentModel().fingerprint;
  const embedder = new FakeEmbedder();
  for await (const batch of openArxivStream(file, file).batches()) {
    const vectors = await embedder.embed(batch.map((entry) => `${entry.title}. ${entry.abstract}`));
    db.transaction(() => batch.forEach((entry, position) => insert.run(textHashOf(entry.title, entry.abstract), fingerprint, blobOfVector(vectors[position]!))))();
  }
  db.close();
  const imported = runCli(['--index-dir', indexDir, 'index', file]);
  expect(imported.status, imported.stderr).toBe(0);
  expect(imported.stdout).not.toMatch(/embedding/);
}
const QUERY = ['search', 'low-rank factorization of multi-head attention', '--json', '-k', '5'];

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function runKilledAfter(args: string[], delayMs: number): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
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

/** The top hits as a string, or "no index" when there is none yet. */
function answerOf(indexDir: string): string {
  const result = runCli(['--index-dir', indexDir, ...QUERY]);
  if (result.status === 1 && /^papers: no index in /.test(result.stderr)) return 'no index';
  // The larger library's stand-in vectors hold nothing near the query: that note is the only stderr allowed.
  expect(result.stderr.replace(/^nothing in the index is close to this query.*\n?/m, '')).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { id: string }[]).map((hit) => hit.id).join(',');
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('papers index killed at random moments', () => {
  const seed = Number(process.env.PAPERS_FAULT_SEED ?? Date.now() % 100_000);
  const dir = scratchDir('kill');
  const files = fs.readdirSync(SAMPLE_DIGESTS).filter((name) => name.endsWith('.txt')).sort();
  const grower = path.join(dir, files[1]!);
  const smallDir = path.join(dir, 'small');
  fs.mkdirSync(smallDir);
  for (const name of files) fs.copyFileSync(path.join(SAMPLE_DIGESTS, name), name === files[1] ? grower : path.join(smallDir, name));

  it(`leaves no index or a complete one after each of ${FRESH_KILLS} SIGKILLs of a first build`, { timeout: 900_000 }, async () => {
    const next = random(seed);
    const indexDir = path.join(dir, 'fresh');
    const duration = timed(() => expect(runCli(['--index-dir', indexDir, 'index', smallDir]).status).toBe(0));
    const complete = answerOf(indexDir);
    let kills = 0;
    for (let attempt = 0; kills < FRESH_KILLS && attempt < FRESH_KILLS * 3; attempt += 1) {
      fs.rmSync(indexDir, { recursive: true, force: true });
      const delay = Math.floor(next() * duration * 1.1);
      if ((await runKilledAfter(['--index-dir', indexDir, 'index', smallDir], delay)).killed) kills += 1;
      expect(['no index', complete], `seed ${seed}, attempt ${attempt}, killed after ${delay} ms`).toContain(answerOf(indexDir));
      // Whatever the kill left, the next build completes.
      expect(runCli(['--index-dir', indexDir, 'index', smallDir]).status).toBe(0);
      expect(answerOf(indexDir)).toBe(complete);
    }
    expect(kills, `seed ${seed}`).toBe(FRESH_KILLS);
  });

  it(`answers as before or after each of ${CHANGE_KILLS} SIGKILLs of an add or a removal`, { timeout: 900_000 }, async () => {
    const next = random(seed + 1);
    const indexDir = path.join(dir, 'change');
    const add = ['--index-dir', indexDir, 'index', grower];
    const remove = ['--index-dir', indexDir, 'remove', grower];
    expect(runCli(['--index-dir', indexDir, 'index', smallDir]).status).toBe(0);
    const expected = { small: answerOf(indexDir), grown: '' };
    const duration = { grown: timed(() => expect(runCli(add).status).toBe(0)), small: 0 };
    expected.grown = answerOf(indexDir);
    duration.small = timed(() => expect(runCli(remove).status).toBe(0));
    expect(answerOf(indexDir)).toBe(expected.small);
    expect(expected.small).not.toBe(expected.grown);

    let current: 'small' | 'grown' = 'small';
    let kills = 0;
    for (let attempt = 0; kills < CHANGE_KILLS && attempt < CHANGE_KILLS * 3; attempt += 1) {
      const target = current === 'small' ? 'grown' : 'small';
      // Adding embeds new papers (or reuses their stored vectors); removing embeds nothing. Kill anywhere in either.
      const delay = Math.floor(next() * duration[target] * 1.1);
      if ((await runKilledAfter(target === 'grown' ? add : remove, delay)).killed) kills += 1;
      const found = answerOf(indexDir);
      expect([expected.small, expected.grown], `seed ${seed}, attempt ${attempt}, killed after ${delay} ms`).toContain(found);
      current = found === expected.grown ? 'grown' : 'small';
    }
    expect(kills, `seed ${seed}`).toBe(CHANGE_KILLS);
    const info = runCli(['--index-dir', indexDir, 'info']);
    expect(info.status, info.stderr).toBe(0);
  });

  it(`answers as before or after each of ${LARGE_KILLS} SIGKILLs of an add onto ${LARGE_PAPERS} papers`, { timeout: 900_000 }, async () => {
    const next = random(seed + 2);
    const indexDir = path.join(dir, 'large');
    await buildLargeLibrary(indexDir, dir);
    // On a larger graph a removal marks points deleted, so the answer after an add and a removal
    // need not be the one before the add: each attempt's "after" comes from a complete run of the
    // same command on a copy of the library as it stands.
    const commandOn = (folder: string, grow: boolean) => ['--index-dir', folder, grow ? 'index' : 'remove', grower];
    const twin = path.join(dir, 'large-twin');
    const duration = { grow: timed(() => expect(runCli(commandOn(indexDir, true)).status).toBe(0)), shrink: 0 };
    duration.shrink = timed(() => expect(runCli(commandOn(indexDir, false)).status).toBe(0));
    let grown = false;
    let kills = 0;
    for (let attempt = 0; kills < LARGE_KILLS && attempt < LARGE_KILLS * 3; attempt += 1) {
      const grow = !grown;
      const before = answerOf(indexDir);
      fs.rmSync(twin, { recursive: true, force: true });
      fs.cpSync(indexDir, twin, { recursive: true });
      expect(runCli(commandOn(twin, grow)).status).toBe(0);
      const after = answerOf(twin);
      const delay = Math.floor(next() * (grow ? duration.grow : duration.shrink) * 1.1);
      if ((await runKilledAfter(commandOn(indexDir, grow), delay)).killed) kills += 1;
      const found = answerOf(indexDir);
      expect([before, after], `seed ${seed}, attempt ${attempt}, killed after ${delay} ms`).toContain(found);
      // Whether the command got through decides the next one; a kill may leave the library either way.
      const sources = runCli(['--index-dir', indexDir, 'info']).stdout;
      grown = sources.includes(path.basename(grower));
    }
    expect(kills, `seed ${seed}`).toBe(LARGE_KILLS);
    const info = runCli(['--index-dir', indexDir, 'info']);
    expect(info.status, info.stderr).toBe(0);
  });

  it('never fails a search that runs while a digest is added', { timeout: 600_000 }, async () => {
    const indexDir = path.join(dir, 'concurrent');
    expect(runCli(['--index-dir', indexDir, 'index', smallDir]).status).toBe(0);
    const small = answerOf(indexDir);
    const answers: string[] = [];
    const writer = spawn(process.execPath, [CLI, '--index-dir', indexDir, 'index', grower], { cwd: ROOT, stdio: 'ignore' });
    let writing = true;
    const done = new Promise<number | null>((resolve) => writer.on('exit', (code) => {
      writing = false;
      resolve(code);
    }));
    while (writing) {
      answers.push(await new Promise<string>((resolve) => setImmediate(() => resolve(answerOf(indexDir)))));
    }
    expect(await done).toBe(0);
    const grown = answerOf(indexDir);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer !== small && answer !== grown)).toEqual([]);
  });
});
