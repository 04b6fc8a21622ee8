// The k nearest papers of every paper, from the vector index: the side panel's "nearest papers"
// and the neighbour graph UMAP lays the map out from.
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface NeighbourList {
  /** Ordinals of the nearest other papers, most similar first (never the paper itself). */
  ordinals: number[];
  /** Cosine similarity of each, in the same order. */
  similarities: number[];
}

/** For each of `vectors` (the index's own, by ordinal), its `topK` nearest other papers. */
export function findNeighbours(vectorIndex: VectorIndex, vectors: Float32Array[], topK: number): NeighbourList[] {
  return vectors.map((vector, ordinal) => {
    const found = vectorIndex.search(vector, topK, (other) => other === ordinal);
    return { ordinals: found.map((hit) => hit.ordinal), similarities: found.map((hit) => hit.similarity) };
  });
}
