import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { themesToJson } from '../../src/cli/format-themes.js';
import { MANIFEST_FILE } from '../../src/store/index-store.js';
import { loadThemes, type ThemesSource } from '../../src/themes/load-themes.js';
import { themesCachePath } from '../../src/themes/themes-cache.js';
import type { FakeEmbedder } from '../helpers/fake-embedder.js';
import { buildFakeIndex, sampleDigestFiles } from './fake-index.js';

describe('loadThemes', () => {
  let index: OpenIndex;
  let embedder: FakeEmbedder;
  beforeAll(async () => ({ index, embedder } = await buildFakeIndex(sampleDigestFiles())));
  afterAll(() => index.close());

  it('computes themes once, then answers from themes.json in the index folder', async () => {
    const manifestBefore = fs.readFileSync(path.join(index.indexDir, MANIFEST_FILE));
    const first = await loadThemes(index, { k: 6 });
    expect(first.cached).toBe(false);
    expect(fs.existsSync(themesCachePath(index.indexDir))).toBe(true);
    const callsAfterFirst = embedder.calls;
    const second = await loadThemes(index, { k: 6 });
    expect(second).toEqual({ result: first.result, cached: true });
    expect(embedder.calls).toBe(callsAfterFirst);
    expect(fs.readFileSync(path.join(index.indexDir, MANIFEST_FILE))).toEqual(manifestBefore);
  });

  it('keeps the automatic and a fixed k side by side', async () => {
    const auto = await loadThemes(index);
    await loadThemes(index, { k: 5 });
    expect(await loadThemes(index)).toEqual({ result: auto.result, cached: true });
    expect((await loadThemes(index, { k: 5 })).cached).toBe(true);
  });

  it('recomputes silently when themes.json is damaged or was made for other papers', async () => {
    const reference = (await loadThemes(index, { k: 4 })).result;
    fs.writeFileSync(themesCachePath(index.indexDir), '{ not json');
    expect(await loadThemes(index, { k: 4 })).toEqual({ result: reference, cached: false });
    const file = JSON.parse(fs.readFileSync(themesCachePath(index.indexDir), 'utf8')) as { papersSha256: string };
    fs.writeFileSync(themesCachePath(index.indexDir), JSON.stringify({ ...file, papersSha256: 'f'.repeat(64) }));
    expect(await loadThemes(index, { k: 4 })).toEqual({ result: reference, cached: false });
    expect((await loadThemes(index, { k: 4 })).cached).toBe(true);
  });

  it('ignores a cached result that does not put every paper in one theme', async () => {
    await loadThemes(index, { k: 3 });
    const file = JSON.parse(fs.readFileSync(themesCachePath(index.indexDir), 'utf8')) as { results: Record<string, { assignments: Record<string, number> }> };
    const assignments = file.results['k=3']!.assignments;
    delete assignments[Object.keys(assignments)[0]!];
    fs.writeFileSync(themesCachePath(index.indexDir), JSON.stringify(file));
    expect((await loadThemes(index, { k: 3 })).cached).toBe(false);
  });

  it('gives the same themes when the papers reach it in reverse order', async () => {
    // The index always lists papers by id, so the reversed order is handed to the stage itself,
    // with a cache folder of its own so the result is computed, not read back.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-themes-order-'));
    try {
      const vectors = index.vectors();
      const reversed: ThemesSource = {
        indexDir: scratch,
        manifest: index.manifest,
        papers: [...index.papers].reverse(),
        vectors: () => [...vectors].reverse(),
        embedTexts: (texts) => index.embedTexts(texts),
      };
      expect(reversed.papers[0]!.id).not.toBe(index.papers[0]!.id);
      const forward = themesToJson((await loadThemes(index)).result);
      const backward = await loadThemes(reversed);
      expect(backward.cached).toBe(false);
      expect(JSON.stringify(themesToJson(backward.result))).toBe(JSON.stringify(forward));
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
