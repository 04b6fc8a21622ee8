// Real model: the acceptance checks of search and "similar" on the sample digests.
import { afterAll, describe, expect, it } from 'vitest';
import { searchByVector, searchPapers } from '../../src/search/search-papers.js';
import { openSampleIndex } from '../helpers/sample-index.js';

describe('similar to an unseen abstract (real model)', () => {
  const index = openSampleIndex();
  afterAll(() => index.close());

  it('returns each of the 137 papers first when given its own abstract', async () => {
    const misses: string[] = [];
    for (const [ordinal, paper] of index.papers.entries()) {
      const [best] = searchByVector(index, await index.embedQuery(paper.abstract), { topK: 1 });
      if (best?.ordinal !== ordinal) misses.push(paper.title);
    }
    expect(index.papers).toHaveLength(137);
    expect(misses).toEqual([]);
  });

  it('finds RazorAttention, DuoAttention and Task-KV for a KV-cache query in hybrid mode', async () => {
    const hits = await searchPapers(index, 'compressing the KV cache for long-context inference', { mode: 'hybrid', topK: 5 });
    const titles = hits.map((hit) => hit.paper.title);
    for (const prefix of ['RazorAttention', 'DuoAttention', 'Task-KV']) expect(titles.some((title) => title.startsWith(prefix))).toBe(true);
  });

  it('never returns the paper a similar query starts from', () => {
    const ordinal = index.papers.findIndex((paper) => paper.title.startsWith('DuoAttention'));
    const hits = searchByVector(index, index.vectors()[ordinal]!, { topK: 10, exclude: (other) => other === ordinal });
    expect(hits).toHaveLength(10);
    expect(hits.map((hit) => hit.ordinal)).not.toContain(ordinal);
  });
});
