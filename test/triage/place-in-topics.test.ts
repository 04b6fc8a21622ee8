// Placing new papers among the library's stable topics: read as stored (no paper is read, nothing
// is re-clustered), the nearest centroid, and the topic's own fit threshold.
import { describe, expect, it } from 'vitest';
import type { TopicSnapshot } from '../../src/store/topic-tables.js';
import { MemoryTopicStore } from '../../src/themes/memory-topic-store.js';
import type { StableTopicsSource } from '../../src/themes/stable-topics.js';
import { createTopicPlacer, readLibraryTopics } from '../../src/triage/place-in-topics.js';

/** A unit vector in 4 dimensions. */
function unit(...values: number[]): Float32Array {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (value) => value / norm);
}

const snapshot: TopicSnapshot = {
  info: { modelFingerprint: 'fake0001', choice: 'auto', threshold: 0, tried: [], nextTopicId: 8, computedAt: '2026-03-01T00:00:00.000Z' },
  topics: [
    { id: 4, areaId: 1, label: 'alpha', keywords: ['alpha'], centroid: unit(1, 0, 0, 0), fitCosine: 0.8 },
    { id: 7, areaId: 2, label: 'beta', keywords: ['beta'], centroid: unit(0, 0, 1, 0), fitCosine: 0.6 },
  ],
  areas: [
    { id: 1, label: 'first' },
    { id: 2, label: 'second' },
  ],
};

/** A library whose papers and vectors must not be read: the stored topics are enough. */
function libraryWith(topics: TopicSnapshot | null): StableTopicsSource {
  const store = new MemoryTopicStore();
  if (topics) store.replaceTopics(topics, []);
  const forbidden = () => {
    throw new Error('read every paper of the library');
  };
  return {
    meta: { model: { fingerprint: 'fake0001' } },
    get papers() {
      return forbidden();
    },
    vectors: forbidden,
    vectorOf: forbidden,
    embedTexts: forbidden,
    topicStore: () => store,
  };
}

describe('readLibraryTopics', () => {
  it('reads the stored topics without reading the papers', async () => {
    expect(await readLibraryTopics(libraryWith(snapshot))).toEqual(snapshot);
  });

  it('clusters the library first when it has no topics yet', async () => {
    await expect(readLibraryTopics(libraryWith(null))).rejects.toThrow('read every paper of the library');
  });
});

describe('createTopicPlacer', () => {
  const noAssignments = () => {
    throw new Error('read the assignments while no digest paper was in the library');
  };
  const placer = createTopicPlacer(snapshot, noAssignments);
  const place = (vectors: Float32Array[]) => placer(vectors, new Set());

  it('puts a paper in the topic with the nearest centroid, fitting when it reaches the threshold', () => {
    expect(place([unit(0.1, 0, 1, 0)])).toEqual([{ topicId: 7, label: 'beta', areaId: 2, centroidCosine: 0.995, fitFloor: 0.6, fits: true }]);
  });

  it('flags a paper below its nearest topic threshold as fitting no topic, still naming that topic', () => {
    const [placed] = place([unit(1, 1, 0, 0.2)]);
    expect(placed).toMatchObject({ topicId: 4, fits: false, fitFloor: 0.8 });
    expect(placed!.centroidCosine).toBeCloseTo(0.7001, 3);
  });

  it('places nothing when the library has no topics', () => {
    expect(createTopicPlacer({ ...snapshot, topics: [] }, noAssignments)([unit(1, 0, 0, 0)], new Set())).toEqual([null]);
  });

  it('leaves out a topic made only of papers the library holds from this digest (added before its topics were made)', () => {
    const assignments = [
      { paperId: 'library-a', topicId: 4, cosineSimilarity: 0.9 },
      { paperId: 'digest-a', topicId: 4, cosineSimilarity: 0.9 },
      { paperId: 'digest-b', topicId: 7, cosineSimilarity: 1 },
    ];
    const [placed] = createTopicPlacer(snapshot, () => assignments)([unit(0.1, 0, 1, 0)], new Set(['digest-a', 'digest-b']));
    expect(placed).toMatchObject({ topicId: 4, fits: false });
  });
});
