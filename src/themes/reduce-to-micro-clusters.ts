// Large corpora are first reduced to a few thousand micro-clusters (k-means in two passes: coarse
// groups, then each group split in proportion to its size), so the Ward merge stays O(m²) in
// their number rather than in the number of papers. Seeded: same vectors, same order → same result.
import { clusterVectors } from './cluster-vectors.js';

export interface MicroClusters {
  /** Mean vector of each micro-cluster (not normalised): the leaves of the Ward tree. */
  centroids: Float32Array[];
  /** Papers in each micro-cluster: its weight in the Ward merge. */
  sizes: number[];
  /** Micro-cluster of each paper. */
  assignments: number[];
}

export interface MicroClusterOptions {
  /** Micro-clusters wanted (about; each coarse group gets its share, at least one). */
  count: number;
  /** Coarse groups of the first pass. */
  coarseGroups: number;
  seed: number;
  /** Multiply-adds the k-means passes may spend (see clusterVectors). */
  workBudget: number;
}

/** Every paper its own leaf when there are at most `count` papers. */
export function reduceToMicroClusters(vectors: Float32Array[], options: MicroClusterOptions): MicroClusters {
  if (vectors.length <= options.count) {
    return { centroids: vectors, sizes: vectors.map(() => 1), assignments: vectors.map((_, i) => i) };
  }
  const coarse = clusterVectors(vectors, Math.min(options.coarseGroups, vectors.length), { seed: options.seed, workBudget: options.workBudget });
  const members: number[][] = coarse.centroids.map(() => []);
  coarse.assignments.forEach((group, i) => members[group]!.push(i));
  const centroids: Float32Array[] = [];
  const sizes: number[] = [];
  const assignments = new Array<number>(vectors.length);
  for (const group of members) {
    const share = Math.max(1, Math.min(group.length, Math.round((options.count * group.length) / vectors.length)));
    const fine = share === 1 ? null : clusterVectors(group.map((i) => vectors[i]!), share, { seed: options.seed, workBudget: options.workBudget / options.coarseGroups });
    const offset = centroids.length;
    if (fine) {
      centroids.push(...fine.centroids);
      fine.assignments.forEach((cluster, position) => (assignments[group[position]!] = offset + cluster));
    } else {
      centroids.push(meanOf(group.map((i) => vectors[i]!)));
      for (const i of group) assignments[i] = offset;
    }
    for (let cluster = centroids.length - offset; cluster > 0; cluster -= 1) sizes.push(0);
    for (const i of group) sizes[assignments[i]!]! += 1;
  }
  return { centroids, sizes, assignments };
}

function meanOf(vectors: Float32Array[]): Float32Array {
  const mean = new Float32Array(vectors[0]!.length);
  for (const vector of vectors) for (let d = 0; d < mean.length; d += 1) mean[d]! += vector[d]! / vectors.length;
  return mean;
}
