// One paper is one result: a duplicate group shows once, at its best-ranked member, with the other
// postings named; papers in no group pass through untouched and in order.
import { describe, expect, it } from 'vitest';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import type { Paper } from '../../src/ingest/types.js';
import { collapseDuplicates } from '../../src/search/collapse-duplicates.js';
import { fuseScores } from '../../src/search/fuse-scores.js';
import { resolvePaper } from '../../src/search/resolve-paper.js';
import { groupMembersById, membersOfGroups } from '../../src/search/collapse-duplicates.js';

const paper = (id: string, title: string, entries = 1): Paper => ({
  id,
  title,
  abstract: '',
  entryIds: Array.from({ length: entries }, (_, index) => `${id}#${index}`),
  digests: [],
  authors: null,
  organisation: null,
  published: null,
  publishedIso: null,
  upvotes: null,
});
const hit = (target: Paper) => ({ paper: target, alsoPostedAs: [] as { id: string; title: string }[] });
const entry = (target: Paper, position: number) => ({ id: `d#${position}`, paperId: target.id, title: target.title, digest: 'd', date: null, position });

const razor = paper('aaaaaaaa11111111', 'RazorAttention: Efficient KV Cache Compression', 2);
const razorEdited = paper('bbbbbbbb22222222', 'RazorAttention: efficient KV cache compression (ICLR 2025)');
const duo = paper('aaaaaaaa33333333', 'DuoAttention: Efficient Long-Context Inference');
const groups: DuplicateGroup[] = [
  {
    kind: 'revised',
    similarity: 0.97,
    evidence: { basis: 'abstract', titleSimilarity: 0.9, abstractContainment: 1, abstractOverlap: 0.9, textSimilarity: 0.97, linkCosine: 0.97, papers: 2 },
    entries: [entry(razor, 1), entry(razorEdited, 2)],
  },
];

describe('collapseDuplicates', () => {
  it('keeps the best-ranked posting of a group and names the others', () => {
    const collapsed = collapseDuplicates([hit(razorEdited), hit(duo), hit(razor)], membersOfGroups(groups));
    expect(collapsed.map((kept) => kept.paper.id)).toEqual([razorEdited.id, duo.id]);
    expect(collapsed[0]!.alsoPostedAs).toEqual([{ id: razor.id, title: razor.title }]);
    expect(collapsed[1]!.alsoPostedAs).toEqual([]);
  });
});

describe('resolvePaper', () => {
  const papers = [razor, razorEdited, duo];

  it('resolves a title its edited re-post shares to the posting seen most often', () => {
    expect(resolvePaper(papers, 'RazorAttention', groupMembersById(groups))).toBe(0);
    expect(() => resolvePaper(papers, 'RazorAttention')).toThrow(/matches 2 papers/);
  });

  it('accepts an unambiguous id prefix of 8 characters, and says when one is ambiguous', () => {
    expect(resolvePaper(papers, 'bbbbbbbb')).toBe(1);
    expect(() => resolvePaper(papers, 'aaaaaaaa')).toThrow(/matches 2 papers/);
    expect(() => resolvePaper(papers, 'bbbbbbb')).toThrow(/^"bbbbbbb" is too short for an id prefix: 7 characters$/);
    expect(() => resolvePaper(papers, 'cccccc9')).toThrow(/no paper has the id, arXiv id or title/);
  });
});

describe('fuseScores', () => {
  it('scales each list to 0-1 and adds them with their weights', () => {
    const fused = fuseScores([
      { hits: [{ id: 'p1', value: 0.9 }, { id: 'p2', value: 0.8 }, { id: 'p3', value: 0.5 }], weight: 0.8 },
      { hits: [{ id: 'p3', value: 30 }, { id: 'p2', value: 10 }], weight: 0.2 },
    ]);
    expect(fused.map((hit) => hit.id)).toEqual(['p1', 'p2', 'p3']);
    expect(fused.map((hit) => Number(hit.fusedScore.toFixed(4)))).toEqual([0.8, 0.6, 0.2]);
  });
});
