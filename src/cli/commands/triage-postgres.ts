// `papers triage --db`: the digest added to a shared PostgreSQL library as `papers index --db` adds
// it, with the vectors triage computed handed to the workers instead of embedded again.
import { POSTGRES_INDEX } from '../../config.js';
import type { Embedder } from '../../embedding/embedder.js';
import { withKnownVectors } from '../../embedding/known-vectors-embedder.js';
import { readAllInputs } from '../../ingest/read-all-inputs.js';
import { indexPostgres } from '../../pipeline/index-postgres.js';
import { PostgresLibrary } from '../../store/postgres/postgres-library.js';
import { inspectLibrary } from '../../store/postgres/postgres-maintenance.js';
import { currentModel } from '../context.js';
import { watchInterrupts } from './describe-update.js';

export async function addToPostgres(url: string, paths: string[], loadEmbedder: () => Promise<Embedder>, known: ReadonlyMap<string, Float32Array>) {
  const interruption = watchInterrupts();
  try {
    const model = currentModel();
    const read = await readAllInputs(paths);
    const summary = await indexPostgres(
      {
        url,
        model,
        loadEmbedder: () => Promise.resolve(withKnownVectors(loadEmbedder, model, known)),
        workers: POSTGRES_INDEX.workers,
        batchSize: POSTGRES_INDEX.batchSize,
        isInterrupted: interruption.isInterrupted,
      },
      { read: read.sources, rebuild: false, prune: false, warnings: [] },
    );
    const library = await PostgresLibrary.open(url, { create: false, dimensions: model.dimensions });
    try {
      const { papers } = await inspectLibrary(library);
      return { papers, newPapers: summary.newPapers, embedded: summary.embedded, unembedded: summary.unembedded, generation: summary.generation ?? 0 };
    } finally {
      await library.close();
    }
  } finally {
    interruption.dispose();
  }
}
