// VectorIndex backed by hnswlib-node: inner-product space over L2-normalised vectors, so
// 1 - distance is the cosine similarity.
import hnswlib from 'hnswlib-node';
import { HNSW } from '../config.js';
import type { Neighbour, VectorIndex } from './vector-index.js';

export interface HnswParameters {
  m: number;
  efConstruction: number;
  efSearch: number;
  randomSeed: number;
}

export class HnswIndex implements VectorIndex {
  readonly dimensions: number;
  private readonly index: hnswlib.HierarchicalNSW;
  private readonly efSearch: number;

  private constructor(index: hnswlib.HierarchicalNSW, dimensions: number, efSearch: number) {
    this.index = index;
    this.dimensions = dimensions;
    this.efSearch = efSearch;
  }

  static build(vectors: Float32Array[], dimensions: number, parameters: HnswParameters = HNSW): HnswIndex {
    const index = new hnswlib.HierarchicalNSW('ip', dimensions);
    index.initIndex(Math.max(vectors.length, 1), parameters.m, parameters.efConstruction, parameters.randomSeed);
    vectors.forEach((vector, ordinal) => index.addPoint(Array.from(vector), ordinal));
    return new HnswIndex(index, dimensions, parameters.efSearch);
  }

  static load(file: string, dimensions: number, efSearch: number = HNSW.efSearch): HnswIndex {
    const index = new hnswlib.HierarchicalNSW('ip', dimensions);
    index.readIndexSync(file);
    return new HnswIndex(index, dimensions, efSearch);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  search(query: Float32Array, topK: number, exclude?: (ordinal: number) => boolean, efSearch = this.efSearch): Neighbour[] {
    const wanted = Math.min(topK, this.size);
    if (wanted <= 0) return [];
    this.index.setEf(Math.max(efSearch, wanted));
    const found = this.index.searchKnn(Array.from(query), wanted, exclude ? (label) => !exclude(label) : undefined);
    return found.neighbors.map((ordinal, rank) => ({ ordinal, similarity: 1 - found.distances[rank]! }));
  }

  save(file: string): void {
    this.index.writeIndexSync(file);
  }
}
