import { describe, expect, it } from 'vitest';
import type { TopicRecord } from '../../src/store/topic-tables.js';
import type { StableTopics } from '../../src/themes/stable-topics.js';
import { computeTopicTrend } from '../../src/themes/topic-trend.js';

const topic = (id: number, label: string): TopicRecord => ({ id, areaId: 1, label, keywords: [label], centroid: new Float32Array(2), fitCosine: 0 });

function stableOf(topicOf: Record<string, number>): StableTopics {
  return {
    snapshot: {
      info: { modelFingerprint: 'f', choice: 'auto', threshold: 0, tried: [], nextTopicId: 3, computedAt: '' },
      topics: [topic(1, 'attention sinks'), topic(2, 'model merging')],
      areas: [{ id: 1, label: 'attention' }],
    },
    assignments: new Map(Object.entries(topicOf).map(([paperId, topicId]) => [paperId, { paperId, topicId, cosineSimilarity: 0.5 }])),
    action: 'read',
  };
}

describe('computeTopicTrend', () => {
  // Topic 2 has 1 of 4 earlier papers and 3 of 4 recent ones: it grows; topic 1 shrinks.
  const stable = stableOf({ a: 1, b: 1, c: 1, d: 2, e: 1, f: 2, g: 2, h: 2, u: 1 });
  const papers = [
    { id: 'a', title: '', abstract: '', digestDates: ['Feb 17'] },
    { id: 'b', title: '', abstract: '', digestDates: ['Feb 17'] },
    { id: 'c', title: '', abstract: '', digestDates: ['Sep 10'] },
    { id: 'd', title: '', abstract: '', digestDates: ['Sep 10'] },
    // First posted Oct 31, posted again Dec 12: counted on its first date.
    { id: 'e', title: '', abstract: '', digestDates: ['Dec 12', 'Oct 31'] },
    { id: 'f', title: '', abstract: '', digestDates: ['Oct 31'] },
    { id: 'g', title: '', abstract: '', digestDates: ['Dec 12'] },
    { id: 'h', title: '', abstract: '', digestDates: ['Dec 12'] },
    { id: 'u', title: '', abstract: '', digestDates: [null] },
  ];

  it('orders digest dates by the calendar, not as text, and counts each paper on its first date', () => {
    const trends = computeTopicTrend(stable, papers, { recentDigests: 2 });
    expect(trends.dates).toEqual(['Feb 17', 'Sep 10', 'Oct 31', 'Dec 12']);
    expect(trends.recentDates).toEqual(['Oct 31', 'Dec 12']);
    expect(trends.undated).toBe(1);
    expect(trends.topics.find((entry) => entry.topicId === 1)!.byDate).toEqual([
      { date: 'Feb 17', papers: 2 },
      { date: 'Sep 10', papers: 1 },
      { date: 'Oct 31', papers: 1 },
    ]);
  });

  it('puts the topic whose share of the recent digests rose first, with its growth above 1', () => {
    const trends = computeTopicTrend(stable, papers, { recentDigests: 2 });
    expect(trends.topics.map((entry) => entry.topicId)).toEqual([2, 1]);
    const [growing, shrinking] = trends.topics;
    expect(growing).toMatchObject({ recentPapers: 3, earlierPapers: 1 });
    // (3 + 1) / (4 + 2) over (1 + 1) / (4 + 2) = 2; (1 + 1) / 6 over (3 + 1) / 6 = 0.5.
    expect(growing!.growth).toBeCloseTo(2, 10);
    expect(shrinking!.growth).toBeCloseTo(0.5, 10);
  });
});
