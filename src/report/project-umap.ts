// UMAP to two dimensions with umap-js, laid out from a neighbour graph computed beforehand
// (the HNSW index answers it far faster than umap-js's own NN-descent) and seeded so the map
// is reproducible.
import { UMAP } from 'umap-js';
import type { NeighbourList } from './find-neighbours.js';
import { createRandom } from '../seeded-random.js';

export interface UmapOptions {
  /** Neighbours each point is pulled towards, the paper itself included. umap's usual 15 (5-50). */
  neighbourCount: number;
  /** How tightly points may pack: umap's default 0.1 (0-0.99); lower gives tighter clusters. */
  minDistance: number;
  seed: number;
}

/**
 * One [x, y] per vector. `neighbours[i]` lists i's nearest other papers, most similar first;
 * at least `neighbourCount - 1` of them, and fewer vectors than that is the caller's mistake.
 */
export function projectUmap(vectors: Float32Array[], neighbours: NeighbourList[], options: UmapOptions): [number, number][] {
  const wanted = options.neighbourCount - 1;
  // umap's convention: each point is its own first neighbour, at distance 0.
  const knnIndices = neighbours.map((list, ordinal) => [ordinal, ...list.ordinals.slice(0, wanted)]);
  const knnDistances = neighbours.map((list) => [0, ...list.similarities.slice(0, wanted).map(unitChordDistance)]);
  const umap = new UMAP({
    nComponents: 2,
    nNeighbors: options.neighbourCount,
    minDist: options.minDistance,
    random: createRandom(options.seed),
  });
  umap.setPrecomputedKNN(knnIndices, knnDistances);
  // With the neighbour graph given, umap-js reads only the number of rows, so empty rows spare
  // copying every vector into a number[].
  const embedding = umap.fit(vectors.map(() => []));
  return embedding.map((point) => [point[0]!, point[1]!]);
}

/** Euclidean distance between unit vectors with this cosine similarity (umap's default metric). */
function unitChordDistance(similarity: number): number {
  return Math.sqrt(Math.max(0, 2 - 2 * similarity));
}
