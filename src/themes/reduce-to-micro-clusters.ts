// Large corpora are first reduced to a few thousand micro-clusters (k-means in two passes: coarse
// groups, then each group split in proportion to its size), so the Ward merge stays O(m²) in
// their number rather than in the number of papers. No randomness: same vectors, same order → same result.
import { refinePartition } from './refine-partition.js';
import { dotProductUnrolled } from '../vector-math.js';

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
}

/** Every paper its own leaf when there are at most `count` papers. */
export function reduceToMicroClusters(vectors: Float32Array[], options: MicroClusterOptions): MicroClusters {
  if (vectors.length <= options.count) {
    return { centroids: vectors, sizes: vectors.map(() => 1), assignments: vectors.map((_, i) => i) };
  }
  // The coarse groups are found on an evenly spaced sample, then every paper joins the nearest.
  const step = Math.max(1, Math.floor(vectors.length / COARSE_SAMPLE));
  const sample = vectors.filter((_, i) => i % step === 0);
  const coarse = splitGroup(sample, Math.min(options.coarseGroups, sample.length));
  const members: number[][] = coarse.centroids.map(() => []);
  const coarseNorms = squaredNorms(coarse.centroids);
  vectors.forEach((vector, i) => members[nearest(vector, coarse.centroids, coarseNorms)]!.push(i));
  const centroids: Float32Array[] = [];
  const sizes: number[] = [];
  const assignments = new Array<number>(vectors.length);
  for (const group of members) {
    if (group.length === 0) continue;
    const share = Math.max(1, Math.min(group.length, Math.round((options.count * group.length) / vectors.length)));
    const offset = centroids.length;
    const fine = splitGroup(group.map((i) => vectors[i]!), share);
    centroids.push(...fine.centroids);
    fine.assignments.forEach((cluster, position) => (assignments[group[position]!] = offset + cluster));
    for (let cluster = centroids.length - offset; cluster > 0; cluster -= 1) sizes.push(0);
    for (const i of group) sizes[assignments[i]!]! += 1;
  }
  return { centroids, sizes, assignments };
}

/**
 * A group split into `count` micro-clusters: seeds at evenly spaced positions of the group (papers
 * are in id order, which is unrelated to content), every paper to its nearest seed, then a few
 * Lloyd passes. Micro-clusters only need to be tight; Ward and the area refinement do the rest.
 */
function splitGroup(vectors: Float32Array[], count: number): { centroids: Float32Array[]; assignments: number[] } {
  if (count <= 1) return { centroids: [meanOf(vectors)], assignments: vectors.map(() => 0) };
  const seeds = Array.from({ length: count }, (_, i) => vectors[Math.floor((i * vectors.length) / count)]!);
  const seedNorms = squaredNorms(seeds);
  const start = vectors.map((vector) => nearest(vector, seeds, seedNorms));
  const assignments = refinePartition(vectors, vectors.map(() => 1), start, count, MICRO_ITERATIONS);
  const members: Float32Array[][] = seeds.map(() => []);
  assignments.forEach((cluster, i) => members[cluster]!.push(vectors[i]!));
  // Identical papers can leave a seed without members: such a micro-cluster is dropped.
  const kept = members.map((group, cluster) => (group.length > 0 ? cluster : -1)).filter((cluster) => cluster >= 0);
  const renumber = new Map(kept.map((cluster, index) => [cluster, index]));
  return { centroids: kept.map((cluster) => meanOf(members[cluster]!)), assignments: assignments.map((cluster) => renumber.get(cluster)!) };
}

/** The nearest centre: ‖v − c‖² = ‖v‖² + ‖c‖² − 2 v·c, and ‖v‖² is the same for every centre. */
function nearest(vector: Float32Array, centres: Float32Array[], norms: number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < centres.length; i += 1) {
    const distance = norms[i]! - 2 * dotProductUnrolled(vector, centres[i]!);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}

function squaredNorms(centres: Float32Array[]): number[] {
  return centres.map((centre) => dotProductUnrolled(centre, centre));
}

/** Lloyd passes of each split. */
const MICRO_ITERATIONS = 2;
/** Papers the coarse groups are found on. */
const COARSE_SAMPLE = 8192;

function meanOf(vectors: Float32Array[]): Float32Array {
  const mean = new Float32Array(vectors[0]!.length);
  for (const vector of vectors) for (let d = 0; d < mean.length; d += 1) mean[d]! += vector[d]! / vectors.length;
  return mean;
}
