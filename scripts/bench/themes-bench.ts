// Theme clustering at scale: `clusterVectors` (seeded k-means++ on Float32Array, a warm start on a
// sample, then ml-kmeans' Lloyd iterations under the THEMES work budget) at k = 50 on 20k and 100k synthetic 384-d unit
// vectors, against ml-kmeans' own k-means++ seeding timed in the same run on a 5k sample.
//
// The vectors are synthetic, not model output: 50 planted topics of unequal size, each paper at
// cosine ≈ 0.7 from its topic centre (like same-topic papers of the sample digests), so the NMI
// against the planted topics says whether the capped iterations still find them.
import { performance } from 'node:perf_hooks';
import { kmeans } from 'ml-kmeans';
import { clusterVectors, effortFor } from '../../src/themes/cluster-vectors.js';
import { seedCentres } from '../../src/themes/seed-centres.js';
import { createRandom, type Random } from '../../src/seeded-random.js';
import { THEMES } from '../../src/config.js';
import { normalizeVector } from '../../src/themes/vector-math.js';
import { normalizedMutualInformation } from '../eval/themes-eval.js';
import { printRows, type BenchRow } from './bench-row.js';

const DIMENSIONS = 384;
const K = 50;
/** Per-dimension noise for a cosine of ≈ 0.7 to the topic centre: 1 / √(1 + 384 σ²) ≈ 0.7. */
const NOISE = 0.052;

export async function benchThemes(sizes: number[] = [20_000, 100_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const { vectors, topics } = plantedTopics(size, K, createRandom(size));
    const effort = effortFor(size, K, DIMENSIONS);
    const warm = size > 2 * THEMES.warmStartSampleSize;
    let start = performance.now();
    seedCentres(vectors, K, { seed: 42 });
    const seedSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    const cpuStart = process.cpuUsage();
    const clustering = clusterVectors(vectors, K);
    const totalSeconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const label = `${size / 1000}k × ${DIMENSIONS}, k = ${K}`;
    rows.push(
      { name: `${label}: k-means++ seeding (ours, Float32Array, ${THEMES.seedSampleSize} sample)`, value: seedSeconds, unit: 's' },
      { name: `${label}: clusterVectors total (${effort.restarts} run${warm ? `, warm start on ${THEMES.warmStartSampleSize}` : ''}, ≤ ${effort.maxIterations} full iterations)`, value: totalSeconds, unit: 's', target: size >= 100_000 ? '≤ 30' : undefined },
      { name: `${label}: clusterVectors CPU time (user + system; wall time suffers when the cores are shared)`, value: (cpu.user + cpu.system) / 1e6, unit: 's' },
      { name: `${label}: Lloyd iterations over all vectors (converged: ${clustering.converged ? 'yes' : 'no'})`, value: clustering.iterations, unit: 'iterations' },
      { name: `${label}: NMI against the planted topics`, value: normalizedMutualInformation(topics, clustering.assignments), unit: 'NMI' },
    );
  }
  rows.push(...baselineSeeding(5_000));
  return rows;
}

/** ml-kmeans' built-in k-means++ (ml-matrix row copies) against ours, each followed by one Lloyd iteration. */
function baselineSeeding(size: number): BenchRow[] {
  const { vectors } = plantedTopics(size, K, createRandom(size));
  const rows = vectors.map((vector) => Array.from(vector));
  let start = performance.now();
  kmeans(rows, K, { initialization: 'kmeans++', seed: 42, maxIterations: 1 });
  const theirs = (performance.now() - start) / 1000;
  start = performance.now();
  kmeans(rows, K, { initialization: seedCentres(vectors, K, { seed: 42 }).map((centre) => Array.from(centre)), maxIterations: 1 });
  const ours = (performance.now() - start) / 1000;
  const label = `${size / 1000}k × ${DIMENSIONS}, k = ${K}`;
  return [
    { name: `baseline ${label}: ml-kmeans 'kmeans++' seeding + 1 iteration`, value: theirs, unit: 's' },
    { name: `${label}: our seeding + 1 ml-kmeans iteration`, value: ours, unit: 's' },
  ];
}

/** `size` unit vectors around `k` random centres; topic sizes vary by up to 3×. */
function plantedTopics(size: number, k: number, random: Random): { vectors: Float32Array[]; topics: number[] } {
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: k }, () => normalizeVector(Float32Array.from({ length: DIMENSIONS }, gaussian)));
  const weights = centres.map(() => 1 + 2 * random());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const vectors: Float32Array[] = [];
  const topics: number[] = [];
  for (let i = 0; i < size; i += 1) {
    let target = random() * total;
    let topic = 0;
    while (topic < k - 1 && (target -= weights[topic]!) > 0) topic += 1;
    const centre = centres[topic]!;
    vectors.push(normalizeVector(centre.map((value) => value + NOISE * gaussian())));
    topics.push(topic);
  }
  return { vectors, topics };
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchThemes());
