import { describe, expect, it } from 'vitest';
import { REPORT } from '../../src/config.js';
import { collectReportData } from '../../src/report/collect-report-data.js';
import { findNeighbours } from '../../src/report/find-neighbours.js';
import { projectPapers, type Projection } from '../../src/report/project-papers.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import { tinyCorpus, twoClusterVectors, twoGroups, twoLevelThemes, twoThemes } from './report-fixtures.js';

async function reportOf(count: number, withAnalyses: boolean, edit?: (corpus: ReturnType<typeof tinyCorpus>) => void, representativeOf?: Map<string, string>) {
  const corpus = tinyCorpus(count);
  edit?.(corpus);
  const vectors = twoClusterVectors(count);
  const nearest = await findNeighbours(ExactIndex.fromVectors(corpus.papers.map((paper) => paper.id), vectors), corpus.papers, vectors, 8);
  return collectReportData({
    ...corpus,
    projection: await projectPapers(vectors, nearest),
    nearest,
    themes: withAnalyses ? twoLevelThemes(count) : null,
    groups: withAnalyses ? twoGroups() : null,
    representativeOf,
  });
}

/** Paper i at (i / 10, 1 - i / 10), so a topic's centre can be worked out by hand. */
function diagonalProjection(count: number): Projection {
  return { method: 'pca', points: Array.from({ length: count }, (_, i) => [i / 10, 1 - i / 10]), laidOut: count, seed: 42 };
}

