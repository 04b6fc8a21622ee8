// Dense, lexical and hybrid search over an opened index, and "papers similar to this".
import { SEARCH } from '../config.js';
import type { Paper } from '../ingest/types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import { fuseRanks } from './fuse-ranks.js';
import type { LexicalIndex } from './lexical-index.js';

export type SearchMode = 'dense' | 'lexical' | 'hybrid';
export const SEARCH_MODES: readonly SearchMode[] = ['dense', 'lexical', 'hybrid'];

export interface SearchHit {
  paper: Paper;
  /** The score that ranked this hit: cosine (dense), BM25 (lexical) or fused RRF (hybrid). */
  score: number;
  /** Cosine similarity to the query, when the dense list saw the paper. */
  denseSimilarity: number | null;
  /** BM25 score, when the lexical list saw the paper. */
  bm25: number | null;
}

export interface Searchable {
  paperById(id: string): Paper | undefined;
  vectorIndex(): VectorIndex;
  lexicalIndex(): LexicalIndex;
  embedQuery(text: string): Promise<Float32Array>;
}

export interface FusionSettings {
  rrfK: number;
  denseWeight: number;
  lexicalWeight: number;
  /** Candidates each list contributes. */
  depth: number;
}

export const DEFAULT_FUSION: FusionSettings = {
  rrfK: SEARCH.rrfK,
  denseWeight: SEARCH.denseWeight,
  lexicalWeight: SEARCH.lexicalWeight,
  depth: SEARCH.fusionDepth,
};

export interface SearchOptions {
  mode: SearchMode;
  topK: number;
  /** Hybrid fusion settings; the tuned defaults unless an experiment overrides them. */
  fusion?: FusionSettings;
  /** Papers never returned (the paper a "similar" query starts from). */
  excludeIds?: ReadonlySet<string>;
}

export async function searchPapers(index: Searchable, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const depth = Math.max(options.topK, (options.fusion ?? DEFAULT_FUSION).depth);
  const dense = options.mode === 'lexical' ? [] : await index.vectorIndex().search(await index.embedQuery(query), depth, { excludeIds: options.excludeIds });
  const lexical = options.mode === 'dense' ? [] : await index.lexicalIndex().search(query, depth, { excludeIds: options.excludeIds });
  return rankHits(index, dense, lexical, options);
}

/** Papers nearest to a vector (an unseen abstract, or a paper's own vector). */
export async function searchByVector(index: Searchable, vector: Float32Array, options: Omit<SearchOptions, 'mode'>): Promise<SearchHit[]> {
  const dense = await index.vectorIndex().search(vector, options.topK, { excludeIds: options.excludeIds });
  return rankHits(index, dense, [], { ...options, mode: 'dense' });
}

function rankHits(
  index: Searchable,
  dense: { id: string; cosineSimilarity: number }[],
  lexical: { id: string; bm25: number }[],
  options: SearchOptions,
): SearchHit[] {
  const similarityOf = new Map(dense.map((hit) => [hit.id, hit.cosineSimilarity]));
  const bm25Of = new Map(lexical.map((hit) => [hit.id, hit.bm25]));
  const fusion = options.fusion ?? DEFAULT_FUSION;
  const ranked =
    options.mode === 'dense'
      ? dense.map((hit) => ({ id: hit.id, score: hit.cosineSimilarity }))
      : options.mode === 'lexical'
        ? lexical.map((hit) => ({ id: hit.id, score: hit.bm25 }))
        : fuseRanks(
            [
              { ids: dense.map((hit) => hit.id), weight: fusion.denseWeight },
              { ids: lexical.map((hit) => hit.id), weight: fusion.lexicalWeight },
            ],
            fusion.rrfK,
          ).map((hit) => ({ id: hit.id, score: hit.fusedScore }));
  return ranked.slice(0, options.topK).flatMap(({ id, score }) => {
    // A paper removed since the search structures were loaded is no longer a result.
    const paper = index.paperById(id);
    return paper ? [{ paper, score, denseSimilarity: similarityOf.get(id) ?? null, bm25: bm25Of.get(id) ?? null }] : [];
  });
}
