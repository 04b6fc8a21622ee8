import { describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { assignTopics, fitVectors } from '../../src/themes/assign-topics.js';
import { loadThemes } from '../../src/themes/load-themes.js';
import { loadStableTopics } from '../../src/themes/stable-topics.js';
import type { ThemesResult } from '../../src/themes/theme-types.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { scratchDir } from '../helpers/paths.js';
import { sampleDigestFiles } from './fake-index.js';

async function build(indexDir: string, inputs: string[]): Promise<void> {
  await buildIndex({ indexDir, inputs, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
}

async function withIndex<T>(indexDir: string, use: (index: OpenIndex) => Promise<T>): Promise<T> {
  const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
  try {
    return await use(index);
  } finally {
    await index.close();
  }
}

const namesOf = (result: ThemesResult) => new Map(result.clusters.map((theme) => [theme.id, theme.label]));

describe('stable topics', () => {
  const [first, second, third, fourth] = sampleDigestFiles();

  it('keeps every topic id and name, and every earlier paper in its topic, when a digest is added', async () => {
    const indexDir = scratchDir('stable-topics');
    await build(indexDir, [first!, second!, third!]);
    const before = await withIndex(indexDir, async (index) => (await loadThemes(index)).result);
    await build(indexDir, [fourth!]);
    const after = await withIndex(indexDir, async (index) => {
      const stable = await loadStableTopics(index);
      expect(stable.action).toBe('assigned');
      return (await loadThemes(index)).result;
    });
    expect(Object.keys(after.assignments).length).toBeGreaterThan(Object.keys(before.assignments).length);
    const namesAfter = namesOf(after);
    for (const [id, label] of namesOf(before)) expect(namesAfter.get(id)).toBe(label);
    expect([...namesAfter.keys()].every((id) => namesOf(before).has(id))).toBe(true);
    for (const [paperId, topicId] of Object.entries(before.assignments)) expect(after.assignments[paperId]).toBe(topicId);
  });

  it('assigns only the new papers on an add (the first read after it), without clustering', async () => {
    const indexDir = scratchDir('stable-topics');
    await build(indexDir, [first!, second!]);
    const computedAt = await withIndex(indexDir, async (index) => (await loadStableTopics(index)).snapshot.info.computedAt);
    await build(indexDir, [third!]);
    await withIndex(indexDir, async (index) => {
      const stable = await loadStableTopics(index);
      expect(stable.action).toBe('assigned');
      expect(stable.snapshot.info.computedAt).toBe(computedAt);
      expect(stable.assignments.size).toBe(index.papers.length);
    });
  });

  it('--recompute keeps the id and name of every topic whose papers mostly stay together', async () => {
    const indexDir = scratchDir('stable-topics');
    await build(indexDir, [first!, second!, third!]);
    const before = await withIndex(indexDir, async (index) => (await loadThemes(index)).result);
    await build(indexDir, [fourth!]);
    const after = await withIndex(indexDir, async (index) => (await loadThemes(index, { recompute: true })).result);
    const beforeNames = namesOf(before);
    let survivors = 0;
    for (const old of before.clusters) {
      // A topic survives when more than half of its papers sit in one new topic and are more than
      // half of that topic's papers from before.
      const counts = new Map<number, number>();
      for (const member of old.papers) counts.set(after.assignments[member.id]!, (counts.get(after.assignments[member.id]!) ?? 0) + 1);
      const [home, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      const homeEarlierPapers = Object.entries(after.assignments).filter(([paperId, topicId]) => topicId === home && before.assignments[paperId] !== undefined).length;
      if (2 * count <= old.papers.length || 2 * count <= homeEarlierPapers) continue;
      survivors += 1;
      expect(home).toBe(old.id);
      expect(after.clusters.find((theme) => theme.id === home)!.label).toBe(beforeNames.get(old.id));
    }
    expect(survivors).toBeGreaterThan(0);
    // New topics never take an id that an earlier topic had.
    const highestEarlierId = Math.max(...beforeNames.keys());
    const newIds = after.clusters.map((theme) => theme.id).filter((id) => !beforeNames.has(id));
    expect(newIds.filter((id) => id <= highestEarlierId)).toEqual([]);
  });
});

describe('assignTopics', () => {
  it("gives each paper its stored topic with the cosine to the topic's centre, and refuses an unknown id", async () => {
    const indexDir = scratchDir('assign-topics');
    await build(indexDir, sampleDigestFiles());
    await withIndex(indexDir, async (index) => {
      const result = (await loadThemes(index)).result;
      const ids = index.papers.slice(0, 5).map((paper) => paper.id);
      const fits = await assignTopics(index, ids);
      expect(fits.map((fit) => fit.paperId)).toEqual(ids);
      for (const fit of fits) {
        const theme = result.clusters.find((candidate) => candidate.id === fit.topicId)!;
        expect(fit.topicName).toBe(theme.label);
        expect(fit.cosineSimilarity).toBe(theme.papers.find((member) => member.id === fit.paperId)!.similarity);
      }
      await expect(assignTopics(index, ['no-such-paper'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  it('judges a vector pointing away from every topic as fitting no topic, and a topic centre as fitting it', async () => {
    const indexDir = scratchDir('assign-topics');
    await build(indexDir, sampleDigestFiles());
    await withIndex(indexDir, async (index) => {
      const { snapshot } = await loadStableTopics(index);
      const centre = snapshot.topics[0]!.centroid;
      const away = centre.map((value) => -value);
      const [atCentre, opposite] = fitVectors(snapshot, [centre, away]);
      expect(atCentre).toMatchObject({ topicId: snapshot.topics[0]!.id, fitsTopic: true });
      expect(opposite!.fitsTopic).toBe(false);
    });
  });
});
