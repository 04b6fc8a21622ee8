// Candidate pairs for the duplicate check: each paper's nearest neighbours from the vector index
// above the cosine gate. k searches instead of all pairs, so 100k papers stay fast.
import { DEDUP } from '../config.js';
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface CandidatePair {
  /** The smaller ordinal of the pair. */
  a: number;
  b: number;
  /** As the index reports it; an inner product is the same from either side. */
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
export async function findCandidatePairs(
  vectors: readonly Float32Array[],
  ids: readonly string[],
  vectorIndex: VectorIndex,
  options: CandidateOptions,
): Promise<CandidatePair[]> {
  const queries = options.queries ?? vectors.map((_, ordinal) => ordinal);
  const { isPartner } = options;
  const ordinalOf = new Map(ids.map((id, ordinal) => [id, ordinal]));
  const nonPartners = isPartner ? ids.filter((_, ordinal) => !isPartner(ordinal)) : [];
  // Pairs found so far, by their smaller ordinal: each list stays about k long, so a linear scan
  // dedupes faster than a hash keyed by the pair.
  const partnersOf = new Map<number, CandidatePair[]>();
  for (const query of queries) {
    const vector = vectors[query];
    if (!vector) continue;
    // Unfiltered, the query finds itself first, so one extra neighbour stands in for it.
    const neighbours = isPartner
      ? await vectorIndex.search(vector, options.neighbours, { excludeIds: new Set([...nonPartners, ids[query]!]), efSearch: DEDUP.efSearch })
      : await vectorIndex.search(vector, options.neighbours + 1, { efSearch: DEDUP.efSearch });
    for (const { id, cosineSimilarity: similarity } of neighbours) {
      const ordinal = ordinalOf.get(id);
      if (ordinal === undefined || ordinal === query || similarity < options.minCosine) continue;
      const a = Math.min(query, ordinal);
      const b = Math.max(query, ordinal);
      const list = partnersOf.get(a);
      if (!list) partnersOf.set(a, [{ a, b, cosine: similarity }]);
      else if (!list.some((pair) => pair.b === b)) list.push({ a, b, cosine: similarity });
    }
  }
  return [...partnersOf.keys()].sort((x, y) => x - y).flatMap((a) => partnersOf.get(a)!.sort((x, y) => x.b - y.b));
}
