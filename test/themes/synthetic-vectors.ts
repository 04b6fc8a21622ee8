// Small seeded fixtures for the themes tests: unit vectors scattered around well-separated centres.
import { createRandom } from '../../src/seeded-random.js';
import { normalizeVector } from '../../src/vector-math.js';

export interface ClusteredVectors {
  vectors: Float32Array[];
  /** True cluster of each vector. */
  truth: number[];
}

/** `clusters` groups of `perCluster` unit vectors in `dimensions` dimensions; `noise` ≈ 0.1 keeps them apart. */
export function clusteredVectors(clusters: number, perCluster: number, options: { dimensions?: number; noise?: number; seed?: number } = {}): ClusteredVectors {
  const dimensions = options.dimensions ?? 16;
  const noise = options.noise ?? 0.1;
  const random = createRandom(options.seed ?? 1);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: clusters }, () => normalizeVector(Float32Array.from({ length: dimensions }, gaussian)));
  const vectors: Float32Array[] = [];
  const truth: number[] = [];
  for (let point = 0; point < perCluster; point += 1) {
    centres.forEach((centre, cluster) => {
      vectors.push(normalizeVector(centre.map((value) => value + noise * gaussian())));
      truth.push(cluster);
    });
  }
  return { vectors, truth };
}

/** Whether two labelings group the points identically (cluster numbers may differ). */
export function samePartition(a: number[], b: number[]): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  return a.every((label, i) => {
    const other = b[i]!;
    if ((forward.get(label) ?? other) !== other || (backward.get(other) ?? label) !== label) return false;
    forward.set(label, other);
    backward.set(other, label);
    return true;
  });
}
