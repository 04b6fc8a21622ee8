// Search quality of the two stores on the sample digests: the same papers and vectors (the model's,
// computed once) in SQLite and in PostgreSQL (PGlite with pgvector behind its socket server), the
// same graded queries. Dense search is pgvector's HNSW against hnswlib's; lexical is FTS5's BM25
// against the same BM25 computed in SQL.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { currentModel, graphBackend, loadEmbedder } from '../../src/cli/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { readAllInputs } from '../../src/ingest/read-all-inputs.js';
import { indexPostgres } from '../../src/pipeline/index-postgres.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { openPostgresIndex } from '../../src/pipeline/open-postgres.js';
import { evaluateSearch, loadSearchQueries } from './search-eval.js';
import { evaluateSimilar, type EvalRow } from './variant-eval.js';
import { standInEmbedder } from '../bench/stand-in-embedder.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');

/** Every search figure and the similar MRR of one opened library. */
export async function evaluateBackend(index: OpenIndex): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const fixture of ['search-queries.json', 'need-queries.json']) {
    const queries = loadSearchQueries(path.join(FIXTURES, fixture), index.papers).filter((query) => query.grades.size > 0);
    for (const row of await evaluateSearch(index, queries)) {
      rows.push({ name: `search ${row.mode} nDCG@10 (${fixture})`, value: row.ndcg10 }, { name: `search ${row.mode} recall@10 (${fixture})`, value: row.recall10 });
    }
  }
  rows.push(...(await evaluateSimilar(index)));
  return rows;
}

/** The SQLite library `sqlite` holds, copied into a fresh PGlite database with the same vectors, and evaluated there. */
export async function evaluatePostgresLike(sqlite: OpenIndex, inputs: string[]): Promise<EvalRow[]> {
  const db = await PGlite.create({ extensions: { vector } });
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 4 });
  await server.start();
  const url = `postgres://postgres@127.0.0.1:${(server as unknown as { port: number }).port}/postgres`;
  try {
    const vectors = sqlite.vectors();
    const byText = new Map(sqlite.papers.map((paper, ordinal) => [embeddingText(paper.title, paper.abstract), vectors[ordinal]!]));
    const model = currentModel();
    const stored = standInEmbedder(model, (text) => byText.get(text)!);
    const read = await readAllInputs(inputs, {});
    await indexPostgres({ url, model, loadEmbedder: () => Promise.resolve(stored), workers: 1, batchSize: 64 }, { read: read.sources, rebuild: false, prune: false, warnings: [] });
    const postgres = await openPostgresIndex({ url, model, backend: graphBackend(), loadEmbedder });
    try {
      return await evaluateBackend(postgres);
    } finally {
      await postgres.close();
    }
  } finally {
    await server.stop();
    await db.close();
  }
}
