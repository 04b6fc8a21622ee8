// The k nearest papers of every paper, from the vector index: the side panel's "nearest papers"
// and the neighbour graph UMAP lays the map out from.
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface NeighbourList {
  /** Ordinals of the nearest other papers, most similar first (never the paper itself). */
  ordinals: number[];
  /** Cosine similarity of each, in the same order. */
  similarities: number[];
}

/** For each of `papers` (with `vectors`, by ordinal), its `topK` nearest other papers. */
export async function findNeighbours(vectorIndex: VectorIndex, papers: readonly { id: string }[], vectors: Float32Array[], topK: number): Promise<NeighbourList[]> {
  const ordinalOf = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
  const lists: NeighbourList[] = [];
  for (const [ordinal, vector] of vectors.entries()) {
    const found = (await vectorIndex.search(vector, topK, { excludeIds: new Set([papers[ordinal]!.id]) })).filter((hit) => ordinalOf.has(hit.id));
    lists.push({ ordinals: found.map((hit) => ordinalOf.get(hit.id)!), similarities: found.map((hit) => hit.cosineSimilarity) });
  }
  return lists;
}
