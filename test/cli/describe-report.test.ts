import { describe, expect, it } from 'vitest';
import { describeAbridged, describeReport } from '../../src/cli/describe-report.js';
import type { ReportData } from '../../src/report/report-data.js';

function reportWith(papers: number, topics: number, areas: number, groups: number | null): ReportData {
  return {
    title: '',
    source: null,
    projection: { method: 'pca', laidOut: papers, seed: 42 },
    themeChoice: topics > 0 ? 'chosen automatically' : null,
    papers: Array.from({ length: papers }, () => ({ representedBy: null }) as ReportData['papers'][number]),
    topics: Array.from({ length: topics }, () => ({}) as ReportData['topics'][number]),
    areas: Array.from({ length: areas }, () => ({}) as ReportData['areas'][number]),
    duplicateGroups: groups === null ? null : Array.from({ length: groups }, () => ({}) as NonNullable<ReportData['duplicateGroups']>[number]),
    latestDigest: null,
  };
}

describe('describeReport', () => {
  it('says "1 paper, 1 topic in 1 area, 1 duplicate group", never "1 papers"', () => {
    expect(describeReport(reportWith(1, 1, 1, 1))).toBe('1 paper, 1 topic in 1 area, 1 duplicate group, map by PCA');
  });

  it('counts plurals, and says when themes or duplicates are unknown', () => {
    expect(describeReport(reportWith(137, 12, 4, 34))).toBe('137 papers, 12 topics in 4 areas, 34 duplicate groups, map by PCA');
    expect(describeReport(reportWith(3, 0, 0, null))).toBe('3 papers, no themes, duplicates not computed, map by PCA');
  });
});

describe('describeAbridged', () => {
  it('names the papers whose abstracts the page cuts, and says nothing when none is cut', () => {
    const data = reportWith(5, 0, 0, null);
    expect(describeAbridged(data)).toBeNull();
    data.papers = data.papers.map((paper, ordinal) => ({ ...paper, title: `Paper ${ordinal}`, abridged: ordinal !== 2 }));
    expect(describeAbridged(data)).toBe('warning: 4 abstracts longer than 20,000 characters are abridged in the page: "Paper 0", "Paper 1", "Paper 3" and 1 more');
    data.papers = data.papers.map((paper, ordinal) => ({ ...paper, abridged: ordinal === 4 }));
    expect(describeAbridged(data)).toBe('warning: 1 abstract longer than 20,000 characters is abridged in the page: "Paper 4"');
  });
});
