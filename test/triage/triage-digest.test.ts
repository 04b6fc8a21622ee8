// triageDigest with the fake embedder on the sample library: re-posts found through the duplicate
// check with their first-seen dates, new papers with their nearest library papers and novelty, and a
// digest triaged again after it was added still reads as it did before.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import type { Paper } from '../../src/ingest/types.js';
import { readDigests } from '../../src/triage/read-digests.js';
import { triageDigest } from '../../src/triage/triage-digest.js';
import type { TriageReport } from '../../src/triage/triage-types.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

const DIGEST = path.join(ROOT, 'test', 'fixtures', 'triage-digest.txt');

async function triageAt(indexDir: string, embedder = new FakeEmbedder()): Promise<TriageReport> {
  const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => embedder });
  try {
    const digest = await readDigests([DIGEST]);
    const embed = (papers: readonly Paper[]) => embedder.embed(papers.map((paper) => embeddingText(paper.title, paper.abstract)));
    return await triageDigest(index, digest, { embed, placeInTopics: null, today: new Date(Date.UTC(2026, 5, 1)) });
  } finally {
    await index.close();
  }
}

describe('triageDigest', () => {
  let indexDir: string;
  let report: TriageReport;
  beforeAll(async () => {
    indexDir = path.join(scratchDir('triage'), 'index');
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    report = await triageAt(indexDir);
  });

  it('counts the papers, the re-posts by kind and the new papers', () => {
    expect(report.counts).toEqual({ entries: 13, papers: 13, reposts: 6, identical: 3, revised: 3, rewritten: 0, new: 7, fitsNoTopic: 7 });
    expect(report.digests).toEqual([{ file: expect.stringMatching(/triage-digest\.txt$/), digest: 'triage-digest.txt', date: 'Mar 3', entries: 13 }]);
  });

  it('names the original of each re-post and the digest and date it was first seen in', () => {
    const seen = report.reposts.map((repost) => [repost.kind, repost.original.title.slice(0, 30), repost.original.firstSeen.date, repost.original.firstSeen.digest]);
    expect(seen).toEqual([
      ['identical', 'Mental-LLM: Leveraging Large L', 'Oct 31', '003_be81b5dcf9d38130.txt'],
      ['identical', 'Unveiling and Harnessing Hidde', 'Sep 10', '002_8edc51546f275d07.txt'],
      ['identical', 'Improving Multi-task Learning ', 'Oct 31', '003_be81b5dcf9d38130.txt'],
      ['revised', 'Successor Heads: Recurring, In', 'Sep 10', '002_8edc51546f275d07.txt'],
      ['revised', 'Language Models (Mostly) Know ', 'Feb 17', '000_ff0cc63952a9f99a.txt'],
      ['revised', 'SELF-GUIDE: Better Task-Specif', 'Sep 10', '002_8edc51546f275d07.txt'],
    ]);
    const revised = report.reposts.find((repost) => repost.title.startsWith('SELF-GUIDE'))!;
    expect(revised.original.title).toBe('SELF-GUIDE: Better Task-Specific Instruction Following via Self-Synthetic Finetuning');
    expect(revised.evidence.basis).toBe('abstract');
    expect(revised.entryIds).toEqual(['triage-digest.txt#13']);
  });

  it('gives each new paper its three nearest library papers, most similar first, and novelty 1 − the nearest cosine', () => {
    for (const paper of report.newPapers) {
      expect(paper.nearest).toHaveLength(3);
      const cosines = paper.nearest.map((neighbour) => neighbour.cosineSimilarity);
      expect([...cosines].sort((a, b) => b - a)).toEqual(cosines);
      expect(paper.novelty).toBeCloseTo(1 - cosines[0]!, 4);
      expect(paper.nearest.every((neighbour) => neighbour.title.length > 0)).toBe(true);
    }
    const novelties = report.newPapers.map((paper) => paper.novelty);
    expect([...novelties].sort((a, b) => b - a)).toEqual(novelties);
  });

  it('without topics, counts every new paper as fitting none', () => {
    expect(report.newByTopic).toEqual([{ topicId: null, label: 'fits no topic', newPapers: 7 }]);
    expect(report.newPapers.every((paper) => paper.topic === null && paper.fitsNoTopic)).toBe(true);
  });

  it('reads the same after the digest was added: its own papers are not the library it is compared with', async () => {
    await buildIndex({ indexDir, inputs: [DIGEST], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    const again = await triageAt(indexDir);
    expect(again.counts).toEqual(report.counts);
    expect(again.reposts.map((repost) => repost.original.firstSeen)).toEqual(report.reposts.map((repost) => repost.original.firstSeen));
    expect(again.newPapers.map((paper) => [paper.paperId, paper.novelty])).toEqual(report.newPapers.map((paper) => [paper.paperId, paper.novelty]));
  });
});
