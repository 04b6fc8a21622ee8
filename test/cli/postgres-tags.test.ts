// The tag commands on a PostgreSQL library (PGlite behind its socket server) answer as on SQLite for
// the sample: tag, untag, tags and recommend (fake embedder), and the tags outlive a re-index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentModel, openIndexAt } from '../../src/cli/context.js';
import { readAllInputs } from '../../src/ingest/read-all-inputs.js';
import { indexPostgres } from '../../src/pipeline/index-postgres.js';
import { buildCliLibrary } from '../helpers/cli-library.js';
import { FakeEmbedder } from '../helpers/fake-embedder.js';
import { scratchDir } from '../helpers/paths.js';
import { startTestDatabase, type TestDatabase } from '../helpers/pglite-server.js';
import { runCliAsync, type CliResult } from '../helpers/run-cli.js';
import { sampleDigestFiles } from '../themes/fake-index.js';

/** The sample indexed into PostgreSQL as `papers index --db` does, recorded under the real model so that the CLI opens it. */
async function indexSampleIntoPostgres(url: string, rebuild: boolean): Promise<void> {
  const read = await readAllInputs(sampleDigestFiles());
  await indexPostgres({ url, model: currentModel(), loadEmbedder: async () => new FakeEmbedder(), workers: 1, batchSize: 32 }, { read: read.sources, rebuild, prune: false, warnings: [] });
}

describe('the tag commands on PostgreSQL', () => {
  let database: TestDatabase;
  const indexDir = scratchDir('postgres-tags');
  let ids: string[];

  beforeAll(async () => {
    database = await startTestDatabase();
    await indexSampleIntoPostgres(database.url, false);
    await buildCliLibrary(indexDir, sampleDigestFiles());
    const index = openIndexAt({ indexDir });
    ids = [0, 40, 90].map((ordinal) => index.papers[ordinal]!.id);
    await index.close();
  }, 120_000);

  afterAll(async () => {
    await database?.stop();
  });

  /** The same commands against one store, each command's exit code and output. */
  async function runTagSession(store: string[]): Promise<CliResult[]> {
    const [first, second, third] = ids as [string, string, string];
    const commands = [
      ['tag', first, 'kv'],
      ['tag', first, 'kv'],
      ['tag', second, 'kv'],
      ['tag', third, 'read'],
      ['untag', third, 'read'],
      ['untag', third, 'read'],
      ['tag', third, 'read'],
      ['tags', '--json'],
      ['tags', 'kv', '--json'],
      ['recommend', '--tag', 'kv', '--top', '5', '--json'],
    ];
    const results: CliResult[] = [];
    for (const command of commands) results.push(await runCliAsync([...store, ...command]));
    return results;
  }

  it('tags, untags, lists, counts and recommends as SQLite does, and the tags outlive a re-index', async () => {
    const onSqlite = await runTagSession(['--index-dir', indexDir]);
    const onPostgres = await runTagSession(['--db', database.url]);

    expect(onPostgres.map((result) => result.status)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(onPostgres[1]!.stdout).toMatch(/^already tagged kv: /);
    expect(onPostgres[5]!.stderr).toMatch(/has no tag "read"/);
    expect(JSON.parse(onPostgres[7]!.stdout)).toEqual({ tags: [{ tag: 'kv', papers: 2 }, { tag: 'read', papers: 1 }] });
    expect((JSON.parse(onPostgres[8]!.stdout) as { papers: { id: string }[] }).papers.map((paper) => paper.id).sort()).toEqual([ids[0], ids[1]].sort());
    const recommended = (JSON.parse(onPostgres[9]!.stdout) as { tagged: number; recommendations: { id: string }[] });
    expect(recommended.tagged).toBe(2);
    expect(recommended.recommendations).toHaveLength(5);
    expect(recommended.recommendations.map((paper) => paper.id)).not.toContain(ids[0]);
    expect(recommended.recommendations.map((paper) => paper.id)).not.toContain(ids[1]);
    expect(onPostgres.map(({ status, stdout, stderr }) => ({ status, stdout, stderr }))).toEqual(onSqlite);

    await indexSampleIntoPostgres(database.url, true);
    const afterRebuild = await runCliAsync(['--db', database.url, 'tags', '--json']);
    expect(afterRebuild.stdout).toBe(onPostgres[7]!.stdout);
  }, 120_000);

  it('reads no tags from a library made before tags existed, and its first tag creates the table', async () => {
    await database.db.exec('DROP TABLE papers.tags');
    expect(JSON.parse((await runCliAsync(['--db', database.url, 'tags', '--json'])).stdout)).toEqual({ tags: [] });
    expect((await runCliAsync(['--db', database.url, 'untag', ids[0]!, 'kv'])).status).toBe(1);
    expect((await runCliAsync(['--db', database.url, 'tag', ids[0]!, 'kv'])).status).toBe(0);
    expect(JSON.parse((await runCliAsync(['--db', database.url, 'tags', '--json'])).stdout)).toEqual({ tags: [{ tag: 'kv', papers: 1 }] });
  }, 60_000);

  it('orders a digest by a tag in triage --for --dry-run', async () => {
    const result = await runCliAsync(['--db', database.url, 'triage', '--dry-run', '--for', 'kv', '--json', sampleDigestFiles()[0]!]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ forTag: 'kv', library: { written: false } });
  }, 120_000);
});
