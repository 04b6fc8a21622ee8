// VectorIndex by exhaustive dot products: the ground truth for recall measurements and a fallback
// for tiny corpora.
import { dotProduct } from '../vector-math.js';
import type { Neighbour, VectorIndex, VectorItem, VectorSearchOptions } from './vector-index.js';

export class ExactIndex implements VectorIndex {
  readonly dimensions: number;
  private readonly vectors = new Map<string, Float32Array>();

  constructor(items: readonly VectorItem[], dimensions: number) {
    this.dimensions = dimensions;
    for (const item of items) this.vectors.set(item.id, item.vector);
  }

  /** An index of `vectors[i]` under `ids[i]`. */
  static fromVectors(ids: readonly string[], vectors: readonly Float32Array[]): ExactIndex {
    return new ExactIndex(
      ids.map((id, ordinal) => ({ id, vector: vectors[ordinal]! })),
      vectors[0]?.length ?? 0,
    );
  }

  get size(): number {
    return this.vectors.size;
  }

  upsert(items: readonly VectorItem[]): Promise<void> {
    for (const item of items) this.vectors.set(item.id, item.vector);
    return Promise.resolve();
  }

  remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.vectors.delete(id);
    return Promise.resolve();
  }

  search(query: Float32Array, topK: number, options: VectorSearchOptions = {}): Promise<Neighbour[]> {
    return Promise.resolve(this.searchNow(query, topK, options.excludeIds));
  }

  /** The same search, synchronously: recall measurements call it thousands of times. */
  searchNow(query: Float32Array, topK: number, excludeIds?: ReadonlySet<string>): Neighbour[] {
    const scored: Neighbour[] = [];
    for (const [id, vector] of this.vectors) {
      if (excludeIds?.has(id)) continue;
      scored.push({ id, cosineSimilarity: dotProduct(query, vector) });
    }
    scored.sort((a, b) => b.cosineSimilarity - a.cosineSimilarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return scored.slice(0, Math.max(topK, 0));
  }
}
