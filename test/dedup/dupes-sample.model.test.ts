// The sample digests with the real model: every cross-digest repeat is found exactly once, and
// close papers on one topic are left alone.
import { describe, expect, it } from 'vitest';
import { DEDUP } from '../../src/config.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import { openSampleIndex } from '../helpers/sample-index.js';

describe('findDuplicates on the sample digests (real model)', () => {
  const index = openSampleIndex();
  const corpus = () => ({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() });
  const byFirstId = (lists: string[][]) => [...lists].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

  it('forms one identical group per paper posted in several digests, with all its entries, and no other group', async () => {
    const repeated = index.papers.filter((paper) => paper.entryIds.length > 1);
    expect(repeated).toHaveLength(34);
    const groups = await findDuplicates(corpus());
    expect(groups.map((group) => group.kind)).toEqual(repeated.map(() => 'identical'));
    expect(byFirstId(groups.map((group) => group.entries.map((entry) => entry.id)))).toEqual(byFirstId(repeated.map((paper) => paper.entryIds)));
    for (const group of groups) {
      const paper = repeated.find((candidate) => candidate.id === group.entries[0]!.paperId)!;
      expect(group.entries.every((entry) => entry.title === paper.title && entry.date !== null)).toBe(true);
    }
  });

  it('leaves the closest pair of distinct papers apart, though their cosine passes the gate', async () => {
    const vectors = index.vectors();
    const ordinalOf = new Map(index.papers.map((paper, ordinal) => [paper.id, ordinal]));
    let closest = { a: 0, b: 0, cosine: -1 };
    for (const [a, paper] of index.papers.entries()) {
      for (const { id, cosineSimilarity } of await index.vectorIndex().search(vectors[a]!, 2, { excludeIds: new Set([paper.id]) })) {
        if (cosineSimilarity > closest.cosine) closest = { a, b: ordinalOf.get(id)!, cosine: cosineSimilarity };
      }
    }
    expect(closest.cosine).toBeGreaterThan(0.85);
    expect(closest.cosine).toBeGreaterThan(DEDUP.minCosine);
    const groups = await findDuplicates(corpus(), { threshold: 0.3 });
    const pair = [index.papers[closest.a]!.id, index.papers[closest.b]!.id];
    expect(groups.filter((group) => pair.every((id) => group.entries.some((entry) => entry.paperId === id)))).toEqual([]);
    expect(groups.every((group) => group.kind === 'identical')).toBe(true);
  });
});
