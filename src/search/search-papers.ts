// Dense, lexical and hybrid search over an opened index: a query's candidates from each list,
// ranked, and collapsed so that one paper posted several times is one result.
import { SEARCH } from '../config.js';
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import type { Paper } from '../ingest/types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import { collapseDuplicates, type AlsoPosted } from './collapse-duplicates.js';
import { fuseRanks } from './fuse-ranks.js';
import type { LexicalIndex } from './lexical-index.js';

export type SearchMode = 'dense' | 'lexical' | 'hybrid';
export const SEARCH_MODES: readonly SearchMode[] = ['dense', 'lexical', 'hybrid'];

export interface SearchHit {
  paper: Paper;
  ordinal: number;
  /** The score that ranked this hit: cosine (dense), BM25 (lexical) or the fused score (hybrid). */
  score: number;
  /** Cosine similarity to the query, when the dense list saw the paper. */
  denseSimilarity: number | null;
  /** BM25 score, when the lexical list saw the paper. */
  bm25: number | null;
  /** Other postings of the same paper (a duplicate group), folded into this hit. */
  alsoPostedAs: AlsoPosted[];
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
  /** Duplicate groups: each is shown once, as its best-ranked member. */
  duplicates?: readonly DuplicateGroup[];
}

export interface DenseCandidate {
  ordinal: number;
  similarity: number;
}

export interface LexicalCandidate {
  ordinal: number;
  bm25: number;
}

export async function searchPapers(index: Searchable, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const fusion = options.fusion ?? DEFAULT_FUSION;
  const depth = Math.max(options.topK + extraFor(options.duplicates), fusion.depth);
  const dense = options.mode === 'lexical' ? [] : index.vectorIndex().search(await index.embedQuery(query), depth, options.exclude);
  const lexical = options.mode === 'dense' ? [] : index.lexicalIndex().search(query, depth, options.exclude);
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
  return toHits(index, ranked, dense, lexical, options);
}

/** Papers nearest to a vector (an unseen abstract, or a paper's own vector), by cosine alone. */
export function searchByVector(index: Searchable, vector: Float32Array, options: Omit<SearchOptions, 'mode'>): SearchHit[] {
  const dense = index.vectorIndex().search(vector, options.topK + extraFor(options.duplicates), options.exclude);
  return toHits(index, dense.map((hit) => ({ ordinal: hit.ordinal, score: hit.similarity })), dense, [], options);
}

/** The ranked candidates as hits: duplicates collapsed, then the first topK. */
export function toHits(
  index: Searchable,
  ranked: readonly { ordinal: number; score: number }[],
  dense: readonly DenseCandidate[],
  lexical: readonly LexicalCandidate[],
  options: Pick<SearchOptions, 'topK' | 'duplicates'>,
): SearchHit[] {
  const similarityOf = new Map(dense.map((hit) => [hit.ordinal, hit.similarity]));
  const bm25Of = new Map(lexical.map((hit) => [hit.ordinal, hit.bm25]));
  const hits = ranked.map(({ ordinal, score }) => ({
    paper: index.paperAt(ordinal),
    ordinal,
    score,
    denseSimilarity: similarityOf.get(ordinal) ?? null,
    bm25: bm25Of.get(ordinal) ?? null,
    alsoPostedAs: [],
  }));
  return (options.duplicates ? collapseDuplicates(hits, options.duplicates) : hits).slice(0, options.topK);
}

/** Candidates fetched beyond topK so that collapsing re-posts still leaves topK results. */
export function extraFor(duplicates: readonly DuplicateGroup[] | undefined): number {
  return duplicates && duplicates.length > 0 ? SEARCH.collapseExtra : 0;
}
