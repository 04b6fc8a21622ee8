// Places the digest's new papers among the library's stable topics (src/themes/stable-topics.ts)
// without re-clustering: the nearest topic centroid, and whether the paper fits it at all.
import { fitVectors } from '../themes/assign-topics.js';
import { loadStableTopics, type StableTopicsSource } from '../themes/stable-topics.js';
import type { TopicSnapshot } from '../store/topic-tables.js';
import type { TopicPlacement } from './triage-types.js';

/** Places unit vectors in topics, in input order (null when there is no topic to place them in). */
export type PlaceInTopics = (vectors: readonly Float32Array[]) => (TopicPlacement | null)[];

/**
 * The library's topics as they are stored, read without touching the papers (a 100k library costs
 * one small table read); clustered first, as `papers themes` would, when there are none yet.
 */
export async function readLibraryTopics(source: StableTopicsSource, onProgress?: (done: number, total: number) => void): Promise<TopicSnapshot> {
  const stored = source.topicStore().readTopics();
  if (stored && stored.topics.length > 0 && stored.info.modelFingerprint === source.meta.model.fingerprint) return stored;
  return (await loadStableTopics(source, { onProgress })).snapshot;
}

export function createTopicPlacer(snapshot: TopicSnapshot): PlaceInTopics {
  return (vectors) => {
    if (snapshot.topics.length === 0) return vectors.map(() => null);
    return fitVectors(snapshot, [...vectors]).map((fit) => ({
      topicId: fit.topicId,
      label: fit.topicName,
      areaId: fit.areaId,
      centroidCosine: round(fit.cosineSimilarity),
      fitFloor: round(fit.fitCosine),
      fits: fit.fitsTopic,
    }));
  };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
