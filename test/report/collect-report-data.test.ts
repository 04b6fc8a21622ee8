import { describe, expect, it } from 'vitest';
import { collectReportData, NEAREST_SHOWN } from '../../src/report/collect-report-data.js';
import { findNeighbours } from '../../src/report/find-neighbours.js';
import { projectPapers } from '../../src/report/project-papers.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import { tinyCorpus, twoClusterVectors, twoGroups, twoThemes } from './report-fixtures.js';

async function reportOf(count: number, withAnalyses: boolean) {
  const { papers, entries } = tinyCorpus(count);
  const vectors = twoClusterVectors(count);
  const nearest = await findNeighbours(ExactIndex.fromVectors(papers.map((paper) => paper.id), vectors), papers, vectors, 8);
  return collectReportData({
    papers,
    entries,
    projection: await projectPapers(vectors, nearest),
    nearest,
    themes: withAnalyses ? twoThemes(count) : null,
    groups: withAnalyses ? twoGroups() : null,
  });
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

  it('gives each paper the legend entry of its theme, whatever the theme ids are', async () => {
    const data = await reportOf(10, true);
    expect(data.themes.map((theme) => theme.label)).toEqual(['retrieval · rag', 'kv cache · memory']);
    expect(data.themes.map((theme) => theme.size)).toEqual([5, 5]);
    for (const [ordinal, paper] of data.papers.entries()) expect(data.themes[paper.theme!]!.label).toBe(ordinal % 2 ? 'kv cache · memory' : 'retrieval · rag');
    expect(data.themeChoice).toBe('automatic k = 2');
  });

  it('links each duplicate group to every paper in it, with its reasons', async () => {
    const data = await reportOf(10, true);
    expect(data.duplicateGroups).toHaveLength(2);
    expect(data.papers[2]!.duplicateGroups).toEqual([0]);
    expect(data.papers[3]!.duplicateGroups).toEqual([0]);
    expect(data.papers[1]!.duplicateGroups).toEqual([1]);
    expect(data.papers[0]!.duplicateGroups).toEqual([]);
    const revised = data.duplicateGroups![0]!;
    expect(revised.kind).toBe('revised');
    expect(revised.evidence).toEqual({ basis: 'abstract', titleSimilarity: 0.8, textSimilarity: 0.8743 });
    expect(revised.entries.map((entry) => entry.ordinal)).toEqual([2, 3]);
  });

  it('lists the digests a paper appeared in, with their dates and positions', async () => {
    const data = await reportOf(10, true);
    expect(data.papers[1]!.appearances).toEqual([
      { digest: 'a.txt', date: 'Feb 17', position: 2 },
      { digest: 'b.txt', date: null, position: 2 },
    ]);
  });

  it('keeps the nearest papers, most similar first, never the paper itself', async () => {
    const data = await reportOf(12, true);
    for (const [ordinal, paper] of data.papers.entries()) {
      expect(paper.nearest).toHaveLength(NEAREST_SHOWN);
      expect(paper.nearest.map((neighbour) => neighbour.ordinal)).not.toContain(ordinal);
      const similarities = paper.nearest.map((neighbour) => neighbour.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
      // The clusters are far apart: a paper's nearest papers share its cluster.
      for (const neighbour of paper.nearest) expect(neighbour.ordinal % 2).toBe(ordinal % 2);
    }
  });

  it('says themes and duplicates are unknown when they were not computed', async () => {
    const data = await reportOf(6, false);
    expect(data.themes).toEqual([]);
    expect(data.themeChoice).toBeNull();
    expect(data.duplicateGroups).toBeNull();
    expect(data.papers.every((paper) => paper.theme === null && paper.duplicateGroups.length === 0)).toBe(true);
  });
});
