// Themes of an index: read from the index's cache when they were computed for the same papers,
// model and k option, computed (and stored) otherwise.
import { PapersError } from '../errors.js';
import type { IndexMeta } from '../store/index-meta.js';
import { computeThemes, type ThemePaper } from './compute-themes.js';
import { readCachedThemes, writeCachedThemes, type KeyValueCache, type ThemesCacheKey } from './themes-cache.js';
import type { ThemesResult } from './theme-types.js';

/** What the themes stage needs from an open index (OpenIndex has all of it). */
export interface ThemesSource extends KeyValueCache {
  readonly meta: IndexMeta;
  readonly papers: ThemePaper[];
  /** Unit vectors by paper ordinal; only read when the themes must be computed. */
  vectors(): Float32Array[];
  /** Embeds key phrases with the index's model; only called when the themes must be computed. */
  embedTexts(texts: string[]): Promise<Float32Array[]>;
}

export interface LoadedThemes {
  result: ThemesResult;
  /** True when read from the cache rather than computed now. */
  cached: boolean;
}

export interface LoadThemesOptions {
  /** Number of topics; automatic when absent. */
  k?: number;
  /** Progress of a computation (not called when the themes come from the cache). */
  onProgress?: (done: number, total: number) => void;
}

export async function loadThemes(source: ThemesSource, options: LoadThemesOptions = {}): Promise<LoadedThemes> {
  if (source.meta.counts.papers === 0) {
    throw new PapersError('NO_ENTRIES', 'the library holds no papers, so it has no themes', 'add some with `papers index <files or folders>`');
  }
  const key: ThemesCacheKey = {
    papersSha256: source.meta.papersSha256,
    modelFingerprint: source.meta.model.fingerprint,
    k: options.k ?? 'auto',
  };
  const paperCount = source.meta.counts.papers;
  const cached = key.papersSha256 ? readCachedThemes(source, key, paperCount) : null;
  if (cached) return { result: cached, cached: true };
  const result = await computeThemes(source.papers, source.vectors(), { k: options.k, embedder: { embed: (texts) => source.embedTexts(texts) }, onProgress: options.onProgress });
  try {
    if (key.papersSha256) writeCachedThemes(source, key, result);
  } catch {
    // A read-only index folder only costs the next run a recomputation; the themes are still right.
  }
  return { result, cached: false };
}
