// `papers info`, `remove` and `compact` with --db, on a PGlite library indexed with the fake
// embedder: counts and the consistency check, removal matched as in the index folder, repair.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../helpers/run-cli.js';
import { startTestDatabase, type TestDatabase } from '../helpers/pglite-server.js';
import { indexIntoPostgres } from '../helpers/postgres-library.js';
import { sampleDigestFiles } from '../themes/fake-index.js';

interface InfoJson {
  papers: number;
  embedded: number;
  pending: number;
  entries: number;
  sourceCount: number;
  schemaVersion: number;
  vectorIndex: boolean;
  orphanEntries: number;
  meta: { model: { id: string }; generation: number };
}

describe('papers info, remove and compact --db', () => {
  let database: TestDatabase;
  const files = sampleDigestFiles();
  const db = () => ['--db', database.url];
  const rows = async <T>(sql: string) => (await database.db.query<T>(sql)).rows;

  beforeAll(async () => {
    database = await startTestDatabase();
    await indexIntoPostgres(database.url, files);
  }, 120_000);
  afterAll(async () => {
    await database?.stop();
  });

  it('info counts the library and names its model and schema version', async () => {
    const result = await runCliAsync([...db(), 'info', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const info = JSON.parse(result.stdout) as InfoJson;
    expect(info).toMatchObject({ papers: 137, embedded: 137, pending: 0, sourceCount: files.length, schemaVersion: 1, vectorIndex: true, orphanEntries: 0 });
    expect(info.meta.model.id).toBe('fake-hashing');
    const text = await runCliAsync([...db(), 'info']);
    expect(text.stdout).toMatch(/schema version 1, generation 1/);
    expect(text.stdout).toMatch(/137 papers \(137 with a vector, 0 pending\)/);
    expect(text.stdout).toMatch(/pgvector HNSW present/);
  });

  it('remove takes out a source by file name and the papers only it carried', async () => {
    const removed = files[0]!;
    const before = await rows<{ paper_id: string; source: string }>('SELECT paper_id, source FROM papers.entries');
    const elsewhere = new Set(before.filter((entry) => entry.source !== removed).map((entry) => entry.paper_id));
    const onlyThere = new Set(before.filter((entry) => entry.source === removed && !elsewhere.has(entry.paper_id)).map((entry) => entry.paper_id));
    expect(onlyThere.size).toBeGreaterThan(0);

    const result = await runCliAsync([...db(), 'remove', path.basename(removed), '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ removedSources: [removed], removedPapers: onlyThere.size, generation: 2, sources: files.length - 1 });
    const kept = new Set((await rows<{ id: string }>('SELECT id FROM papers.papers')).map((row) => row.id));
    expect([...kept].sort()).toEqual([...elsewhere].sort());
    expect(await rows('SELECT 1 FROM papers.entries WHERE source = ' + `'${removed}'`)).toEqual([]);
  });

  it('remove names a source that is not there in one line, and changes nothing', async () => {
    const result = await runCliAsync([...db(), 'remove', 'no-such-digest.txt']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no source of the library is no-such-digest\.txt/);
    expect(await rows<{ value: string }>("SELECT value FROM papers.meta WHERE key = 'generation'")).toEqual([{ value: '2' }]);
  });

  it('info fails the consistency check of a damaged library, and compact repairs it', async () => {
    await database.db.exec('DELETE FROM papers.papers WHERE id = (SELECT min(id) FROM papers.papers); DROP INDEX papers.papers_embedding;');
    const damaged = await runCliAsync([...db(), 'info']);
    expect(damaged.status).toBe(1);
    expect(damaged.stderr).toMatch(/fails its consistency check: \d+ entr(y|ies) of no paper; no pgvector index papers\.papers_embedding \(run `papers compact --db <url>`/);

    const compacted = await runCliAsync([...db(), 'compact', '--json']);
    expect(compacted.stderr).toBe('');
    expect(compacted.status).toBe(0);
    const summary = JSON.parse(compacted.stdout) as { deletedEntries: number; deletedPapers: number; generation: number; vacuumed: boolean };
    expect(summary.deletedEntries).toBeGreaterThan(0);
    expect(summary).toMatchObject({ deletedPapers: 0, generation: 3, vacuumed: true });

    const repaired = JSON.parse((await runCliAsync([...db(), 'info', '--json'])).stdout) as InfoJson;
    expect(repaired).toMatchObject({ orphanEntries: 0, vectorIndex: true });
  });
});
