// `papers themes` as a user runs it on a copy of the sample index: the table, the JSON shape, the
// same bytes every run, --paper, the cache file, and one-line errors.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../src/store/library-store.js';
import { THEMES_CACHE_KEY } from '../../src/themes/themes-cache.js';
import { scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

interface ThemesJson {
  clusters: { id: number; label: string; keywords: string[]; size: number; papers: { id: string; title: string; similarity: number }[] }[];
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

  it('prints each theme with its size, label and three most central papers', () => {
    const result = themes();
    expect(result.status).toBe(0);
    const blocks = result.stdout.split('\n').filter((line) => /^ {2,4}\d+ +\d+ {2}\S/.test(line));
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(result.stdout).toMatch(/^theme {2}papers {2}label\n/);
    expect(result.stdout).toMatch(/\n\d+ themes of 137 papers; k = \d+ has the best silhouette of k = 4–16/);
    const firstTheme = result.stdout.split('\n').slice(1, 5);
    expect(firstTheme.slice(1).every((line) => /^ {15}0\.\d{3} {2}\S/.test(line))).toBe(true);
  });

  it('prints { clusters } as JSON with every paper in exactly one cluster, most central first', () => {
    const result = themes('--json');
    expect(result.status).toBe(0);
    const { clusters } = JSON.parse(result.stdout) as ThemesJson;
    const ids = clusters.flatMap((cluster) => cluster.papers.map((paper) => paper.id));
    expect(ids).toHaveLength(137);
    expect(new Set(ids).size).toBe(137);
    for (const cluster of clusters) {
      expect(Object.keys(cluster)).toEqual(['id', 'label', 'keywords', 'size', 'papers']);
      expect(cluster.size).toBe(cluster.papers.length);
      const similarities = cluster.papers.map((paper) => paper.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    }
    expect(new Set(clusters.map((cluster) => cluster.label)).size).toBe(clusters.length);
  });

  it('gives byte-identical JSON on every run, computed afresh or read from the cache', () => {
    const clearCache = () => withStore(indexDir, (store) => store.cachePut(THEMES_CACHE_KEY, 'null'));
    clearCache();
    const computed = themes('--json');
    expect(withStore(indexDir, (store) => store.cacheGet(THEMES_CACHE_KEY))).not.toBe('null');
    clearCache();
    const again = themes('--json');
    const cached = themes('--json');
    expect(again.stdout).toBe(computed.stdout);
    expect(cached.stdout).toBe(computed.stdout);
  });

  it('caches themes in the index without changing its generation, and shows the silhouettes with --verbose', () => {
    const generation = withStore(indexDir, (store) => store.readGeneration());
    const result = themes('--verbose');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^ +k {2}silhouette$/m);
    expect(result.stderr).toMatch(/^ +4 +-?0\.\d{4}/m);
    expect(result.stderr).toMatch(/← chosen/);
    expect(result.stderr).toMatch(/themes read from the cache in /);
    expect(withStore(indexDir, (store) => store.readGeneration())).toBe(generation);
  });

  it('answers to the alias `clusters` and honours --k', () => {
    const result = runCli(['--index-dir', indexDir, 'clusters', '--k', '7', '--json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as ThemesJson).clusters).toHaveLength(7);
  });

  it('tells which theme a paper is in and its nearest theme-mates', () => {
    const result = themes('--paper', 'RazorAttention');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^RazorAttention: Efficient KV Cache Compression Through Retrieval Heads\nis in theme \d+ of \d+: .+ \(\d+ papers; similarity to its centre 0\.\d{3}\)/);
    const mates = result.stdout.split('nearest theme-mates (cosine):\n')[1]!.trim().split('\n');
    expect(mates).toHaveLength(5);
    expect(mates.some((line) => /DuoAttention|Task-KV/.test(line))).toBe(true);
  });

  it('resolves --paper like `similar` does, failing on an unknown title', () => {
    const result = themes('--paper', 'No Such Paper At All');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no paper has the id or title "No Such Paper At All"/);
  });

  it.each([['0'], ['-1'], ['abc'], ['2.5']])('rejects --k %s with a one-line usage error and exit 2', (value) => {
    const result = themes(`--k=${value}`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/expected a whole number of at least 1/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects more themes than papers with exit 2', () => {
    const result = themes('--k', '138');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--k 138 asks for more themes than the 137 papers/);
  });

  it('tells the user to build the index first when there is none', () => {
    const result = runCli(['--index-dir', scratchDir('no-index'), 'themes']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no index in .*run `papers --index-dir \S+ index` first/);
  });
});
