// VectorIndex by exhaustive dot products: the ground truth for recall measurements and a fallback
// for tiny corpora.
import type { Neighbour, VectorIndex } from './vector-index.js';

export class ExactIndex implements VectorIndex {
  readonly dimensions: number;
  private readonly vectors: Float32Array[];

  constructor(vectors: Float32Array[], dimensions: number) {
    this.vectors = vectors;
    this.dimensions = dimensions;
  }

  get size(): number {
    return this.vectors.length;
  }

  search(query: Float32Array, topK: number, exclude?: (ordinal: number) => boolean): Neighbour[] {
    const scored: Neighbour[] = [];
    this.vectors.forEach((vector, ordinal) => {
      if (exclude?.(ordinal)) return;
      scored.push({ ordinal, similarity: dot(query, vector) });
    });
    scored.sort((a, b) => b.similarity - a.similarity || a.ordinal - b.ordinal);
    return scored.slice(0, Math.max(topK, 0));
  }

  save(): void {
    throw new Error('ExactIndex is not persisted; the vectors file is its storage');
  }
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}
