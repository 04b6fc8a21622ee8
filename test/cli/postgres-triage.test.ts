// `papers triage --db`: no library is one line and exit 1, and the digest joins a PostgreSQL library
// with the vectors triage computed, none embedded again (fake embedder; the model is not loaded).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToPostgres } from '../../src/cli/commands/triage-postgres.js';
import { currentModel } from '../../src/cli/context.js';
import { readAllInputs } from '../../src/ingest/read-all-inputs.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { indexPostgres } from '../../src/pipeline/index-postgres.js';
import { readDigests } from '../../src/triage/read-digests.js';
import { FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT } from '../helpers/paths.js';
import { startTestDatabase, type TestDatabase } from '../helpers/pglite-server.js';
import { runCliAsync } from '../helpers/run-cli.js';
import { sampleDigestFiles } from '../themes/fake-index.js';

describe('papers triage --db', () => {
  let database: TestDatabase;
  const files = sampleDigestFiles();
  beforeAll(async () => {
    database = await startTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await database?.stop();
  });

  it('says there is no library yet in one line', async () => {
    const result = await runCliAsync(['--db', database.url, 'triage', path.join(ROOT, 'test', 'fixtures', 'triage-digest.txt')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^papers: no papers library in postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres .*run `papers index --db <url>` first/);
  });

  it('adds the digest with the vectors triage computed, embedding nothing again', async () => {
    const model = currentModel();
    const read = await readAllInputs([files[0]!]);
    await indexPostgres({ url: database.url, model, loadEmbedder: async () => new FakeEmbedder(), workers: 1, batchSize: 16 }, { read: read.sources, rebuild: false, prune: false, warnings: [] });

    const digest = await readDigests([files[1]!]);
    const texts = digest.papers.map((paper) => embeddingText(paper.title, paper.abstract));
    const vectors = await new FakeEmbedder().embed(texts);
    const known = new Map(texts.map((text, position) => [text, vectors[position]!]));
    const embedder = new FakeEmbedder();
    const added = await addToPostgres(database.url, [files[1]!], async () => embedder, known);

    expect(embedder.textsEmbedded).toBe(0);
    const rows = (await database.db.query<{ count: number; pending: number }>('SELECT count(*)::int AS count, count(*) FILTER (WHERE embedding IS NULL)::int AS pending FROM papers.papers')).rows[0]!;
    expect(rows.pending).toBe(0);
    expect(added).toMatchObject({ papers: rows.count, unembedded: 0, generation: 2 });
    expect(added.newPapers).toBeGreaterThan(0);
    expect(added.embedded).toBe(added.newPapers);
  });
});