describe('collectReportData', () => {
  it('places every paper once on the map, inside the unit square', async () => {
    const data = await reportOf(10, true);
    expect(data.papers.map((paper) => paper.id)).toEqual(Array.from({ length: 10 }, (_, ordinal) => `p${ordinal}`));
    for (const paper of data.papers) {
      expect(paper.x).toBeGreaterThanOrEqual(0);
      expect(paper.x).toBeLessThanOrEqual(1);
      expect(paper.y).toBeGreaterThanOrEqual(0);
      expect(paper.y).toBeLessThanOrEqual(1);
    }
    expect(data.title).toBe('10 papers from 2 digests');
  });

  it('draws a revised re-post as one point: its paper lists it as also posted, nearest lists skip it', async () => {
    // twoGroups(): paper 3 is a revised re-post of paper 2.
    const data = await reportOf(10, true, undefined, new Map([['p3', 'p2']]));
    expect(data.papers[3]!.representedBy).toBe(2);
    expect(data.papers[2]!.alsoPostedAs).toEqual([3]);
    expect(data.papers.filter((paper) => paper.representedBy !== null)).toHaveLength(1);
    expect(data.papers.flatMap((paper) => paper.nearest.map((neighbour) => neighbour.ordinal))).not.toContain(3);
    expect(data.papers[3]!.nearest.map((neighbour) => neighbour.ordinal)).not.toContain(2);
    expect(data.title).toBe('9 papers from 2 digests');
    // Drawn as paper 2, the re-post is in paper 2's topic.
    expect(data.papers[3]!.topic).toBe(data.papers[2]!.topic);
  });

  it('says "1 paper from 1 digest", not "1 papers"', async () => {
    expect((await reportOf(1, false)).title).toBe('1 paper from 1 digest');
  });

  it('gives each paper its topic, whatever the topic ids are', async () => {
    const data = await reportOf(10, true);
    expect(data.topics.map((topic) => topic.label)).toEqual(['retrieval augmented generation', 'kv cache compression', 'kv cache eviction']);
    expect(data.topics.map((topic) => topic.size)).toEqual([5, 3, 2]);
    const expected = ['retrieval augmented generation', 'kv cache compression', 'retrieval augmented generation', 'kv cache eviction'];
    for (const [ordinal, paper] of data.papers.entries()) expect(data.topics[paper.topic!]!.label).toBe(expected[ordinal % 4]);
    expect(data.themeChoice).toBe('chosen automatically');
  });

  it('groups the topics into their areas, each area listing its largest topic first', async () => {
    const data = await reportOf(10, true);
    expect(data.areas.map((area) => area.label)).toEqual(['retrieval', 'kv cache']);
    expect(data.areas.map((area) => area.size)).toEqual([5, 5]);
    expect(data.topics.map((topic) => data.areas[topic.area]!.label)).toEqual(['retrieval', 'kv cache', 'kv cache']);
    expect(data.areas[1]!.topics.map((topic) => data.topics[topic]!.label)).toEqual(['kv cache compression', 'kv cache eviction']);
  });

  it("names each topic at the median position of its papers", async () => {
    const { papers, entries } = tinyCorpus(6);
    const nearest = papers.map(() => ({ ordinals: [], similarities: [] }));
    const data = collectReportData({ papers, entries, projection: diagonalProjection(6), nearest, themes: twoLevelThemes(6), groups: null });
    // Topic 7 holds papers 0, 2, 4; topic 3 papers 1 and 5; topic 5 paper 3.
    expect(data.topics.map((topic) => [topic.x, topic.y])).toEqual([
      [0.2, 0.8],
      [0.3, 0.7],
      [0.3, 0.7],
    ]);
  });

  it('draws a themes result as computed: its topics inside its areas, each paper in its topic', async () => {
    const { papers, entries } = tinyCorpus(6);
    const nearest = papers.map(() => ({ ordinals: [], similarities: [] }));
    const data = collectReportData({ papers, entries, projection: diagonalProjection(6), nearest, themes: twoThemes(6), groups: null });
    expect(data.areas.map((area) => area.label)).toEqual(['retrieval · kv cache']);
    expect(data.areas[0]!.topics.slice().sort()).toEqual([0, 1]);
    const topicOf = data.papers.map((paper) => paper.topic);
    expect(new Set(topicOf.filter((_, ordinal) => ordinal % 2 === 0)).size).toBe(1);
    expect(new Set(topicOf.filter((_, ordinal) => ordinal % 2 === 1)).size).toBe(1);
    expect(topicOf[0]).not.toBe(topicOf[1]);
  });

  it('links each duplicate group to every paper in it, with its reason in words', async () => {
    const data = await reportOf(10, true);
    expect(data.duplicateGroups).toHaveLength(2);
    expect(data.papers[2]!.duplicateGroups).toEqual([0]);
    expect(data.papers[3]!.duplicateGroups).toEqual([0]);
    expect(data.papers[1]!.duplicateGroups).toEqual([1]);
    expect(data.papers[0]!.duplicateGroups).toEqual([]);
    const [revised, identical] = data.duplicateGroups!;
    expect(revised!.kind).toBe('revised');
    expect(revised!.reason).toBe('text similarity 0.87 (title 0.80, abstract containment 0.91, overlap 0.85)');
    expect(identical!.reason).toBe('same title and abstract in every posting');
    expect(revised!.entries.map((entry) => entry.ordinal)).toEqual([2, 3]);
    expect(revised!.entries.map((entry) => entry.date)).toEqual(['17 Feb (year not given)', '17 Feb (year not given)']);
  });

  it('lists the digests a paper appeared in by their date, with their files and positions', async () => {
    const data = await reportOf(10, true);
    expect(data.papers[1]!.appearances).toEqual([
      { digest: 'a.txt', date: '17 Feb (year not given)', position: 2 },
      { digest: 'b.txt', date: null, position: 2 },
    ]);
    expect(data.papers[1]!.published).toBe('6 Feb (year not given)');
  });

  it('inlines at most REPORT.maxAbstractChars of a huge abstract, marked as abridged', async () => {
    const huge = `${'word '.repeat(10_000)}THE END`;
    const data = await reportOf(3, false, (corpus) => (corpus.papers[1]!.abstract = huge));
    expect(REPORT.maxAbstractChars).toBe(20_000);
    expect(data.papers[1]!.abstract.length).toBeLessThanOrEqual(20_000);
    expect(data.papers[1]!.abstract.length).toBeGreaterThan(19_000);
    expect(data.papers[1]!.abstract).not.toContain('THE END');
    expect(data.papers[1]!.abridged).toBe(true);
    expect(data.papers[0]!.abridged).toBe(false);
    expect(data.papers[0]!.abstract).toBe('Abstract of paper 0.');
  });

  it('keeps the nearest papers, most similar first, never the paper itself', async () => {
    const data = await reportOf(12, true);
    for (const [ordinal, paper] of data.papers.entries()) {
      expect(paper.nearest).toHaveLength(REPORT.nearestShown);
      expect(paper.nearest.map((neighbour) => neighbour.ordinal)).not.toContain(ordinal);
      const similarities = paper.nearest.map((neighbour) => neighbour.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
      // The clusters are far apart: a paper's nearest papers share its cluster.
      for (const neighbour of paper.nearest) expect(neighbour.ordinal % 2).toBe(ordinal % 2);
    }
  });

  it('says themes and duplicates are unknown when they were not computed', async () => {
    const data = await reportOf(6, false);
    expect(data.topics).toEqual([]);
    expect(data.areas).toEqual([]);
    expect(data.themeChoice).toBeNull();
    expect(data.duplicateGroups).toBeNull();
    expect(data.papers.every((paper) => paper.topic === null && paper.duplicateGroups.length === 0)).toBe(true);
  });
});
