// Themes of an index: the library's stable topics (stored, new papers assigned to the nearest
// topic); with --k and no --recompute, a one-off clustering at that count, cached in the index.
import { PapersError } from '../errors.js';
import type { IndexMeta } from '../store/index-meta.js';
import { computeThemes, type ThemePaper } from './compute-themes.js';
import { readCachedThemes, writeCachedThemes, type KeyValueCache, type ThemesCacheKey } from './themes-cache.js';
import type { ThemesResult } from './theme-types.js';
import { loadStableTopics, themesOfStableTopics, type StableTopicsSource } from './stable-topics.js';

/** What the themes stage needs from an open index (OpenIndex has all of it). */
export interface ThemesSource extends KeyValueCache, StableTopicsSource {
  readonly meta: IndexMeta;
  readonly papers: ThemePaper[];
}

export interface LoadedThemes {
  result: ThemesResult;
  /** True when read from the store or the cache rather than clustered now. */
  cached: boolean;
}

export interface LoadThemesOptions {
  /**
   * Without recompute: a one-off clustering at this many topics (the library's topics are left
   * as they are). With recompute: the library's topics are re-clustered at this count.
   */
  k?: number;
  /** Re-cluster the library's topics, keeping the id and name of every topic that survives. */
  recompute?: boolean;
  /** Progress of a computation (not called when the themes come from the cache). */
  onProgress?: (done: number, total: number) => void;
}

export async function loadThemes(source: ThemesSource, options: LoadThemesOptions = {}): Promise<LoadedThemes> {
  if (source.meta.counts.papers === 0) {
    throw new PapersError('NO_ENTRIES', 'the library holds no papers, so it has no themes', 'add some with `papers index <files or folders>`');
  }
  if (options.k === undefined || options.recompute === true) {
    const stable = await loadStableTopics(source, { recompute: options.recompute, k: options.k, onProgress: options.onProgress });
    return { result: themesOfStableTopics(stable, source.papers), cached: stable.action !== 'clustered' };
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
