// Real model: the acceptance checks of search and "similar" on the sample digests.
import { afterAll, describe, expect, it } from 'vitest';
import { searchByVector, searchPapers } from '../../src/search/search-papers.js';
import { openSampleIndex } from '../helpers/sample-index.js';

describe('similar to an unseen abstract (real model)', () => {
  const index = openSampleIndex();
  afterAll(() => index.close());

  it('returns each of the 137 papers first when given its own abstract', async () => {
    const misses: string[] = [];
    for (const paper of index.papers) {
      const [best] = await searchByVector(index, await index.embedQuery(paper.abstract), { topK: 1 });
      if (best?.paper.id !== paper.id) misses.push(paper.title);
    }
    expect(index.papers).toHaveLength(137);
    expect(misses).toEqual([]);
  });

  it('finds RazorAttention, DuoAttention and Task-KV for a KV-cache query in hybrid mode', async () => {
    const hits = await searchPapers(index, 'compressing the KV cache for long-context inference', { mode: 'hybrid', topK: 5 });
    const titles = hits.map((hit) => hit.paper.title);
    for (const prefix of ['RazorAttention', 'DuoAttention', 'Task-KV']) expect(titles.some((title) => title.startsWith(prefix))).toBe(true);
  });

  it('never returns the paper a similar query starts from', async () => {
    const paper = index.papers.find((candidate) => candidate.title.startsWith('DuoAttention'))!;
    const hits = await searchByVector(index, index.vectorOf(paper.id), { topK: 10, excludeIds: new Set([paper.id]) });
    expect(hits).toHaveLength(10);
    expect(hits.map((hit) => hit.paper.id)).not.toContain(paper.id);
  });
});
