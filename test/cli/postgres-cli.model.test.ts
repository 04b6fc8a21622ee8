// The commands on a PostgreSQL library, as a user runs them with the real model: index with two
// workers, an idempotent re-run, and search and dupes answering as on the sample index folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';
import { startTestDatabase, type TestDatabase } from '../helpers/pglite-server.js';

describe('papers --db with the model', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await startTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await database?.stop();
  });

  it('indexes the sample with two workers, then finds nothing to do on a re-run', async () => {
    const first = await runCliAsync(['--db', database.url, 'index', 'data/digests', '--workers', '2', '--json']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ newPapers: 137, embedded: 137, unembedded: 0, sourcesNew: 4 });
    const again = await runCliAsync(['--db', database.url, 'index', 'data/digests', '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ newPapers: 0, embedded: 0, unembedded: 0, sourcesUnchanged: 4 });
  }, 300_000);

  it('searches and finds duplicates as the index folder does', async () => {
    for (const args of [['search', '--json', 'kv cache compression for long context'], ['search', '--json', '--mode', 'lexical', 'reward hacking'], ['dupes', '--json']]) {
      const onPostgres = await runCliAsync(['--db', database.url, ...args]);
      const onSqlite = await runCliAsync(['--index-dir', sampleIndexDir(), ...args]);
      expect(onPostgres.status, onPostgres.stderr).toBe(0);
      expect(onPostgres.stdout.length).toBeGreaterThan(100);
      expect(JSON.parse(onPostgres.stdout)).toEqual(JSON.parse(onSqlite.stdout));
    }
  }, 300_000);
});
