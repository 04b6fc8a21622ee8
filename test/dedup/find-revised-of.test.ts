// What `papers index` reports when new digests come in: new entries that are edited re-posts of
// papers the index already held, apart from exact repeats and from new papers.
import { describe, expect, it } from 'vitest';
import { countRevisedEntries, findRevisedOf } from '../../src/dedup/find-revised-of.js';
import { corpusOf, edits, KV_CACHE, MERGING, SINK, SINK_OTHER } from './small-corpus.js';

describe('findRevisedOf', () => {
  it('names the indexed paper each new re-post revises, and nothing for new papers', async () => {
    const corpus = await corpusOf([
      { file: 'old.txt', date: 'Feb 17', postings: [SINK, KV_CACHE] },
      { file: 'new.txt', date: 'Feb 18', postings: [edits.venueSuffix(SINK), SINK_OTHER, MERGING] },
    ]);
    const ordinalOf = (title: string) => corpus.papers.findIndex((paper) => paper.title === title);
    const indexed = new Set([ordinalOf(SINK.title), ordinalOf(KV_CACHE.title)]);
    const newOrdinals = corpus.papers.map((_, ordinal) => ordinal).filter((ordinal) => !indexed.has(ordinal));
    const matches = await findRevisedOf(newOrdinals, corpus, (ordinal) => indexed.has(ordinal));
    expect(matches.map((match) => [corpus.papers[match.ordinal]!.title, corpus.papers[match.original]!.title])).toEqual([
      [edits.venueSuffix(SINK).title, SINK.title],
    ]);
  });
});

describe('countRevisedEntries', () => {
  it('counts new entries that revise an indexed paper, not exact repeats, new papers or revisions of new papers', async () => {
    const before = await corpusOf([{ file: 'old.txt', date: 'Feb 17', postings: [SINK, KV_CACHE] }]);
    const after = await corpusOf([
      { file: 'old.txt', date: 'Feb 17', postings: [SINK, KV_CACHE] },
      { file: 'new.txt', date: 'Feb 18', postings: [edits.truncate(SINK), KV_CACHE, MERGING, edits.reorder(MERGING)] },
      { file: 'newer.txt', date: 'Feb 19', postings: [edits.truncate(SINK), edits.dropSentence(KV_CACHE)] },
    ]);
    const count = await countRevisedEntries({
      ...after,
      previousPaperIds: new Set(before.papers.map((paper) => paper.id)),
      previousEntryIds: new Set(before.entries.map((entry) => entry.id)),
    });
    // new.txt#1 and newer.txt#1 (truncated SINK, one paper twice) and newer.txt#2 (edited KV_CACHE).
    expect(count).toBe(3);
  });
});
