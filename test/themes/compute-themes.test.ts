import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeThemes } from '../../src/themes/compute-themes.js';
import { PHRASE_STOP_LIST } from '../../src/themes/phrase-stop-list.js';
import { FakeEmbedder } from '../helpers/fake-embedder.js';
import { smallCorpus } from './small-corpus.js';

describe('computeThemes', () => {
  it('finds the three topics of a small corpus and names each after its own words', async () => {
    const { papers, vectors, topics } = await smallCorpus();
    const result = await computeThemes(papers, vectors, { k: 3, embedder: new FakeEmbedder() });
    expect(result.clusters.map((theme) => theme.size)).toEqual([4, 4, 4]);
    for (const theme of result.clusters) expect(new Set(theme.papers.map((member) => topics[member.ordinal])).size).toBe(1);
    const labelOf = (topic: string) => result.clusters.find((theme) => topics[theme.papers[0]!.ordinal] === topic)!.label;
    expect(labelOf('kv')).toMatch(/kv cache|retrieval heads|long-context inference/);
    expect(labelOf('mtl')).toMatch(/multi-task learning|negative transfer|shared backbone/);
    expect(labelOf('music')).toMatch(/playlist|genre|mood|music/);
  });

  it('puts every paper in exactly one theme, most central first, and numbers themes by size', async () => {
    const { papers, vectors } = await smallCorpus();
    const result = await computeThemes(papers.slice(0, 9), vectors.slice(0, 9), { embedder: new FakeEmbedder() });
    const ordinals = result.clusters.flatMap((theme) => theme.papers.map((member) => member.ordinal)).sort((a, b) => a - b);
    expect(ordinals).toEqual([...Array(9).keys()]);
    result.clusters.forEach((theme, index) => {
      expect(theme.id).toBe(index + 1);
      expect(theme.size).toBe(theme.papers.length);
      for (const member of theme.papers) expect(result.assignments[member.ordinal]).toBe(theme.id);
      const similarities = theme.papers.map((member) => member.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    });
    expect(result.clusters.map((theme) => theme.size)).toEqual(result.clusters.map((theme) => theme.size).sort((a, b) => b - a));
  });

  it('chooses k automatically and shows the silhouette of every k it tried', async () => {
    const { papers, vectors } = await smallCorpus();
    const result = await computeThemes(papers, vectors, { embedder: new FakeEmbedder() });
    expect(result.choice).toBe('auto');
    expect(result.tried.map((tried) => tried.k)).toContain(result.k);
    expect(result.tried.find((tried) => tried.k === result.k)!.score).toBe(Math.max(...result.tried.map((tried) => tried.score)));
  });

  it('gives unique labels made of real phrases, never a stop-list word alone', async () => {
    const { papers, vectors } = await smallCorpus();
    const result = await computeThemes(papers, vectors, { k: 4, embedder: new FakeEmbedder() });
    const labels = result.clusters.map((theme) => theme.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) for (const phrase of label.split(' · ')) expect(PHRASE_STOP_LIST.has(phrase)).toBe(false);
  });

  it('gives the same themes whatever the order of the papers (property)', async () => {
    const { papers, vectors } = await smallCorpus();
    const embedder = new FakeEmbedder();
    const canonical = (result: Awaited<ReturnType<typeof computeThemes>>, order: number[]) =>
      result.clusters.map((theme) => ({ ...theme, papers: theme.papers.map((member) => ({ ...member, ordinal: order[member.ordinal] })) }));
    const reference = canonical(await computeThemes(papers, vectors, { embedder }), [...papers.keys()]);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...papers.keys()], { minLength: papers.length, maxLength: papers.length }), async (order) => {
        const result = await computeThemes(order.map((i) => papers[i]!), order.map((i) => vectors[i]!), { embedder });
        expect(canonical(result, order)).toEqual(reference);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses a k outside 1..papers', async () => {
    const { papers, vectors } = await smallCorpus();
    await expect(computeThemes(papers, vectors, { k: 13, embedder: new FakeEmbedder() })).rejects.toThrow(RangeError);
    await expect(computeThemes(papers, vectors, { k: 0, embedder: new FakeEmbedder() })).rejects.toThrow(RangeError);
  });
});
