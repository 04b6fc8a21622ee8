// Several `papers index --db` processes on one PostgreSQL library (PGlite behind its socket
// server): each paper is embedded exactly once, and a worker killed mid-run loses nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddingText } from '../../../src/ingest/normalize.js';
import { readAllInputs } from '../../../src/ingest/read-all-inputs.js';
import { buildCorpus } from '../../../src/ingest/build-corpus.js';
import { ROOT, scratchDir } from '../../helpers/paths.js';
import { startTestDatabase, type TestDatabase } from '../../helpers/pglite-server.js';
import { sampleDigestFiles } from '../../themes/fake-index.js';

const WORKER = path.join(ROOT, 'test', 'helpers', 'postgres-index-worker.ts');

function startWorker(url: string, log: string, options: { workers: number; delayMs: number }): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, url, log, String(options.workers), String(options.delayMs), ...sampleDigestFiles()], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  void done.then((status) => {
    if (status !== 0 && status !== null) process.stderr.write(stderr);
  });
  return { child, done };
}

/** The hash of the embedded text of every sample paper: what the log names. */
async function samplePaperHashes(): Promise<Set<string>> {
  const read = await readAllInputs(sampleDigestFiles(), {});
  const { papers } = buildCorpus(read.sources);
  return new Set(papers.map((paper) => createHash('sha256').update(embeddingText(paper.title, paper.abstract)).digest('hex')));
}

function readLog(log: string): { pid: string; hash: string }[] {
  if (!fs.existsSync(log)) return [];
  return fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [pid, hash] = line.split('\t');
      return { pid: pid!, hash: hash! };
    });
}

function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

async function readVectors(url: string): Promise<{ withVector: number; without: number; embeddedBy: Map<string, number> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query<{ embedded_by: string | null; has: boolean }>('SELECT embedded_by, embedding IS NOT NULL AS has FROM papers.papers')).rows;
    return {
      withVector: rows.filter((row) => row.has).length,
      without: rows.filter((row) => !row.has).length,
      embeddedBy: countBy(rows.filter((row) => row.has).map((row) => row.embedded_by!.split(':')[1]!.split('/')[0]!)),
    };
  } finally {
    await client.end();
  }
}

describe('papers index --db with several workers', () => {
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await database?.stop();
    database = null;
  });

  it('embeds each of the 137 sample papers exactly once with two processes started at once', async () => {
    database = await startTestDatabase();
    const log = path.join(scratchDir('pg-workers'), 'embedded.log');
    const first = startWorker(database.url, log, { workers: 2, delayMs: 20 });
    const second = startWorker(database.url, log, { workers: 2, delayMs: 20 });
    expect(await Promise.all([first.done, second.done])).toEqual([0, 0]);

    const expected = await samplePaperHashes();
    expect(expected.size).toBe(137);
    const lines = readLog(log);
    const perPaper = countBy(lines.map((line) => line.hash));
    expect([...perPaper.keys()].sort()).toEqual([...expected].sort());
    expect([...perPaper.values()].every((count) => count === 1)).toBe(true);
    expect(lines.length).toBe(137);
    expect(await readVectors(database.url)).toMatchObject({ withVector: 137, without: 0 });
  }, 120_000);

  it('re-embeds only the batch of a worker killed with SIGKILL, and nothing it committed', async () => {
    database = await startTestDatabase();
    const log = path.join(scratchDir('pg-workers'), 'embedded.log');
    const doomed = startWorker(database.url, log, { workers: 1, delayMs: 300 });
    const pid = String(doomed.child.pid);
    // Killed once it has committed some batches and is embedding another.
    while (readLog(log).length < 40) await new Promise((resolve) => setTimeout(resolve, 50));
    doomed.child.kill('SIGKILL');
    expect(await doomed.done).toBeNull();

    const before = await readVectors(database.url);
    expect(before.withVector).toBeGreaterThan(0);
    expect(before.without).toBeGreaterThan(0);
    const rerun = startWorker(database.url, log, { workers: 2, delayMs: 0 });
    expect(await rerun.done).toBe(0);

    const after = await readVectors(database.url);
    expect(after).toMatchObject({ withVector: 137, without: 0 });
    // What the killed worker committed stays its own; the re-run embedded each other paper once.
    expect(after.embeddedBy.get(pid)).toBe(before.withVector);
    const rerunLines = readLog(log).filter((line) => line.pid === String(rerun.child.pid));
    expect(rerunLines.length).toBe(137 - before.withVector);
    expect(new Set(rerunLines.map((line) => line.hash)).size).toBe(rerunLines.length);
    const loggedByKilled = new Set(readLog(log).filter((line) => line.pid === pid).map((line) => line.hash));
    // Only the batch it was embedding when killed (batches of 16) was embedded twice.
    expect(rerunLines.filter((line) => loggedByKilled.has(line.hash)).length).toBeLessThanOrEqual(16);
  }, 120_000);
});
