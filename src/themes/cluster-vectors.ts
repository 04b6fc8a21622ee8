// k-means on unit vectors: our seeded k-means++ centres, then ml-kmeans' Lloyd iterations, the
// best of a few seeded restarts kept. Same vectors in the same order + same seed → same result.
import { kmeans } from 'ml-kmeans';
import { seedCentres } from './seed-centres.js';
import { createRandom, sampleIndexes } from '../seeded-random.js';
import { THEMES } from '../config.js';
import { squaredDistance } from '../vector-math.js';

export interface ClusterOptions {
  /** Default THEMES.seed; restart r uses seed + r. */
  seed?: number;
  /** Seeded restarts, lowest inertia kept. Default: as many as THEMES.workBudget allows (1–10). */
  restarts?: number;
  /** Cap on Lloyd iterations over all vectors per restart. Default: what THEMES.workBudget allows (3–100). */
  maxIterations?: number;
  /** Multiply-adds the defaults for restarts and iterations may spend; default THEMES.workBudget. */
  workBudget?: number;
}

export interface Clustering {
  /** Cluster of each vector (0..k-1); no cluster is empty. */
  assignments: number[];
  /** Mean of each cluster's vectors (not normalised). */
  centroids: Float32Array[];
  /** Sum of squared distances of the vectors to their centroid: lower is tighter. */
  inertia: number;
  /** Lloyd iterations of the kept run, and whether it converged before the cap. */
  iterations: number;
  converged: boolean;
}

export function clusterVectors(vectors: Float32Array[], k: number, options: ClusterOptions = {}): Clustering {
  if (!Number.isInteger(k) || k < 1 || k > vectors.length) throw new RangeError(`cannot make ${k} clusters of ${vectors.length} vectors`);
  const effort = effortFor(vectors.length, k, vectors[0]!.length, options.workBudget);
  const seed = options.seed ?? THEMES.seed;
  const restarts = options.restarts ?? effort.restarts;
  const maxIterations = options.maxIterations ?? effort.maxIterations;
  // ml-kmeans works on number[][]; converted once and shared by every restart.
  const rows = vectors.map((vector) => Array.from(vector));
  let best: Clustering | null = null;
  for (let restart = 0; restart < restarts; restart += 1) {
    const initialization = startingCentres(vectors, rows, k, seed + restart);
    const run = kmeans(rows, k, { initialization, maxIterations });
    const result = finish(vectors, k, run.clusters, run.iterations, run.converged);
    // Strictly lower only: on a tie the earlier restart wins, so every run keeps the same one.
    if (!best || result.inertia < best.inertia) best = result;
  }
  return best!;
}

/**
 * Seeded k-means++ centres; for a large corpus, refined first by Lloyd iterations on a seeded
 * sample (Bradley & Fayyad's refinement), which costs a fraction of one pass over all papers.
 */
function startingCentres(vectors: Float32Array[], rows: number[][], k: number, seed: number): number[][] {
  const seeds = seedCentres(vectors, k, { seed }).map((centre) => Array.from(centre));
  if (vectors.length <= 2 * THEMES.warmStartSampleSize) return seeds;
  const sample = sampleIndexes(vectors.length, THEMES.warmStartSampleSize, createRandom(seed)).map((index) => rows[index]!);
  return kmeans(sample, k, { initialization: seeds, maxIterations: THEMES.warmStartIterations }).centroids;
}

/**
 * Restarts and iteration cap that keep restarts · iterations · n · k · d near `workBudget`:
 * the cap is what the budget affords one run (3–100), and a restart is added for every
 * `TYPICAL_ITERATIONS` the budget affords beyond that (1–THEMES.maxRestarts).
 */
export function effortFor(count: number, k: number, dimensions: number, workBudget: number = THEMES.workBudget): { restarts: number; maxIterations: number } {
  const affordable = Math.floor(workBudget / Math.max(1, count * k * dimensions));
  return {
    maxIterations: clamp(affordable, THEMES.minIterations, THEMES.maxIterations),
    restarts: clamp(Math.floor(affordable / TYPICAL_ITERATIONS), 1, THEMES.maxRestarts),
  };
}

/**
 * Lloyd iterations budgeted per restart. Seeded runs converged in 4–12 on the 137 sample papers
 * and in 6–7 on 20k synthetic vectors; 30 leaves room for harder corpora.
 */
const TYPICAL_ITERATIONS = 30;

/** Repairs empty clusters, then recomputes centroids and inertia from the final assignment. */
function finish(vectors: Float32Array[], k: number, clusters: number[], iterations: number, converged: boolean): Clustering {
  const assignments = clusters.slice();
  let centroids = meansOf(vectors, assignments, k);
  for (let empty = findEmpty(assignments, k); empty >= 0; empty = findEmpty(assignments, k)) {
    // ml-kmeans keeps a lost centre where it was; give it the worst-served point of a cluster that can spare one.
    const sizes = sizesOf(assignments, k);
    let worst = -1;
    let worstDistance = -1;
    vectors.forEach((vector, i) => {
      const distance = squaredDistance(vector, centroids[assignments[i]!]!);
      if (sizes[assignments[i]!]! > 1 && distance > worstDistance) [worst, worstDistance] = [i, distance];
    });
    assignments[worst] = empty;
    centroids = meansOf(vectors, assignments, k);
  }
  const inertia = vectors.reduce((sum, vector, i) => sum + squaredDistance(vector, centroids[assignments[i]!]!), 0);
  return { assignments, centroids, inertia, iterations, converged };
}

function meansOf(vectors: Float32Array[], assignments: number[], k: number): Float32Array[] {
  const dimensions = vectors[0]!.length;
  const sums = Array.from({ length: k }, () => new Float64Array(dimensions));
  const sizes = sizesOf(assignments, k);
  vectors.forEach((vector, i) => {
    const sum = sums[assignments[i]!]!;
    for (let d = 0; d < dimensions; d += 1) sum[d]! += vector[d]!;
  });
  return sums.map((sum, cluster) => Float32Array.from(sum, (value) => value / Math.max(1, sizes[cluster]!)));
}

function sizesOf(assignments: number[], k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const cluster of assignments) sizes[cluster]! += 1;
  return sizes;
}

function findEmpty(assignments: number[], k: number): number {
  return sizesOf(assignments, k).indexOf(0);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
