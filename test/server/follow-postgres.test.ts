// A server on a PostgreSQL library follows it: after `index --db` commits a new generation, the
// next request answers from the new snapshot (fake embedder, PGlite).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphBackend } from '../../src/cli/context.js';
import { openPostgresIndex } from '../../src/pipeline/open-postgres.js';
import { followPostgres } from '../../src/server/follow-postgres.js';
import type { FollowedIndex } from '../../src/server/followed-index.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { startTestDatabase, type TestDatabase } from '../helpers/pglite-server.js';
import { indexIntoPostgres } from '../helpers/postgres-library.js';
import { sampleDigestFiles } from '../themes/fake-index.js';

describe('followPostgres', () => {
  let database: TestDatabase;
  let followed: FollowedIndex | undefined;
  const files = sampleDigestFiles();
  beforeAll(async () => {
    database = await startTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await followed?.close();
    await database?.stop();
  });

  it('swaps in the snapshot of a new generation, and keeps its own until then', async () => {
    await indexIntoPostgres(database.url, [files[0]!]);
    const url = database.url;
    const embedder = new FakeEmbedder();
    followed = await followPostgres({
      url,
      dimensions: FAKE_MODEL.dimensions,
      loadEmbedder: async () => embedder,
      open: (shared) => openPostgresIndex({ url, model: FAKE_MODEL, backend: graphBackend(), loadEmbedder: shared }),
      pollMs: 50,
    });
    const before = followed.papers.length;
    expect(followed.meta.generation).toBe(1);
    expect(followed.refresh()).toBe(false);

    await indexIntoPostgres(url, [files[1]!]);
    const after = (await database.db.query<{ count: number }>('SELECT count(*)::int AS count FROM papers.papers')).rows[0]!.count;
    expect(after).toBeGreaterThan(before);
    // A request may first meet the snapshot taken while the workers were embedding.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      followed.refresh();
      if (followed.papers.length === after) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(followed.meta.generation).toBe(2);
    expect(followed.papers.length).toBe(after);
  }, 60_000);
});
