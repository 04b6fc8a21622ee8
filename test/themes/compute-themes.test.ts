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
    const topicOf = new Map(papers.map((paper, i) => [paper.id, topics[i]!]));
    expect(result.clusters.map((theme) => theme.size)).toEqual([4, 4, 4]);
    for (const theme of result.clusters) expect(new Set(theme.papers.map((member) => topicOf.get(member.id))).size).toBe(1);
    const labelOf = (topic: string) => result.clusters.find((theme) => topicOf.get(theme.papers[0]!.id) === topic)!.label;
    expect(labelOf('kv')).toMatch(/kv cache|retrieval heads|long-context inference/);
    expect(labelOf('mtl')).toMatch(/multi-task learning|negative transfer|shared backbone/);
    expect(labelOf('music')).toMatch(/playlist|genre|mood|music/);
  });

  it('puts every paper in exactly one topic, most central first, numbered by smallest member id', async () => {
    const { papers, vectors } = await smallCorpus();
    const result = await computeThemes(papers.slice(0, 9), vectors.slice(0, 9), { k: 4, embedder: new FakeEmbedder() });
    const ids = result.clusters.flatMap((theme) => theme.papers.map((member) => member.id)).sort();
    expect(ids).toEqual(papers.slice(0, 9).map((paper) => paper.id).sort());
    result.clusters.forEach((theme, index) => {
      expect(theme.id).toBe(index + 1);
      expect(theme.size).toBe(theme.papers.length);
      for (const member of theme.papers) expect(result.assignments[member.id]).toBe(theme.id);
      const similarities = theme.papers.map((member) => member.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    });
    const smallest = result.clusters.map((theme) => theme.papers.map((member) => member.id).sort()[0]!);
    expect(smallest).toEqual([...smallest].sort());
  });

  it('groups topics into areas that are unions of whole topics', async () => {
    const { papers, vectors } = await smallCorpus();
    const result = await computeThemes(papers, vectors, { k: 6, embedder: new FakeEmbedder() });
    expect(result.areas.length).toBeGreaterThanOrEqual(2);
    expect(result.areas.length).toBeLessThan(6);
    expect(result.areas.flatMap((area) => area.topicIds).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const area of result.areas) {
      for (const id of area.topicIds) expect(result.clusters[id - 1]!.areaId).toBe(area.id);
      expect(area.size).toBe(area.topicIds.reduce((sum, id) => sum + result.clusters[id - 1]!.size, 0));
      expect(area.label.length).toBeGreaterThan(0);
    }
  });

  it('chooses the number of topics automatically and shows the merge heights near it', async () => {
    const { papers, vectors } = await smallCorpus();
    const result = await computeThemes(papers, vectors, { embedder: new FakeEmbedder() });
    expect(result.choice).toBe('auto');
    expect(result.tried.map((tried) => tried.k)).toContain(result.k);
    const heightAt = (k: number) => result.tried.find((tried) => tried.k === k)!.mergeHeight;
    expect(heightAt(result.k)).toBeGreaterThan(result.threshold);
    expect(heightAt(result.k + 1)).toBeLessThanOrEqual(result.threshold);
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
    const reference = JSON.stringify(await computeThemes(papers, vectors, { embedder }));
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...papers.keys()], { minLength: papers.length, maxLength: papers.length }), async (order) => {
        const result = await computeThemes(order.map((i) => papers[i]!), order.map((i) => vectors[i]!), { embedder });
        expect(JSON.stringify(result)).toBe(reference);
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
