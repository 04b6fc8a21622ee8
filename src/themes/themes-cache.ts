// The themes cache, one value in the index's cache table: themes computed for this exact set of
// papers, model and settings, so `papers themes` answers at once until the papers change. A stale,
// damaged or foreign value is ignored and replaced.
import { createHash } from 'node:crypto';
import { THEMES } from '../config.js';
import type { ThemesResult } from './theme-types.js';

/** Bumped whenever the code computes different themes from the same papers and settings. */
export const THEMES_ALGORITHM_VERSION = 1;

export interface ThemesCacheKey {
  /** The index's papersSha256: changes whenever the set of papers does. */
  papersSha256: string;
  modelFingerprint: string;
  /** The --k given, or 'auto'. */
  k: number | 'auto';
}

interface CacheFile {
  algorithm: number;
  settings: string;
  papersSha256: string;
  modelFingerprint: string;
  /** By k option ("auto", "k=7"); the automatic result and the last few fixed ones. */
  results: Record<string, ThemesResult>;
}

const KEPT_FIXED_RESULTS = 3;

/** Where cached values live (the index's cache table). */
export interface KeyValueCache {
  cacheGet(key: string): string | null;
  cachePut(key: string, value: string): void;
}

export const THEMES_CACHE_KEY = 'themes';

/** The cached themes for `key`, or null when there are none that can be trusted. */
export function readCachedThemes(cache: KeyValueCache, key: ThemesCacheKey, paperCount: number): ThemesResult | null {
  const file = readCacheFile(cache, key);
  const result = file?.results[slotOf(key.k)];
  return result !== undefined && isThemesResult(result, paperCount, key.k) ? result : null;
}

/** Stores `result` beside the other results for the same papers, dropping results for older papers. */
export function writeCachedThemes(cache: KeyValueCache, key: ThemesCacheKey, result: ThemesResult): void {
  const previous = readCacheFile(cache, key)?.results ?? {};
  const slot = slotOf(key.k);
  const fixed = Object.keys(previous).filter((name) => name !== 'auto' && name !== slot).slice(-(KEPT_FIXED_RESULTS - 1));
  const results: Record<string, ThemesResult> = {};
  if (previous.auto && slot !== 'auto') results.auto = previous.auto;
  for (const name of fixed) results[name] = previous[name]!;
  results[slot] = result;
  const file: CacheFile = { algorithm: THEMES_ALGORITHM_VERSION, settings: settingsHash(), papersSha256: key.papersSha256, modelFingerprint: key.modelFingerprint, results };
  cache.cachePut(THEMES_CACHE_KEY, JSON.stringify(file));
}

function readCacheFile(cache: KeyValueCache, key: ThemesCacheKey): CacheFile | null {
  let value: unknown;
  try {
    value = JSON.parse(cache.cacheGet(THEMES_CACHE_KEY) ?? 'null');
  } catch {
    return null;
  }
  const file = value as Partial<CacheFile> | null;
  const matches =
    typeof file === 'object' &&
    file !== null &&
    file.algorithm === THEMES_ALGORITHM_VERSION &&
    file.settings === settingsHash() &&
    file.papersSha256 === key.papersSha256 &&
    file.modelFingerprint === key.modelFingerprint &&
    typeof file.results === 'object' &&
    file.results !== null &&
    !Array.isArray(file.results);
  return matches ? (file as CacheFile) : null;
}

function slotOf(k: number | 'auto'): string {
  return k === 'auto' ? 'auto' : `k=${k}`;
}

/** Any change to THEMES (seed, range of k, label shape…) makes older results stale. */
function settingsHash(): string {
  return createHash('sha256').update(JSON.stringify(THEMES)).digest('hex').slice(0, 16);
}

/** Checks what the CLI relies on: every paper in exactly one theme, members and ids consistent. */
export function isThemesResult(value: unknown, paperCount: number, k: number | 'auto'): value is ThemesResult {
  const result = value as Partial<ThemesResult> | null;
  if (typeof result !== 'object' || result === null || !Number.isInteger(result.k) || !Array.isArray(result.clusters)) return false;
  if (k !== 'auto' && result.k !== k) return false;
  if (result.choice !== (k === 'auto' ? 'auto' : 'fixed') || !Array.isArray(result.tried) || !Array.isArray(result.assignments)) return false;
  if (result.clusters.length !== result.k || result.assignments.length !== paperCount) return false;
  const seen = new Set<number>();
  const clustersOk = result.clusters.every((theme, index) => {
    const ok =
      typeof theme === 'object' &&
      theme !== null &&
      theme.id === index + 1 &&
      typeof theme.label === 'string' &&
      Array.isArray(theme.keywords) &&
      theme.keywords.every((keyword) => typeof keyword === 'string') &&
      Array.isArray(theme.papers) &&
      theme.size === theme.papers.length;
    return (
      ok &&
      theme.papers.every((member) => {
        const fine =
          Number.isInteger(member?.ordinal) &&
          member.ordinal >= 0 &&
          member.ordinal < paperCount &&
          !seen.has(member.ordinal) &&
          result.assignments![member.ordinal] === theme.id &&
          typeof member.id === 'string' &&
          typeof member.title === 'string' &&
          typeof member.similarity === 'number';
        seen.add(member.ordinal);
        return fine;
      })
    );
  });
  return clustersOk && seen.size === paperCount;
}
