// One paper is one result in themes and the report too: a revised or rewritten re-post that
// `papers dupes` joined to a paper is counted once, as one topic member and one point on the map.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

interface Group {
  kind: string;
  entries: { paperId: string }[];
}

let indexDir = '';
/** The paper ids of each group that joins more than one paper (the revised and rewritten ones). */
let multiPaperGroups: string[][] = [];
let paperCount = 0;

beforeAll(() => {
  indexDir = path.join(scratchDir('themes-dupes'), 'index');
  fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
  const added = runCli(['--index-dir', indexDir, 'index', path.join(ROOT, 'test', 'fixtures', 'revised-digest.txt')]);
  expect(added.status, added.stderr).toBe(0);
  const { groups } = JSON.parse(runCli(['--index-dir', indexDir, 'dupes', '--json']).stdout) as { groups: Group[] };
  multiPaperGroups = groups.map((group) => [...new Set(group.entries.map((entry) => entry.paperId))]).filter((ids) => ids.length > 1);
  paperCount = (JSON.parse(runCli(['--index-dir', indexDir, 'info', '--json']).stdout) as { counts: { papers: number } }).counts.papers;
});

describe('themes and the report with re-posts', () => {
  it('papers themes lists each duplicate group once, its other postings as alsoPostedAs', () => {
    expect(multiPaperGroups.length).toBeGreaterThanOrEqual(5);
    const result = runCli(['--index-dir', indexDir, 'themes', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const { clusters } = JSON.parse(result.stdout) as { clusters: { size: number; papers: { id: string; alsoPostedAs?: { id: string }[] }[] }[] };
    const members = clusters.flatMap((cluster) => cluster.papers);
    for (const ids of multiPaperGroups) {
      const listed = members.filter((member) => ids.includes(member.id));
      expect(listed, ids.join(' ')).toHaveLength(1);
      expect(listed[0]!.alsoPostedAs!.map((other) => other.id).sort()).toEqual(ids.filter((id) => id !== listed[0]!.id).sort());
    }
    const reposts = multiPaperGroups.reduce((sum, ids) => sum + ids.length - 1, 0);
    expect(members).toHaveLength(paperCount - reposts);
    expect(clusters.reduce((sum, cluster) => sum + cluster.size, 0)).toBe(paperCount - reposts);
  });

  it('the report draws each duplicate group as one point, naming the other postings', () => {
    const out = path.join(indexDir, 'report.html');
    const result = runCli(['--index-dir', indexDir, 'report', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json) as { papers: { id: string; representedBy: number | null; alsoPostedAs: number[] }[] };
    const reposts = multiPaperGroups.reduce((sum, ids) => sum + ids.length - 1, 0);
    for (const ids of multiPaperGroups) {
      const drawn = data.papers.filter((paper) => ids.includes(paper.id) && paper.representedBy === null);
      expect(drawn, ids.join(' ')).toHaveLength(1);
      expect(drawn[0]!.alsoPostedAs.map((ordinal) => data.papers[ordinal]!.id).sort()).toEqual(ids.filter((id) => id !== drawn[0]!.id).sort());
    }
    expect(result.stdout).toMatch(new RegExp(`: ${paperCount - reposts} papers, `));
  });
});
