// An HNSW graph over an evaluation corpus's vectors, keyed by its paper ids, held in memory.
import { HnswIndex } from '../../src/vector-index/hnsw-index.js';
import { HNSW } from '../../src/config.js';

export function graphOf(ids: readonly string[], vectors: readonly Float32Array[], dimensions: number): HnswIndex {
  const index = HnswIndex.create(dimensions, HNSW, undefined, vectors.length);
  index.upsertNow(ids.map((id, ordinal) => ({ id, vector: vectors[ordinal]! })));
  return index;
}
