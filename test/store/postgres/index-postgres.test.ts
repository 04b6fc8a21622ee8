// `papers index --db` merges as the index folder does: a re-run changes nothing, --prune takes out
// the sources not named and the papers only they carried, --rebuild starts over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllInputs } from '../../../src/ingest/read-all-inputs.js';
import { indexPostgres } from '../../../src/pipeline/index-postgres.js';
import { buildIndex, openIndexAt } from '../../../src/cli/context.js';
import { FAKE_MODEL, FakeEmbedder } from '../../helpers/fake-embedder.js';
import { scratchDir } from '../../helpers/paths.js';
import { startTestDatabase, type TestDatabase } from '../../helpers/pglite-server.js';
import { openPostgresLibrary } from '../../helpers/postgres-library.js';
import { sampleDigestFiles } from '../../themes/fake-index.js';

async function indexInto(url: string, inputs: string[], options: { prune?: boolean; rebuild?: boolean } = {}) {
  const embedder = new FakeEmbedder();
  const read = await readAllInputs(inputs, {});
  const summary = await indexPostgres(
    { url, model: FAKE_MODEL, loadEmbedder: async () => embedder, workers: 1, batchSize: 16 },
    { read: read.sources, rebuild: options.rebuild ?? false, prune: options.prune ?? false, warnings: [] },
  );
  return { summary, textsEmbedded: embedder.textsEmbedded };
}

async function paperIdsIn(url: string): Promise<string[]> {
  const index = await openPostgresLibrary(url);
  try {
    return index.papers.map((paper) => paper.id);
  } finally {
    await index.close();
  }
}

describe('indexPostgres', () => {
  let database: TestDatabase;
  const files = sampleDigestFiles();
  beforeAll(async () => {
    database = await startTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await database?.stop();
  });

  it('embeds only what is new, and nothing on a re-run', async () => {
    const first = await indexInto(database.url, files.slice(0, 2));
    expect(first.summary.newPapers).toBe(first.textsEmbedded);
    expect(first.summary.unembedded).toBe(0);
    const again = await indexInto(database.url, files.slice(0, 2));
    expect(again).toMatchObject({ textsEmbedded: 0, summary: { newPapers: 0, embedded: 0, merge: { sourcesUnchanged: 2 } } });
  });

  it('prunes sources not named, as the index folder does', async () => {
    await indexInto(database.url, files, { prune: true });
    await indexInto(database.url, files.slice(2), { prune: true });
    const indexDir = scratchDir('pg-prune');
    await buildIndex({ indexDir, inputs: files, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    await buildIndex({ indexDir, inputs: files.slice(2), prune: true, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    const sqlite = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    try {
      const kept = sqlite.papers.map((paper) => paper.id);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(137);
      expect(await paperIdsIn(database.url)).toEqual(kept);
    } finally {
      await sqlite.close();
    }
  });

  it('starts over with --rebuild and embeds every paper again', async () => {
    const rebuilt = await indexInto(database.url, files, { rebuild: true });
    expect(rebuilt.textsEmbedded).toBe(137);
    expect((await paperIdsIn(database.url)).length).toBe(137);
  });
});
