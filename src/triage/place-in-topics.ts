// Places the digest's new papers among the library's stable topics (src/themes/stable-topics.ts)
// without re-clustering: the nearest topic centroid, and whether the paper fits it at all.
import { fitVectors } from '../themes/assign-topics.js';
import { loadStableTopics, type StableTopicsSource } from '../themes/stable-topics.js';
import type { TopicAssignmentRecord, TopicSnapshot } from '../store/topic-tables.js';
import type { TopicPlacement } from './triage-types.js';

/**
 * Places unit vectors in topics, in input order (null when there is no topic to place them in).
 * `heldOnlyFromDigest` names the digest's papers the library already holds from this digest alone
 * (it was added before): a topic made of nothing but them is not one the library knew.
 */
export type PlaceInTopics = (vectors: readonly Float32Array[], heldOnlyFromDigest: ReadonlySet<string>) => (TopicPlacement | null)[];

/**
 * The library's topics as they are stored, read without touching the papers (a 100k library costs
 * one small table read); clustered first, as `papers themes` would, when there are none yet.
 */
export async function readLibraryTopics(source: StableTopicsSource, onProgress?: (done: number, total: number) => void): Promise<TopicSnapshot> {
  const stored = source.topicStore().readTopics();
  if (stored && stored.topics.length > 0 && stored.info.modelFingerprint === source.meta.model.fingerprint) return stored;
  return (await loadStableTopics(source, { onProgress })).snapshot;
}

/** `readAssignments` is read only when the digest's own papers are in the library already. */
export function createTopicPlacer(snapshot: TopicSnapshot, readAssignments: () => readonly TopicAssignmentRecord[]): PlaceInTopics {
  return (vectors, heldOnlyFromDigest) => {
    const excluded = heldOnlyFromDigest.size > 0 ? findTopicsMadeOnlyOf(readAssignments(), heldOnlyFromDigest) : new Set<number>();
    const topics = snapshot.topics.filter((topic) => !excluded.has(topic.id));
    if (topics.length === 0) return vectors.map(() => null);
    return fitVectors({ ...snapshot, topics }, [...vectors]).map((fit) => ({
      topicId: fit.topicId,
      label: fit.topicName,
      areaId: fit.areaId,
      centroidCosine: round(fit.cosineSimilarity),
      fitFloor: round(fit.fitCosine),
      fits: fit.fitsTopic,
    }));
  };
}

/** Topics every paper of which is one of these (a digest clustered together with the library it is judged against). */
export function findTopicsMadeOnlyOf(assignments: readonly TopicAssignmentRecord[], paperIds: ReadonlySet<string>): Set<number> {
  const othersIn = new Map<number, number>();
  for (const { paperId, topicId } of assignments) othersIn.set(topicId, (othersIn.get(topicId) ?? 0) + (paperIds.has(paperId) ? 0 : 1));
  return new Set([...othersIn].filter(([, others]) => others === 0).map(([topicId]) => topicId));
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
