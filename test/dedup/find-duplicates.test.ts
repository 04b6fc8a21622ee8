// findDuplicates on small digests embedded by the fake embedder: which entries end up together,
// under which kind, and that nothing depends on the order the papers come in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import type { VectorIndex } from '../../src/vector-index/vector-index.js';
import { corpusOf, edits, KV_CACHE, MERGING, SINK, SINK_OTHER, type SmallCorpus } from './small-corpus.js';

const memberIds = (groups: DuplicateGroup[]) => groups.map((group) => group.entries.map((entry) => entry.id));

describe('findDuplicates', () => {
  it('groups the same paper across digests as identical, with every entry', async () => {
    const corpus = await corpusOf([
      { file: 'a.txt', date: 'Feb 17', postings: [SINK, KV_CACHE] },
      { file: 'b.txt', date: 'Dec 12', postings: [MERGING, { title: SINK.title.toLowerCase(), abstract: SINK.abstract.replace(/ /g, '  ') }] },
      { file: 'c.txt', date: null, postings: [SINK] },
    ]);
    const groups = await findDuplicates(corpus);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'identical', similarity: 1 });
    expect(groups[0]!.entries.map(({ id, digest, date, position }) => ({ id, digest, date, position }))).toEqual([
      { id: 'a.txt#1', digest: 'a.txt', date: 'Feb 17', position: 1 },
      { id: 'b.txt#2', digest: 'b.txt', date: 'Dec 12', position: 2 },
      { id: 'c.txt#1', digest: 'c.txt', date: null, position: 1 },
    ]);
  });

  it.each(Object.entries(edits))('groups a re-post edited by %s with its original as revised', async (_name, edit) => {
    const corpus = await corpusOf([
      { file: 'a.txt', date: 'Feb 17', postings: [SINK, KV_CACHE, MERGING] },
      { file: 'b.txt', date: 'Dec 12', postings: [SINK_OTHER, edit(SINK)] },
    ]);
    const groups = await findDuplicates(corpus);
    expect(memberIds(groups)).toEqual([['a.txt#1', 'b.txt#2']]);
    expect(groups[0]!.kind).toBe('revised');
    expect(groups[0]!.evidence).toMatchObject({ basis: 'abstract', titleSimilarity: expect.any(Number), abstractContainment: expect.any(Number) });
    expect(groups[0]!.entries[1]!.title).toBe(edit(SINK).title);
  });

  it('merges an identical group and its revised re-posts into one revised group', async () => {
    const corpus = await corpusOf([
      { file: 'a.txt', date: 'Feb 17', postings: [SINK, KV_CACHE] },
      { file: 'b.txt', date: 'Dec 12', postings: [SINK, edits.venueSuffix(SINK)] },
      { file: 'c.txt', date: 'Oct 31', postings: [edits.truncate(SINK), MERGING] },
    ]);
    const groups = await findDuplicates(corpus);
    expect(groups.map((group) => group.kind)).toEqual(['revised']);
    expect(memberIds(groups)).toEqual([['a.txt#1', 'b.txt#1', 'b.txt#2', 'c.txt#1']]);
  });

  it('joins a re-post of a re-post to the original', async () => {
    const onceEdited = edits.reorder(SINK);
    const twiceEdited = edits.addSentence(edits.british(onceEdited));
    const corpus = await corpusOf([
      { file: 'a.txt', date: null, postings: [SINK] },
      { file: 'b.txt', date: null, postings: [onceEdited] },
      { file: 'c.txt', date: null, postings: [twiceEdited, KV_CACHE] },
    ]);
    expect(memberIds(await findDuplicates(corpus))).toEqual([['a.txt#1', 'b.txt#1', 'c.txt#1']]);
  });

  it('does not group distinct papers even when their embeddings are identical', async () => {
    // The model truncates at 256 tokens: two abstracts that only differ later embed the same.
    const corpus = await corpusOf([{ file: 'a.txt', date: null, postings: [SINK, SINK_OTHER, KV_CACHE] }]);
    const sameVector = corpus.vectors[0]!;
    const vectors = corpus.vectors.map(() => sameVector);
    const groups = await findDuplicates({ ...corpus, vectors, vectorIndex: ExactIndex.fromVectors(corpus.papers.map((paper) => paper.id), vectors) });
    expect(groups).toEqual([]);
  });

  it('judges the whole abstract: an edit past the model\'s token limit still counts as a revision', async () => {
    const corpus = await corpusOf([{ file: 'a.txt', date: null, postings: [SINK, edits.addSentence(SINK)] }]);
    const vectors = [corpus.vectors[0]!, corpus.vectors[0]!];
    const groups = await findDuplicates({ ...corpus, vectors, vectorIndex: ExactIndex.fromVectors(corpus.papers.map((paper) => paper.id), vectors) });
    expect(groups.map((group) => [group.kind, group.similarity])).toEqual([['revised', 1]]);
  });

  it('loosens with a lower --threshold and tightens with a higher one', async () => {
    const heavilyEdited = edits.truncate(edits.typos({ title: 'Attention sinks in small LMs', abstract: SINK.abstract }));
    const corpus = await corpusOf([{ file: 'a.txt', date: null, postings: [SINK, heavilyEdited, KV_CACHE] }]);
    const loosest = (await findDuplicates(corpus, { threshold: 0, rewritten: false })).find((group) => group.entries.some((entry) => entry.id === 'a.txt#2'))!;
    // Shown evidence is rounded to 4 decimals; stay a hair below it to keep the group.
    const textSimilarity = loosest.evidence.basis === 'abstract' ? loosest.evidence.textSimilarity : Number.NaN;
    expect(memberIds(await findDuplicates(corpus, { threshold: textSimilarity - 0.001 }))).toEqual([['a.txt#1', 'a.txt#2']]);
    expect(await findDuplicates(corpus, { threshold: Math.min(1, textSimilarity + 0.01) })).toEqual([]);
  });

  it('asks the vector index for a few neighbours once per paper, never for all pairs', async () => {
    const postings = [SINK, SINK_OTHER, KV_CACHE, MERGING, ...Object.values(edits).map((edit) => edit(MERGING)), edits.reorder(SINK)];
    const corpus = await corpusOf([{ file: 'a.txt', date: null, postings }]);
    const topKs: number[] = [];
    const counting: VectorIndex = {
      dimensions: corpus.vectorIndex.dimensions,
      upsert: (items) => corpus.vectorIndex.upsert(items),
      remove: (ids) => corpus.vectorIndex.remove(ids),
      search: (query, topK, options) => {
        topKs.push(topK);
        return corpus.vectorIndex.search(query, topK, options);
      },
    };
    await findDuplicates({ ...corpus, vectorIndex: counting }, { neighbours: 3 });
    expect(corpus.papers.length).toBeGreaterThanOrEqual(10);
    expect(topKs).toHaveLength(corpus.papers.length);
    // Three neighbours, and room for the paper itself, which the index returns first.
    expect(Math.max(...topKs)).toBeLessThanOrEqual(4);
  });

  it('finds a re-post that is the single nearest neighbour when one neighbour is searched', async () => {
    const corpus = await corpusOf([{ file: 'a.txt', date: null, postings: [SINK, SINK_OTHER, KV_CACHE, edits.addSentence(SINK)] }]);
    expect(memberIds(await findDuplicates(corpus, { neighbours: 1 }))).toEqual([['a.txt#1', 'a.txt#4']]);
  });

  it('gives the same groups in the same order whatever order the papers and entries come in', async () => {
    const corpus = await corpusOf([
      { file: 'a.txt', date: 'Feb 17', postings: [SINK, KV_CACHE, MERGING] },
      { file: 'b.txt', date: 'Dec 12', postings: [edits.venueSuffix(SINK), SINK_OTHER, KV_CACHE] },
      { file: 'c.txt', date: 'Oct 31', postings: [edits.truncate(KV_CACHE), edits.reorder(MERGING), SINK] },
      { file: 'd.txt', date: 'Sep 10', postings: [edits.british(SINK), edits.dropSentence(MERGING)] },
    ]);
    const expected = await findDuplicates(corpus);
    expect(expected.map((group) => group.kind)).toEqual(['revised', 'revised', 'revised']);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(corpus.papers.map((_, ordinal) => ordinal), { minLength: corpus.papers.length }), fc.shuffledSubarray(corpus.entries, { minLength: corpus.entries.length }), async (order, entries) => {
        expect(await findDuplicates(permuted(corpus, order, entries))).toEqual(expected);
      }),
    );
  });
});

function permuted(corpus: SmallCorpus, order: number[], entries: SmallCorpus['entries']): SmallCorpus {
  const vectors = order.map((ordinal) => corpus.vectors[ordinal]!);
  return { papers: order.map((ordinal) => corpus.papers[ordinal]!), entries, vectors, vectorIndex: ExactIndex.fromVectors(order.map((ordinal) => corpus.papers[ordinal]!.id), vectors) };
}
