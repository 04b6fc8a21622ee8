// `papers triage` with the real model on the sample library and test/fixtures/triage-digest.txt:
// every re-post with its original and first-seen date, every new on-topic paper in the topic of the
// sample paper named in triage-key.json, the two off-topic papers flagged, and the digest added.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TriageReport } from '../../src/triage/triage-types.js';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

const DIGEST = path.join(ROOT, 'test', 'fixtures', 'triage-digest.txt');
interface Key {
  reposts: { title: string; kind: string; original: string; firstSeen: string; firstDigest: string }[];
  onTopic: { title: string; sharesTopicWith: string }[];
  offTopic: string[];
}
const key = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'triage-key.json'), 'utf8')) as Key;
type Triage = TriageReport & { library: { written: boolean; papers?: number; generation?: number } };

function triage(indexDir: string, ...flags: string[]): Triage {
  const result = runCli(['--index-dir', indexDir, 'triage', ...flags, '--json', DIGEST]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Triage;
}

/** The topic id of each sample paper, by title, from `papers themes --json` (the library's own topics). */
function topicsByTitle(indexDir: string): Map<string, number> {
  const result = runCli(['--index-dir', indexDir, 'themes', '--json']);
  expect(result.status).toBe(0);
  const { clusters } = JSON.parse(result.stdout) as { clusters: { id: number; papers: { title: string }[] }[] };
  return new Map(clusters.flatMap((cluster) => cluster.papers.map((paper) => [paper.title, cluster.id] as const)));
}

describe('papers triage on the sample library', () => {
  let report: Triage;
  beforeAll(() => {
    report = triage(sampleIndexDir(), '--dry-run');
  });

  it('reports each re-post with its kind, its original, and the digest and date the original was first seen in', () => {
    const found = report.reposts.map((repost) => ({
      title: repost.title,
      kind: repost.kind,
      original: repost.original.title,
      firstSeen: repost.original.firstSeen.date,
      firstDigest: repost.original.firstSeen.digest,
    }));
    expect(found).toEqual(key.reposts);
  });

  it('puts each new on-topic paper in the topic of the sample paper it belongs with, as fitting', () => {
    const topics = topicsByTitle(sampleIndexDir());
    const placed = key.onTopic.map(({ title, sharesTopicWith }) => {
      const paper = report.newPapers.find((each) => each.title === title);
      return { title, topicId: paper?.topic?.topicId, fitsNoTopic: paper?.fitsNoTopic, expected: topics.get(sharesTopicWith) };
    });
    expect(placed.map(({ title, topicId, fitsNoTopic }) => ({ title, topicId, fitsNoTopic }))).toEqual(
      placed.map(({ title, expected }) => ({ title, topicId: expected, fitsNoTopic: false })),
    );
    expect(placed.every(({ expected }) => typeof expected === 'number')).toBe(true);
  });

  it('flags the two papers on subjects the sample does not have as fitting no topic, and only them', () => {
    expect(report.newPapers.filter((paper) => paper.fitsNoTopic).map((paper) => paper.title).sort()).toEqual([...key.offTopic].sort());
    expect(report.newByTopic.at(-1)).toEqual({ topicId: null, label: 'fits no topic', newPapers: 2 });
  });

  it('finds the off-topic papers the most novel: further from every library paper than any on-topic one', () => {
    const novelty = (title: string) => report.newPapers.find((paper) => paper.title === title)!.novelty;
    const lowestOffTopic = Math.min(...key.offTopic.map(novelty));
    const highestOnTopic = Math.max(...key.onTopic.map(({ title }) => novelty(title)));
    expect(lowestOffTopic).toBeGreaterThan(highestOnTopic);
    expect(report.newPapers.slice(0, 2).map((paper) => paper.title).sort()).toEqual([...key.offTopic].sort());
  });

  it('counts the digest: 13 papers, 6 re-posts (3 identical, 3 revised), 7 new; and a dry run writes nothing', () => {
    expect(report.counts).toEqual({ entries: 13, papers: 13, reposts: 6, identical: 3, revised: 3, rewritten: 0, new: 7, fitsNoTopic: 2 });
    expect(report.library.written).toBe(false);
    expect(runCli(['--index-dir', sampleIndexDir(), 'search', '--mode', 'lexical', 'SinkKV']).stdout).not.toMatch(/SinkKV/);
  });

  it('prints the summary first, then the new papers, then the re-posts', () => {
    const result = runCli(['--index-dir', sampleIndexDir(), 'triage', '--dry-run', DIGEST]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['triage of triage-digest.txt (3 Mar): 13 papers in 13 entries', '  6 re-posts: 3 identical, 3 revised, 0 rewritten']);
    expect(lines.slice(2, 9).join('\n')).toMatch(/^ {2}7 new:\n( {4}1 {2}in topic \d+ · .+\n){5} {4}2 {2}fit no topic$/);
    expect(lines[9]).toBe('  dry run: the library was not changed');
    expect(result.stdout.indexOf('new papers, most novel first')).toBeLessThan(result.stdout.indexOf('re-posts of library papers'));
    expect(result.stdout).toMatch(/ {2}revised {4}SELF-GUIDE: Better Task-Specific Instruction Following via Self-Synthetic Fine-tuning\n {13}of "SELF-GUIDE: [^"]+Finetuning", first seen 10 Sep in 002_8edc51546f275d07\.txt/);
  });

  it('adds the digest to the library unless --dry-run, and a second triage of it reads the same', () => {
    const indexDir = path.join(scratchDir('triage-add'), 'index');
    fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
    const added = triage(indexDir);
    // 7 new papers and 3 revised versions are new texts; the 3 identical re-posts are papers it holds.
    expect(added.library).toMatchObject({ written: true, papers: 147 });
    expect(runCli(['--index-dir', indexDir, 'search', '--mode', 'lexical', 'SinkKV']).stdout).toMatch(/SinkKV/);
    const again = triage(indexDir, '--dry-run');
    expect(again.counts).toEqual(added.counts);
    expect(again.reposts).toEqual(added.reposts);
    // Triaged for real once more, the digest is in the library already: nothing is written.
    const twice = triage(indexDir);
    expect(twice.library).toMatchObject({ written: false, papers: 147, generation: added.library.generation });
    fs.rmSync(path.dirname(indexDir), { recursive: true, force: true });
  });
});
