import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { themesToJson } from '../../src/themes/format-themes.js';
import { LibraryStore } from '../../src/store/library-store.js';
import { loadThemes } from '../../src/themes/load-themes.js';
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
    const file = JSON.parse(index.cacheGet(THEMES_CACHE_KEY)!) as { results: Record<string, { assignments: number[] }> };
    file.results['k=3']!.assignments.pop();
    index.cachePut(THEMES_CACHE_KEY, JSON.stringify(file));
    expect((await loadThemes(index, { k: 3 })).cached).toBe(false);
  });

  it('gives the same themes for the digests given in reverse order', async () => {
    const reversed = await buildFakeIndex(sampleDigestFiles().reverse());
    try {
      const forward = themesToJson((await loadThemes(index)).result);
      expect(JSON.stringify(themesToJson((await loadThemes(reversed.index)).result))).toBe(JSON.stringify(forward));
    } finally {
      await reversed.index.close();
    }
  });
});
