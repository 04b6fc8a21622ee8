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
  ordinal: number;
  /** The score that ranked this hit: cosine (dense), BM25 (lexical) or fused RRF (hybrid). */
  score: number;
  /** Cosine similarity to the query, when the dense list saw the paper. */
  denseSimilarity: number | null;
  /** BM25 score, when the lexical list saw the paper. */
  bm25: number | null;
}

export interface Searchable {
  paperAt(ordinal: number): Paper;
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
  /** Ordinals never returned (the paper a "similar" query starts from). */
  exclude?: (ordinal: number) => boolean;
}

export async function searchPapers(index: Searchable, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const depth = Math.max(options.topK, (options.fusion ?? DEFAULT_FUSION).depth);
  const dense = options.mode === 'lexical' ? [] : index.vectorIndex().search(await index.embedQuery(query), depth, options.exclude);
  const lexical = options.mode === 'dense' ? [] : index.lexicalIndex().search(query, depth, options.exclude);
  return rankHits(index, dense, lexical, options);
}

/** Papers nearest to a vector (an unseen abstract, or a paper's own vector). */
export function searchByVector(index: Searchable, vector: Float32Array, options: Omit<SearchOptions, 'mode'>): SearchHit[] {
  const dense = index.vectorIndex().search(vector, options.topK, options.exclude);
  return rankHits(index, dense, [], { ...options, mode: 'dense' });
}

function rankHits(
  index: Searchable,
  dense: { ordinal: number; similarity: number }[],
  lexical: { ordinal: number; bm25: number }[],
  options: SearchOptions,
): SearchHit[] {
  const similarityOf = new Map(dense.map((hit) => [hit.ordinal, hit.similarity]));
  const bm25Of = new Map(lexical.map((hit) => [hit.ordinal, hit.bm25]));
  const fusion = options.fusion ?? DEFAULT_FUSION;
  const ranked =
    options.mode === 'dense'
      ? dense.map((hit) => ({ ordinal: hit.ordinal, score: hit.similarity }))
      : options.mode === 'lexical'
        ? lexical.map((hit) => ({ ordinal: hit.ordinal, score: hit.bm25 }))
        : fuseRanks(
            [
              { ordinals: dense.map((hit) => hit.ordinal), weight: fusion.denseWeight },
              { ordinals: lexical.map((hit) => hit.ordinal), weight: fusion.lexicalWeight },
            ],
            fusion.rrfK,
          ).map((hit) => ({ ordinal: hit.ordinal, score: hit.fusedScore }));
  return ranked.slice(0, options.topK).map(({ ordinal, score }) => ({
    paper: index.paperAt(ordinal),
    ordinal,
    score,
    denseSimilarity: similarityOf.get(ordinal) ?? null,
    bm25: bm25Of.get(ordinal) ?? null,
  }));
}
