// `papers tag` and `papers recommend` on the sample digests with the real model: five papers of one
// hand-labelled topic tagged by title, the topic's other papers must rank ahead of every other
// topic's papers in mean rank. The expected topic comes from test/fixtures/theme-labels.json.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

const TOPIC = 'interpretability';
/** The topic's first five papers by title. */
const TAGGED_TITLES = [
  'Characterizing Mechanisms for Factual Recall in Language Models',
  'Circuit Component Reuse Across Tasks in Transformer Language Models',
  'Distributional Semantics Tracing: A Framework for Explaining Hallucinations in Large Language Models',
  'Does Circuit Analysis Interpretability Scale? Evidence from Multiple Choice Capabilities in Chinchilla',
  'Effective Skill Unlearning through Intervention and Abstention',
];
/** Measured 8.6 (7 papers left, 4.0 would be perfect); the bound leaves room for a model update. */
const MEAN_RANK_BOUND = 12;

const labels = z
  .object({ papers: z.array(z.object({ id: z.string(), title: z.string(), topic: z.string() })) })
  .parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'theme-labels.json'), 'utf8'))).papers;
const recommendJson = z.object({ tag: z.string(), tagged: z.number(), recommendations: z.array(z.object({ id: z.string(), title: z.string(), tagProbability: z.number() })) });

let indexDir: string;
const cli = (...args: string[]) => runCli(['--index-dir', indexDir, ...args]);

beforeAll(() => {
  // A copy: tags are written to the library, and the sample index is shared by other tests.
  indexDir = path.join(scratchDir('recommend'), 'library');
  fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
  for (const title of TAGGED_TITLES) {
    const tagged = cli('tag', title, 'Interp');
    expect(tagged.status, tagged.stderr).toBe(0);
    expect(tagged.stdout).toContain(`tagged interp: "${title}"`);
  }
});

describe('papers recommend --tag', () => {
  it('ranks the rest of a topic ahead of every other topic, in mean rank, from five tagged papers', () => {
    const result = cli('recommend', '--tag', 'interp', '--json', '-k', '100');
    expect(result.status, result.stderr).toBe(0);
    const ranked = recommendJson.parse(JSON.parse(result.stdout));
    expect(ranked.tagged).toBe(5);
    const rankOf = new Map(ranked.recommendations.map((recommendation, position) => [recommendation.id, position + 1]));
    const taggedIds = new Set(labels.filter((label) => TAGGED_TITLES.includes(label.title)).map((label) => label.id));
    expect(taggedIds.size).toBe(5);
    for (const id of taggedIds) expect(rankOf.has(id), 'a tagged paper is not recommended').toBe(false);

    const meanRank = (topic: string) => {
      const ranks = labels.filter((label) => label.topic === topic && !taggedIds.has(label.id)).map((label) => rankOf.get(label.id) ?? ranked.recommendations.length + 1);
      return ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length;
    };
    const topicMeanRank = meanRank(TOPIC);
    const otherTopics = [...new Set(labels.map((label) => label.topic))].filter((topic) => topic !== TOPIC);
    const otherMeanRanks = otherTopics.map((topic) => ({ topic, meanRank: meanRank(topic) }));
    console.log(`recommend: ${TOPIC} mean rank ${topicMeanRank.toFixed(1)}; best other topic ${Math.min(...otherMeanRanks.map((other) => other.meanRank)).toFixed(1)}`);
    for (const other of otherMeanRanks) expect(topicMeanRank, `${TOPIC} against ${other.topic}`).toBeLessThan(other.meanRank);
    expect(topicMeanRank).toBeLessThanOrEqual(MEAN_RANK_BOUND);
  });

  it('gives the same ranking twice', () => {
    const first = cli('recommend', '--tag', 'interp', '--json');
    const second = cli('recommend', '--tag', 'interp', '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('refuses a tag no paper has, in one line', () => {
    const result = cli('recommend', '--tag', 'nobody');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('papers: no paper has the tag "nobody" (the tags are interp)');
  });
});

describe('papers triage --for', () => {
  it('puts first the new paper on the topic of the tagged papers', () => {
    // test/fixtures/triage-key.json names, for each new on-topic paper, the sample paper it shares a topic with.
    const key = z
      .object({ onTopic: z.array(z.object({ title: z.string(), sharesTopicWith: z.string() })) })
      .parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'triage-key.json'), 'utf8')));
    const expected = key.onTopic.filter((paper) => TAGGED_TITLES.includes(paper.sharesTopicWith)).map((paper) => paper.title);
    expect(expected).toHaveLength(1);
    const result = cli('triage', '--dry-run', '--for', 'interp', '--json', path.join(ROOT, 'test', 'fixtures', 'triage-digest.txt'));
    expect(result.status, result.stderr).toBe(0);
    const report = z.object({ forTag: z.string(), newPapers: z.array(z.object({ title: z.string(), tagProbability: z.number() })) }).parse(JSON.parse(result.stdout));
    expect(report.forTag).toBe('interp');
    expect(report.newPapers[0]!.title).toBe(expected[0]);
  });
});

describe('papers tag, untag and tags', () => {
  it('lists tags with counts and a tag with its papers', () => {
    const counts = cli('tags');
    expect(counts.status, counts.stderr).toBe(0);
    expect(counts.stdout.trim()).toBe('5  interp');
    const listed = cli('tags', 'interp');
    expect(listed.stdout).toContain('5 papers tagged interp');
    for (const title of TAGGED_TITLES) expect(listed.stdout).toContain(title);
  });

  it('refuses a bad tag name and an unknown paper with one line', () => {
    const badTag = cli('tag', TAGGED_TITLES[0]!, 'two words');
    expect(badTag.status).toBe(2);
    expect(badTag.stderr.trim().split('\n')).toHaveLength(1);
    expect(badTag.stderr).toContain('the tag "two words" is not one word');
    const unknown = cli('tag', 'no such paper title at all', 'interp');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toMatch(/^papers: no paper has the id, arXiv id or title "no such paper title at all"/);
    const notTagged = cli('untag', 'Successor Heads', 'interp');
    expect(notTagged.status).toBe(1);
    expect(notTagged.stderr).toContain('has no tag "interp"');
  });

  it('keeps tags through papers index --rebuild, and untag takes one off', () => {
    const sources = JSON.parse(cli('info', '--json').stdout) as { sources?: { path: string }[] };
    const paths = (sources.sources ?? []).map((source) => source.path);
    expect(paths.length).toBeGreaterThan(0);
    const rebuilt = cli('index', '--rebuild', ...paths);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(cli('tags').stdout.trim()).toBe('5  interp');
    const untagged = cli('untag', TAGGED_TITLES[4]!, 'interp');
    expect(untagged.status, untagged.stderr).toBe(0);
    expect(cli('tags').stdout.trim()).toBe('4  interp');
  });
});
