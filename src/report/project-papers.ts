// Chooses how the map is drawn and draws it: PCA for a tiny corpus, UMAP for most, and for a
// large one UMAP on a seeded sample with every other paper placed beside its nearest sampled
// papers (umap-js took ~50 s for 20,000 papers on a 2-core laptop, ~10 s for 2,000 here).
import type { VectorIndex } from '../vector-index/vector-index.js';
import { findNeighbours, type NeighbourList } from './find-neighbours.js';
import { projectPca } from './project-pca.js';
import { projectUmap } from './project-umap.js';
import { createRandom } from '../seeded-random.js';
import { PROJECTION } from '../config.js';
import type { ProjectionMethod } from './report-data.js';

export type ProjectionSettings = { [Key in keyof typeof PROJECTION]: number };

export interface Projection {
  method: ProjectionMethod;
  /** One [x, y] per paper, scaled into the unit square with the aspect ratio kept. */
  points: [number, number][];
  /** Papers UMAP laid out itself (all of them unless the method is umap-sample). */
  laidOut: number;
  seed: number;
}

/**
 * `neighbours` is the corpus's neighbour graph, at least `neighbourCount - 1` per paper when the
 * corpus is at most `umapLimit` papers (ignored above that). Tests shrink the limits.
 */
export async function projectPapers(
  vectors: Float32Array[],
  neighbours: NeighbourList[],
  settings: ProjectionSettings = PROJECTION,
  /** An empty vector index for the sample, above `umapLimit` (the caller chooses its kind). */
  createIndex?: (dimensions: number) => VectorIndex,
): Promise<Projection> {
  const count = vectors.length;
  const { seed } = settings;
  if (count < settings.pcaBelow) return { method: 'pca', points: fitUnitSquare(projectPca(vectors, seed)), laidOut: count, seed };
  const umapOptions = { neighbourCount: settings.neighbourCount, minDistance: settings.minDistance, seed };
  if (count <= settings.umapLimit) {
    return { method: 'umap', points: fitUnitSquare(projectUmap(vectors, neighbours, umapOptions)), laidOut: count, seed };
  }
  const sample = sampleOrdinals(count, settings.umapLimit, seed);
  const sampleVectors = sample.map((ordinal) => vectors[ordinal]!);
  if (!createIndex) throw new Error(`projecting more than ${settings.umapLimit} papers needs a vector index for the sample`);
  const sampleIndex = createIndex(sampleVectors[0]!.length);
  const sampleIds = sample.map((ordinal) => String(ordinal));
  await sampleIndex.upsert(sampleIds.map((id, position) => ({ id, vector: sampleVectors[position]! })));
  const sampleNeighbours = await findNeighbours(sampleIndex, sampleIds.map((id) => ({ id })), sampleVectors, settings.neighbourCount - 1);
  const samplePoints = projectUmap(sampleVectors, sampleNeighbours, umapOptions);
  const points = await placeOthers(vectors, sample, samplePoints, sampleIndex, settings);
  return { method: 'umap-sample', points: fitUnitSquare(points), laidOut: sample.length, seed };
}

/** `size` distinct ordinals below `count`, the same for the same seed, in ascending order. */
function sampleOrdinals(count: number, size: number, seed: number): number[] {
  const ordinals = Array.from({ length: count }, (_, ordinal) => ordinal);
  const random = createRandom(seed);
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(random() * (count - i));
    [ordinals[i], ordinals[j]] = [ordinals[j]!, ordinals[i]!];
  }
  return ordinals.slice(0, size).sort((a, b) => a - b);
}

/**
 * Puts each paper outside the sample at the mean of its nearest sampled papers, weighted so the
 * closest dominates (a plain mean of papers from two clusters would land between them), then
 * nudges it by a hair so papers placed on the same spot stay distinguishable.
 */
async function placeOthers(vectors: Float32Array[], sample: number[], samplePoints: [number, number][], sampleIndex: VectorIndex, settings: ProjectionSettings): Promise<[number, number][]> {
  const points: [number, number][] = new Array(vectors.length);
  sample.forEach((ordinal, position) => (points[ordinal] = samplePoints[position]!));
  const spread = extentOf(samplePoints) * 0.004;
  const random = createRandom(settings.seed + 1);
  const positionOf = new Map(sample.map((ordinal, position) => [String(ordinal), position]));
  for (const [ordinal, vector] of vectors.entries()) {
    if (points[ordinal]) continue;
    const nearest = await sampleIndex.search(vector, settings.placementNeighbours);
    const best = nearest[0]?.cosineSimilarity ?? 0;
    let x = 0;
    let y = 0;
    let total = 0;
    for (const hit of nearest) {
      const weight = Math.exp((hit.cosineSimilarity - best) * 20);
      const [hitX, hitY] = samplePoints[positionOf.get(hit.id)!]!;
      x += hitX * weight;
      y += hitY * weight;
      total += weight;
    }
    points[ordinal] = [x / total + (random() - 0.5) * spread, y / total + (random() - 0.5) * spread];
  }
  return points;
}

function extentOf(points: [number, number][]): number {
  const box = boundsOf(points);
  return Math.max(box.maxX - box.minX, box.maxY - box.minY);
}

function boundsOf(points: [number, number][]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

/** Scales and centres points into [0, 1]², keeping the aspect ratio; one point goes to the middle. */
export function fitUnitSquare(points: [number, number][]): [number, number][] {
  if (points.length === 0) return [];
  const { minX, minY, maxX, maxY } = boundsOf(points);
  const extent = Math.max(maxX - minX, maxY - minY);
  if (!(extent > 0)) return points.map(() => [0.5, 0.5]);
  const offsetX = (1 - (maxX - minX) / extent) / 2;
  const offsetY = (1 - (maxY - minY) / extent) / 2;
  return points.map(([x, y]) => [offsetX + (x - minX) / extent, offsetY + (y - minY) / extent]);
}
