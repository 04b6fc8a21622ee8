import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themesToJson } from '../../src/cli/format-themes.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { LibraryStore } from '../../src/store/library-store.js';
import { loadThemes, type ThemesSource } from '../../src/themes/load-themes.js';
import { MemoryTopicStore } from '../../src/themes/memory-topic-store.js';
import { THEMES_CACHE_KEY } from '../../src/themes/themes-cache.js';
import type { FakeEmbedder } from '../helpers/fake-embedder.js';
import { buildFakeIndex, sampleDigestFiles } from './fake-index.js';

function generationOf(indexDir: string): number | null {
  const store = LibraryStore.open(indexDir);
  try {
    return store.readGeneration();
  } finally {
    store.close();
  }
}

describe('loadThemes', () => {
  let index: OpenIndex;
  let embedder: FakeEmbedder;
  beforeAll(async () => ({ index, embedder } = await buildFakeIndex(sampleDigestFiles())));
  afterAll(() => index.close());

  it('computes themes once, then answers from the cache table of the index', async () => {
    const generationBefore = generationOf(index.indexDir);
    const first = await loadThemes(index, { k: 6 });
    expect(first.cached).toBe(false);
    expect(index.cacheGet(THEMES_CACHE_KEY)).not.toBeNull();
    const callsAfterFirst = embedder.calls;
    const second = await loadThemes(index, { k: 6 });
    expect(second).toEqual({ result: first.result, cached: true });
    expect(embedder.calls).toBe(callsAfterFirst);
    expect(generationOf(index.indexDir)).toBe(generationBefore);
  });

  it('keeps the automatic and a fixed k side by side', async () => {
    const auto = await loadThemes(index);
    await loadThemes(index, { k: 5 });
    expect(await loadThemes(index)).toEqual({ result: auto.result, cached: true });
    expect((await loadThemes(index, { k: 5 })).cached).toBe(true);
  });

  it('recomputes silently when the cached themes are damaged or was made for other papers', async () => {
    const reference = (await loadThemes(index, { k: 4 })).result;
    index.cachePut(THEMES_CACHE_KEY, '{ not json');
    expect(await loadThemes(index, { k: 4 })).toEqual({ result: reference, cached: false });
    const file = JSON.parse(index.cacheGet(THEMES_CACHE_KEY)!) as { papersSha256: string };
    index.cachePut(THEMES_CACHE_KEY, JSON.stringify({ ...file, papersSha256: 'f'.repeat(64) }));
    expect(await loadThemes(index, { k: 4 })).toEqual({ result: reference, cached: false });
    expect((await loadThemes(index, { k: 4 })).cached).toBe(true);
  });

  it('ignores a cached result that does not put every paper in one theme', async () => {
    await loadThemes(index, { k: 3 });
    const file = JSON.parse(index.cacheGet(THEMES_CACHE_KEY)!) as { results: Record<string, { assignments: Record<string, number> }> };
    const assignments = file.results['k=3']!.assignments;
    delete assignments[Object.keys(assignments)[0]!];
    index.cachePut(THEMES_CACHE_KEY, JSON.stringify(file));
    expect((await loadThemes(index, { k: 3 })).cached).toBe(false);
  });

  it('gives the same themes when the papers reach it in reverse order', async () => {
    // The index always lists papers by id, so the reversed order is handed to the stage itself,
    // with an empty cache of its own so the result is computed, not read back.
    const vectors = index.vectors();
    const topicStore = new MemoryTopicStore();
    const reversed: ThemesSource = {
      meta: index.meta,
      papers: [...index.papers].reverse(),
      vectors: () => [...vectors].reverse(),
      vectorOf: (id) => index.vectorOf(id),
      topicStore: () => topicStore,
      embedTexts: (texts) => index.embedTexts(texts),
      cacheGet: () => null,
      cachePut: () => undefined,
    };
    expect(reversed.papers[0]!.id).not.toBe(index.papers[0]!.id);
    const forward = themesToJson((await loadThemes(index)).result);
    const backward = await loadThemes(reversed);
    expect(backward.cached).toBe(false);
    expect(JSON.stringify(themesToJson(backward.result))).toBe(JSON.stringify(forward));
  });
});
