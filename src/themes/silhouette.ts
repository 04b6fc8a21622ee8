// Mean silhouette with cosine distance: for each paper, how much closer it is to its own theme
// than to the nearest other theme, from -1 (misplaced) through 0 (on a border) to 1 (well apart).
import { dotProduct } from './vector-math.js';

/** Pairwise cosine similarities of unit vectors, row-major n × n. Computed once, reused for every k. */
export function similarityMatrix(vectors: Float32Array[]): Float32Array {
  const n = vectors.length;
  const matrix = new Float32Array(n * n);
  for (let i = 0; i < n; i += 1) {
    matrix[i * n + i] = 1;
    for (let j = i + 1; j < n; j += 1) {
      const similarity = dotProduct(vectors[i]!, vectors[j]!);
      matrix[i * n + j] = similarity;
      matrix[j * n + i] = similarity;
    }
  }
  return matrix;
}

/** Rousseeuw's silhouette averaged over all points; a point alone in its cluster counts 0. */
export function meanSilhouette(similarities: Float32Array, assignments: number[], k: number): number {
  const n = assignments.length;
  const sizes = new Array<number>(k).fill(0);
  for (const cluster of assignments) sizes[cluster]! += 1;
  let total = 0;
  const distanceSums = new Float64Array(k);
  for (let i = 0; i < n; i += 1) {
    distanceSums.fill(0);
    for (let j = 0; j < n; j += 1) if (j !== i) distanceSums[assignments[j]!]! += 1 - similarities[i * n + j]!;
    const own = assignments[i]!;
    if (sizes[own]! <= 1) continue;
    const within = distanceSums[own]! / (sizes[own]! - 1);
    let nearest = Infinity;
    for (let cluster = 0; cluster < k; cluster += 1) {
      if (cluster !== own && sizes[cluster]! > 0) nearest = Math.min(nearest, distanceSums[cluster]! / sizes[cluster]!);
    }
    if (Number.isFinite(nearest)) total += (nearest - within) / Math.max(within, nearest, Number.EPSILON);
  }
  return total / n;
}
