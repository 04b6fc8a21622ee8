// createWeakMatchJudge: a hit is weak only when neither its cosine nor its words vouch for it.
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/ingest/types.js';
import { createWeakMatchJudge } from '../../src/search/judge-match.js';
import type { SearchHit } from '../../src/search/search-papers.js';

function hitOf(title: string, abstract: string, denseSimilarity: number | null): SearchHit {
  const paper: Paper = { id: 'p', title, abstract, entryIds: [], digests: [], authors: null, organisation: null, published: null, publishedIso: null, upvotes: null };
  return { paper, score: 0.1, denseSimilarity, bm25: null, alsoPostedAs: [] };
}

describe('createWeakMatchJudge', () => {
  const isWeak = createWeakMatchJudge('speculative decoding', 0.35);

  it('calls a hit weak when its cosine is low and it lacks a query word', () => {
    expect(isWeak(hitOf('DuoAttention', 'Efficient long-context decoding with streaming heads.', 0.33))).toBe(true);
  });

  it('calls a hit close when its cosine reaches the threshold', () => {
    expect(isWeak(hitOf('Draft Models', 'Faster generation with a small model.', 0.35))).toBe(false);
  });

  it('calls a low-cosine hit close when it holds every query term (stemmed)', () => {
    expect(isWeak(hitOf('Speculatively Decoded Text', 'Speculative methods for decoding.', 0.2))).toBe(false);
  });

  it('counts a hit the dense list never saw as below the threshold', () => {
    expect(isWeak(hitOf('Unrelated', 'Nothing in common.', null))).toBe(true);
  });
});
