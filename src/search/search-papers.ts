// Dense, lexical and hybrid search over an opened index: a query's candidates from each list,
// ranked, and collapsed so that one paper posted several times is one result.
import { SEARCH } from '../config.js';
import type { Paper } from '../ingest/types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import { collapseDuplicates, type AlsoPosted, type DuplicateMembers } from './collapse-duplicates.js';
import { fuseRanks } from './fuse-ranks.js';
import type { LexicalIndex } from './lexical-index.js';

export type SearchMode = 'dense' | 'lexical' | 'hybrid';
export const SEARCH_MODES: readonly SearchMode[] = ['dense', 'lexical', 'hybrid'];

export interface SearchHit {
  paper: Paper;
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
  paperById(id: string): Paper | undefined;
  vectorIndex(): VectorIndex;
  /** The vector index, read without blocking (on a worker thread) when it is not loaded yet. */
  openVectorIndex?(): Promise<VectorIndex>;
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
  /** Duplicate groups: each is shown once, as its best-ranked member. */
  duplicates?: DuplicateMembers;
}

export interface DenseCandidate {
  id: string;
  cosineSimilarity: number;
}

export interface LexicalCandidate {
  id: string;
  bm25: number;
}

export async function searchPapers(index: Searchable, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const fusion = options.fusion ?? DEFAULT_FUSION;
  const depth = Math.max(options.topK + extraFor(options.duplicates), fusion.depth);
  // On a cold start the graph is read on a worker thread and the model loads while FTS5 answers.
  const denseInputs = options.mode === 'lexical' ? null : bothSettled(index.openVectorIndex?.() ?? Promise.resolve(index.vectorIndex()), index.embedQuery(query));
  denseInputs?.catch(() => undefined);
  const lexical = options.mode === 'dense' ? [] : await index.lexicalIndex().search(query, depth, { excludeIds: options.excludeIds });
  const dense = denseInputs ? await denseInputs.then(([graph, vector]) => graph.search(vector, depth, { excludeIds: options.excludeIds })) : [];
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
  return toHits(index, ranked, dense, lexical, options);
}

/**
 * Both values, or the first failure once both have settled: a damaged graph is reported only
 * after the model has finished loading, so closing the index never disposes a session in use.
 */
async function bothSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/** Papers nearest to a vector (an unseen abstract, or a paper's own vector), by cosine alone. */
export async function searchByVector(index: Searchable, vector: Float32Array, options: Omit<SearchOptions, 'mode'>): Promise<SearchHit[]> {
  const dense = await index.vectorIndex().search(vector, options.topK + extraFor(options.duplicates), { excludeIds: options.excludeIds });
  return toHits(index, dense.map((hit) => ({ id: hit.id, score: hit.cosineSimilarity })), dense, [], options);
}

/** The ranked candidates as hits: papers removed since the search structures loaded dropped, duplicates collapsed, then the first topK. */
export function toHits(
  index: Searchable,
  ranked: readonly { id: string; score: number }[],
  dense: readonly DenseCandidate[],
  lexical: readonly LexicalCandidate[],
  options: Pick<SearchOptions, 'topK' | 'duplicates'>,
): SearchHit[] {
  const similarityOf = new Map(dense.map((hit) => [hit.id, hit.cosineSimilarity]));
  const bm25Of = new Map(lexical.map((hit) => [hit.id, hit.bm25]));
  const hits = ranked.flatMap(({ id, score }) => {
    const paper = index.paperById(id);
    return paper ? [{ paper, score, denseSimilarity: similarityOf.get(id) ?? null, bm25: bm25Of.get(id) ?? null, alsoPostedAs: [] }] : [];
  });
  return (options.duplicates ? collapseDuplicates(hits, options.duplicates) : hits).slice(0, options.topK);
}

/** Candidates fetched beyond topK so that collapsing re-posts still leaves topK results. */
export function extraFor(duplicates: DuplicateMembers | undefined): number {
  return duplicates && !duplicates.isEmpty ? SEARCH.collapseExtra : 0;
}
