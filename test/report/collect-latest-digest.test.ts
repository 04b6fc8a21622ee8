// The latest digest: the source added last (of those added together, the latest date, a date
// without a year placed on or before the day it was added), its new papers, and its re-posts with
// the posting first seen.
import { describe, expect, it } from 'vitest';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import type { Entry, Paper } from '../../src/ingest/types.js';
import { collectLatestDigest } from '../../src/report/collect-latest-digest.js';

function entry(id: string, paperId: string, file: string, digestDate: string | null): Entry {
  return { id, paperId, file, digest: file, digestDate, position: 1, line: 1, title: paperId, abstract: '', authors: null, organisation: null, published: null, publishedIso: null, upvotes: null };
}

function paper(id: string): Paper {
  return { id, title: id, abstract: '', entryIds: [], digests: [], authors: null, organisation: null, published: null, publishedIso: null, upvotes: null };
}

const papers = ['a', 'b', 'c', 'd', 'e'].map(paper);
const entries = [
  entry('old#1', 'a', 'old.txt', 'Dec 12'),
  entry('older#1', 'a', 'older.txt', 'Sep 10'),
  entry('old#2', 'b', 'old.txt', 'Dec 12'),
  entry('new#1', 'a', 'new.txt', 'Feb 17'),
  entry('new#2', 'c', 'new.txt', 'Feb 17'),
  entry('new#3', 'd', 'new.txt', 'Feb 17'),
  entry('new#4', 'e', 'new.txt', 'Feb 17'),
];
/** d is a revised posting of b, seen in the older digest of 12 Dec. */
const revised: DuplicateGroup = {
  kind: 'revised',
  similarity: 0.95,
  entries: [
    { id: 'old#2', paperId: 'b', title: 'b', digest: 'old.txt', date: 'Dec 12', position: 2 },
    { id: 'new#3', paperId: 'd', title: 'd', digest: 'new.txt', date: 'Feb 17', position: 3 },
  ],
  evidence: { basis: 'title', linkCosine: 0.95, papers: 2, titleSimilarity: 0.9, textSimilarity: 0.9 },
} as DuplicateGroup;

describe('collectLatestDigest', () => {
  it('splits the digest added last into new papers and re-posts of papers seen before', () => {
    const sources = [
      { path: 'old.txt', digestDate: 'Dec 12', addedAt: '2026-01-05T08:00:00Z' },
      { path: 'older.txt', digestDate: 'Sep 10', addedAt: '2026-01-05T08:00:00Z' },
      { path: 'new.txt', digestDate: 'Feb 17', addedAt: '2026-02-17T07:00:00Z' },
    ];
    expect(collectLatestDigest(papers, entries, sources, [revised])).toEqual({
      date: '17 Feb (year not given)',
      digests: ['new.txt'],
      papers: 4,
      newPapers: [2, 4],
      reposts: [
        // a was first posted in the digest of 10 Sep, before its 12 Dec posting.
        { ordinal: 0, original: 0, kind: 'identical', firstSeen: '10 Sep (year not given)', firstSeenDigest: 'older.txt' },
        { ordinal: 3, original: 1, kind: 'revised', firstSeen: '12 Dec (year not given)', firstSeenDigest: 'old.txt' },
      ],
    });
  });

  it('takes, of digests added together, the one with the latest date before the day they were added', () => {
    const together = (addedAt: string) => [
      { path: 'old.txt', digestDate: 'Dec 12', addedAt },
      { path: 'new.txt', digestDate: 'Feb 17', addedAt },
    ];
    // Added on 1 Mar: 17 Feb is this year's, 12 Dec last year's.
    expect(collectLatestDigest(papers, entries, together('2026-03-01T00:00:00Z'), [])?.digests).toEqual(['new.txt']);
    // Added on 20 Dec: 12 Dec is eight days old, 17 Feb ten months.
    expect(collectLatestDigest(papers, entries, together('2026-12-20T00:00:00Z'), [])?.digests).toEqual(['old.txt']);
  });

  it('has no latest digest in a library without sources', () => {
    expect(collectLatestDigest(papers, entries, [], [])).toBeNull();
  });
});
