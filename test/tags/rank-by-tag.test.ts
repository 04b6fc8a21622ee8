// rankByTag, what `triage --for` calls: the papers it is given, best fit for the tag first, those
// already carrying the tag left out. Fake embedder; the ranking's quality is the model test's.
import { describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import { rankByTag } from '../../src/tags/rank-by-tag.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

const loadEmbedder = async () => new FakeEmbedder();

describe('rankByTag', () => {
  it('orders only the papers given, leaves out tagged ones, and refuses a tag nobody has', async () => {
    const indexDir = scratchDir('rank-by-tag');
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder });
    const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder });
    try {
      const [tagged, ...others] = index.papers.slice(0, 6);
      index.addTag(tagged!.id, 'wanted');
      index.addTag(index.papers[10]!.id, 'wanted');
      const ranked = await rankByTag(index, 'wanted', [tagged!.id, ...others.map((paper) => paper.id)]);
      expect(new Set(ranked.map((recommendation) => recommendation.paper.id))).toEqual(new Set(others.map((paper) => paper.id)));
      const probabilities = ranked.map((recommendation) => recommendation.tagProbability);
      expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
      await expect(rankByTag(index, 'nobody', [tagged!.id])).rejects.toThrow('no paper has the tag "nobody"');

      // A paper of a digest triaged without adding it: a copy of a tagged paper under a new id
      // ranks first among papers unlike it.
      const copy = { paper: { ...index.papers[10]!, id: 'not-in-library' }, vector: index.vectorOf(index.papers[10]!.id) };
      const withUnstored = await rankByTag(index, 'wanted', others.map((paper) => paper.id), [copy]);
      expect(withUnstored).toHaveLength(others.length + 1);
      expect(withUnstored[0]!.paper.id).toBe('not-in-library');
    } finally {
      await index.close();
    }
  });
});
