// Places papers the library has not clustered into its existing topics, without re-clustering:
// each goes to the topic with the nearest centroid, and fits there only if it is as close to that
// centroid as the topic's own members usually are.
import { TRIAGE } from '../config.js';
import type { ThemesResult } from '../themes/theme-types.js';
import { dotProduct } from '../vector-math.js';
import type { TopicPlacement } from './triage-types.js';

/**
 * Places unit vectors in topics, in input order (null when there is no topic to place them in). Members in `notInLibrary` (the triaged digest's own
 * papers, when it was added before) are left out of every topic: a topic they alone make is none.
 */
export type PlaceInTopics = (vectors: readonly Float32Array[], notInLibrary: ReadonlySet<string>) => (TopicPlacement | null)[];

export interface TopicPlacementOptions {
  /** Members per topic read for its centroid (default TRIAGE.centroidSample). */
  centroidSample?: number;
  /** Share of the topic's members allowed below the fit floor (default TRIAGE.fitQuantile). */
  fitQuantile?: number;
  /** The lowest fit floor (default TRIAGE.minFitCosine). */
  minFitCosine?: number;
}

interface TopicCentroid {
  topicId: number;
  label: string;
  areaId: number;
  centroid: Float32Array;
  fitFloor: number;
}

/**
 * A placer for the topics of `themes`. `vectorsOf` reads library vectors by paper id; each topic's
 * centroid comes from an evenly spaced sample of its members (they are listed most central first).
 */
export function createTopicPlacer(themes: ThemesResult, vectorsOf: (ids: string[]) => Map<string, Float32Array>, options: TopicPlacementOptions = {}): PlaceInTopics {
  const sampleSize = options.centroidSample ?? TRIAGE.centroidSample;
  const fitQuantile = options.fitQuantile ?? TRIAGE.fitQuantile;
  const minFitCosine = options.minFitCosine ?? TRIAGE.minFitCosine;
  const centroidsWithout = (notInLibrary: ReadonlySet<string>): TopicCentroid[] => {
    const samples = themes.clusters.map((theme) => spacedSample(theme.papers.map((member) => member.id).filter((id) => !notInLibrary.has(id)), sampleSize));
    const vectors = vectorsOf(samples.flat());
    return themes.clusters.flatMap((theme, index) => {
      const members = samples[index]!.map((id) => vectors.get(id)).filter((vector): vector is Float32Array => vector !== undefined);
      if (members.length === 0) return [];
      const { centroid, floor } = describeTopic(members, fitQuantile);
      return [{ topicId: theme.id, label: theme.label, areaId: theme.areaId, centroid, fitFloor: round(Math.max(floor, minFitCosine)) }];
    });
  };
  return (paperVectors, notInLibrary) => {
    const centroids = centroidsWithout(notInLibrary);
    return paperVectors.map((vector) => {
      let best: TopicCentroid | null = null;
      let bestCosine = -Infinity;
      for (const topic of centroids) {
        const cosine = dotProduct(vector, topic.centroid);
        if (cosine > bestCosine) {
          best = topic;
          bestCosine = cosine;
        }
      }
      if (!best) return null;
      const topic = best;
      return { topicId: topic.topicId, label: topic.label, areaId: topic.areaId, centroidCosine: round(bestCosine), fitFloor: topic.fitFloor, fits: bestCosine >= topic.fitFloor };
    });
  };
}

/**
 * The unit centroid of the members, and the cosine below which only `quantile` of them fall. Each
 * member is measured against the centroid of the others (leave one out): a new paper is not part of
 * the centroid it is measured against, and in a small topic a member's own pull would raise the floor.
 */
function describeTopic(members: readonly Float32Array[], quantile: number): { centroid: Float32Array; floor: number } {
  const dimensions = members[0]?.length ?? 0;
  const sum = new Float32Array(dimensions);
  for (const vector of members) for (let d = 0; d < dimensions; d += 1) sum[d]! += vector[d]!;
  const centroid = normalise(sum);
  if (members.length < 2) return { centroid, floor: -1 };
  const sumNormSquared = dotProduct(sum, sum);
  const leaveOneOut = members
    .map((vector) => {
      // (sum − x)·x / |sum − x|, with |x| = 1.
      const along = dotProduct(sum, vector);
      const rest = Math.sqrt(Math.max(sumNormSquared - 2 * along + 1, 1e-12));
      return (along - 1) / rest;
    })
    .sort((a, b) => a - b);
  const position = Math.min(leaveOneOut.length - 1, Math.floor(quantile * leaveOneOut.length));
  return { centroid, floor: leaveOneOut[position]! };
}

/** At most `size` ids, evenly spaced through the list. */
function spacedSample(ids: readonly string[], size: number): string[] {
  if (ids.length <= size) return [...ids];
  return Array.from({ length: size }, (_, index) => ids[Math.floor((index * ids.length) / size)]!);
}

function normalise(vector: Float32Array): Float32Array {
  const norm = Math.sqrt(dotProduct(vector, vector)) || 1;
  return vector.map((value) => value / norm);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
