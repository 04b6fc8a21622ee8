// Opens a PostgreSQL library for reading: papers, entries and vectors from one snapshot (the
// whole-library stages run on them as on SQLite), dense k-NN through pgvector's HNSW index and
// lexical top-k through the tsvector index, both answered by the database.
import { SEARCH } from '../config.js';
import { DUPLICATES_CACHE_KEY } from '../dedup/duplicates-cache.js';
import type { Embedder } from '../embedding/embedder.js';
import { PapersError } from '../errors.js';
import type { LexicalIndex } from '../search/lexical-index.js';
import { termsOf } from '../search/terms.js';
import type { ModelInfo } from '../store/index-meta.js';
import { tokensOf } from '../store/postgres/bm25-query.js';
import { PostgresLibrary } from '../store/postgres/postgres-library.js';
import { PostgresReader } from '../store/postgres/postgres-reader.js';
import { THEMES_CACHE_KEY } from '../themes/themes-cache.js';
import type { GraphBackend } from '../vector-index/graph-backend.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import { OpenIndex } from './open-index.js';

export interface OpenPostgresOptions {
  url: string;
  model: ModelInfo;
  /** For the in-memory indexes some stages build over a subset (the map's sample). */
  backend: GraphBackend;
  loadEmbedder: () => Promise<Embedder>;
}

export async function openPostgresIndex(options: OpenPostgresOptions): Promise<OpenIndex> {
  const library = await PostgresLibrary.open(options.url, { create: false, dimensions: options.model.dimensions });
  let reader: PostgresReader;
  try {
    reader = await PostgresReader.load(library, [THEMES_CACHE_KEY, DUPLICATES_CACHE_KEY]);
  } catch (error) {
    await library.close();
    throw error;
  }
  return OpenIndex.open({
    store: reader,
    search: { vectorIndex: () => pgvectorIndex(library, options.model.dimensions), lexicalIndex: () => tsvectorIndex(library) },
    model: options.model,
    backend: options.backend,
    loadEmbedder: options.loadEmbedder,
  });
}

/** Dense search by cosine distance (`<=>`) through the HNSW index; read-only (workers write vectors). */
export function pgvectorIndex(library: PostgresLibrary, dimensions: number): VectorIndex {
  const readOnly = () => Promise.reject(new PapersError('INDEX_INCOMPATIBLE', 'vectors of a PostgreSQL library are written by `papers index --db`'));
  return {
    dimensions,
    upsert: readOnly,
    remove: readOnly,
    search: (query, topK, options = {}) => library.searchDense(query, topK, [...(options.excludeIds ?? [])]),
  };
}

/** Lexical search with the same terms and BM25 as SQLite's, any term matching, the title weighted SEARCH.titleWeight. */
export function tsvectorIndex(library: PostgresLibrary, weights = { title: SEARCH.titleWeight, abstract: 1 }): LexicalIndex {
  return {
    async search(query, topK, options = {}) {
      const terms = [...new Set(termsOf(query).flatMap(tokensOf))];
      if (terms.length === 0 || topK <= 0) return [];
      const excluded = options.excludeIds ?? new Set<string>();
      const hits = await library.searchText(terms, topK + excluded.size, weights);
      return hits.filter((hit) => !excluded.has(hit.id)).slice(0, topK);
    },
  };
}
