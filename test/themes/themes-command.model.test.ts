// `papers themes` as a user runs it on a copy of the sample index: the table, the JSON shape, the
// same bytes every run, --paper, the cache file, and one-line errors.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../src/store/library-store.js';
import { scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

interface ThemesJson {
  areas: { id: number; label: string; topicIds: number[]; size: number }[];
  clusters: { id: number; areaId: number; label: string; keywords: string[]; size: number; papers: { id: string; title: string; similarity: number }[] }[];
}

/** Runs `use` on the library in `indexDir` (a store of its own, closed after). */
function withStore<T>(indexDir: string, use: (store: LibraryStore) => T): T {
  const store = LibraryStore.open(indexDir);
  try {
    return use(store);
  } finally {
    store.close();
  }
}

describe('papers themes', () => {
  let indexDir: string;
  const themes = (...args: string[]) => runCli(['--index-dir', indexDir, 'themes', ...args]);
  beforeAll(() => {
    // A copy, so the themes this command caches never land in the shared sample index.
    indexDir = path.join(scratchDir('themes-cli'), 'index');
    fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
  });

  it('prints each area with its topics, each topic with its size, label and three most central papers', () => {
    const result = themes();
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const areas = lines.filter((line) => /^area \d+ {2}\d+ papers {2}\S/.test(line));
    const topics = lines.filter((line) => /^ {2}topic +\d+ +\d+ {2}\S/.test(line));
    expect(areas.length).toBeGreaterThanOrEqual(3);
    expect(topics.length).toBeGreaterThan(areas.length);
    expect(result.stdout).toMatch(/\n(\d+) topics in \d areas of 137 papers; \1 topics by the upper-tail rule on the Ward tree/);
    const firstTopic = lines.findIndex((line) => line.startsWith('  topic'));
    expect(lines.slice(firstTopic + 1, firstTopic + 4).every((line) => /^ {18}0\.\d{3} {2}\S/.test(line))).toBe(true);
  });

  it('shows areas and topic names only with --level areas', () => {
    const result = themes('--level', 'areas');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^area \d+ {2}\d+ papers/);
    expect(result.stdout).not.toMatch(/^ +0\.\d{3} {2}/m);
  });

  it('prints { areas, clusters } as JSON with every paper in exactly one topic and every topic in one area', () => {
    const result = themes('--json');
    expect(result.status).toBe(0);
    const { areas, clusters } = JSON.parse(result.stdout) as ThemesJson;
    expect(areas.flatMap((area) => area.topicIds).sort((a, b) => a - b)).toEqual(clusters.map((cluster) => cluster.id));
    for (const area of areas) expect(Object.keys(area)).toEqual(['id', 'label', 'topicIds', 'size']);
    const ids = clusters.flatMap((cluster) => cluster.papers.map((paper) => paper.id));
    expect(ids).toHaveLength(137);
    expect(new Set(ids).size).toBe(137);
    for (const cluster of clusters) {
      expect(Object.keys(cluster)).toEqual(['id', 'areaId', 'label', 'keywords', 'size', 'papers']);
      expect(areas[cluster.areaId - 1]!.topicIds).toContain(cluster.id);
      expect(cluster.size).toBe(cluster.papers.length);
      const similarities = cluster.papers.map((paper) => paper.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    }
    expect(new Set(clusters.map((cluster) => cluster.label)).size).toBe(clusters.length);
  });

  it('gives byte-identical JSON on every run: clustered, re-clustered with --recompute, or read from the index', () => {
    const computed = themes('--json');
    expect(withStore(indexDir, (store) => store.topicStore().readTopics())).not.toBeNull();
    const recomputed = themes('--json', '--recompute');
    const read = themes('--json');
    expect(recomputed.stdout).toBe(computed.stdout);
    expect(read.stdout).toBe(computed.stdout);
  });

  it('caches themes in the index without changing its generation, and shows the merge heights with --verbose', () => {
    const generation = withStore(indexDir, (store) => store.readGeneration());
    const result = themes('--verbose');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^ +topics {2}merge height$/m);
    expect(result.stderr).toMatch(/a merge above \d\.\d{4} would join two topics/);
    expect(result.stderr).toMatch(/← chosen/);
    expect(result.stderr).toMatch(/themes read from /);
    expect(withStore(indexDir, (store) => store.readGeneration())).toBe(generation);
  });

  it('answers to the alias `clusters` and honours --k', () => {
    const result = runCli(['--index-dir', indexDir, 'clusters', '--k', '7', '--json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as ThemesJson).clusters).toHaveLength(7);
  });

  it('tells which topic and area a paper is in and its nearest topic-mates', () => {
    const result = themes('--paper', 'RazorAttention', '--mates', '3');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^RazorAttention: Efficient KV Cache Compression Through Retrieval Heads\nis in topic \d+ \(one of \d+\): .+ \(\d+ papers; similarity to its centre 0\.\d{3}\)\nin area \d+: /);
    const mates = result.stdout.split('nearest topic-mates (cosine):\n')[1]!.trim().split('\n');
    expect(mates).toHaveLength(3);
    expect(mates.some((line) => /DuoAttention|Task-KV/.test(line))).toBe(true);
  });

  it('resolves --paper like `similar` does, failing on an unknown title', () => {
    const result = themes('--paper', 'No Such Paper At All');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no paper has the id, arXiv id or title "No Such Paper At All"/);
  });

  it.each([['0'], ['-1'], ['abc'], ['2.5']])('rejects --k %s with a one-line usage error and exit 2', (value) => {
    const result = themes(`--k=${value}`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/expected a whole number of at least 1/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects more topics than papers with exit 2', () => {
    const result = themes('--k', '138');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--k 138 asks for more topics than the 137 papers/);
  });

  it('tells the user to build the index first when there is none', () => {
    const result = runCli(['--index-dir', scratchDir('no-index'), 'themes']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no index in .*run `papers --index-dir \S+ index` first/);
  });
});
