// A PostgreSQL library of some digests, indexed with the fake embedder into a test database, and
// opened as the commands open it.
import { openPostgresIndex } from '../../src/pipeline/open-postgres.js';
import { indexPostgres } from '../../src/pipeline/index-postgres.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { readAllInputs } from '../../src/ingest/read-all-inputs.js';
import { graphBackend } from '../../src/cli/context.js';
import { FAKE_MODEL, FakeEmbedder } from './fake-embedder.js';

export async function indexIntoPostgres(url: string, inputs: string[], options: { workers?: number; embedder?: () => FakeEmbedder } = {}) {
  const read = await readAllInputs(inputs, {});
  return indexPostgres(
    { url, model: FAKE_MODEL, loadEmbedder: async () => (options.embedder ?? (() => new FakeEmbedder()))(), workers: options.workers ?? 1, batchSize: 16 },
    { read: read.sources, rebuild: false, prune: false, warnings: [] },
  );
}

export function openPostgresLibrary(url: string, embedder = new FakeEmbedder()): Promise<OpenIndex> {
  return openPostgresIndex({ url, model: FAKE_MODEL, backend: graphBackend(), loadEmbedder: async () => embedder });
}
