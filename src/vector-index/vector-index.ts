// The VectorIndex interface: nearest neighbours over unit vectors, keyed by paper id. Async and
// filtered by id sets, so a remote backend could implement it; persistence belongs to a backend.

export interface VectorItem {
  id: string;
  /** Unit length. */
  vector: Float32Array;
}

export interface Neighbour {
  id: string;
  /** Cosine similarity to the query (vectors are unit length). */
  cosineSimilarity: number;
}

export interface VectorSearchOptions {
  /** Papers never returned (the paper a "similar" query starts from). */
  excludeIds?: ReadonlySet<string>;
  /** Candidate list for this call (approximate indexes); the index's own default otherwise. */
  efSearch?: number;
}

export interface VectorIndex {
  readonly dimensions: number;
  /** Adds papers, or replaces the vectors of papers already present. */
  upsert(items: readonly VectorItem[]): Promise<void>;
  /** Drops papers; unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>;
  /** At most topK neighbours, most similar first. */
  search(query: Float32Array, topK: number, options?: VectorSearchOptions): Promise<Neighbour[]>;
}
