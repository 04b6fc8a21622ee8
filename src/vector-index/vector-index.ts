// The VectorIndex interface: approximate nearest neighbours over unit vectors, labelled by the
// paper's ordinal in the index. The default is hnswlib; tests may use exact search.

export interface Neighbour {
  /** Ordinal of the paper in the index's paper list. */
  ordinal: number;
  /** Cosine similarity to the query (vectors are unit length). */
  similarity: number;
}

export interface VectorIndex {
  readonly dimensions: number;
  readonly size: number;
  /**
   * At most topK neighbours, most similar first; `exclude` drops ordinals (the query paper
   * itself). `efSearch` overrides the index's candidate list for this call (approximate indexes).
   */
  search(query: Float32Array, topK: number, exclude?: (ordinal: number) => boolean, efSearch?: number): Neighbour[];
  save(file: string): void;
}
