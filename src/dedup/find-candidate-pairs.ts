// Candidate pairs for the duplicate check: each paper's nearest neighbours from the vector index
// above the cosine gate. k searches instead of all pairs, so 100k papers stay fast.
import { dot } from '../vector-index/exact-index.js';
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface CandidatePair {
  /** The smaller ordinal of the pair. */
  a: number;
  b: number;
  cosine: number;
}

export interface CandidateOptions {
  /** Neighbours fetched per query paper. */
  neighbours: number;
  minCosine: number;
  /** Papers to search from (default: all). */
  queries?: readonly number[];
  /** Only these ordinals may be a query's partner (default: any other paper). */
  isPartner?: (ordinal: number) => boolean;
}

/** Each unordered pair once, in ascending (a, b) order. */
export function findCandidatePairs(vectors: readonly Float32Array[], vectorIndex: VectorIndex, options: CandidateOptions): CandidatePair[] {
  const queries = options.queries ?? vectors.map((_, ordinal) => ordinal);
  const found = new Map<number, CandidatePair>();
  for (const query of queries) {
    const vector = vectors[query];
    if (!vector) continue;
    const { isPartner } = options;
    // One extra neighbour stands in for the query itself, which an unfiltered search returns first.
    const neighbours = isPartner
      ? vectorIndex.search(vector, options.neighbours, (ordinal) => ordinal === query || !isPartner(ordinal))
      : vectorIndex.search(vector, options.neighbours + 1);
    for (const { ordinal } of neighbours) {
      if (ordinal === query) continue;
      const a = Math.min(query, ordinal);
      const b = Math.max(query, ordinal);
      const key = a * vectors.length + b;
      if (found.has(key)) continue;
      // Exact cosine, not the index's approximate distance: the same pair scores the same from either side.
      const cosine = dot(vectors[a]!, vectors[b]!);
      if (cosine >= options.minCosine) found.set(key, { a, b, cosine });
    }
  }
  return [...found.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
