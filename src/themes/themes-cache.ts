// The themes cache, one value in the index's cache table: themes computed for this exact set of
// papers, model and settings, so `papers themes` answers at once until the papers change. A stale,
// damaged or foreign value is ignored and replaced.
import { createHash } from 'node:crypto';
import { THEMES } from '../config.js';
import { z } from 'zod';
import type { ThemesResult } from './theme-types.js';

/** Bumped whenever the code computes different themes from the same papers and settings. */
export const THEMES_ALGORITHM_VERSION = 3;

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

/**
 * Any change to a THEMES setting that shapes the result (seed, counts, label shape…) makes older
 * results stale; display settings (rows shown, the file name) do not.
 */
const DISPLAY_SETTINGS: ReadonlySet<string> = new Set(['representatives', 'cacheFile', 'trendRecentDigests', 'trendShown', 'fit']);

function settingsHash(): string {
  const shaping = Object.fromEntries(Object.entries(THEMES).filter(([name]) => !DISPLAY_SETTINGS.has(name)));
  return createHash('sha256').update(JSON.stringify(shaping)).digest('hex').slice(0, 16);
}

const memberSchema = z.object({ id: z.string(), title: z.string(), similarity: z.number() });
const resultSchema = z.object({
  k: z.number().int().positive(),
  choice: z.enum(['auto', 'fixed']),
  clusters: z.array(
    z.object({ id: z.number().int(), areaId: z.number().int(), label: z.string(), keywords: z.array(z.string()), size: z.number().int(), papers: z.array(memberSchema) }),
  ),
  areas: z.array(z.object({ id: z.number().int(), label: z.string(), topicIds: z.array(z.number().int()), size: z.number().int() })),
  assignments: z.record(z.string(), z.number().int()),
  threshold: z.number(),
  tried: z.array(z.object({ k: z.number().int(), mergeHeight: z.number() })),
});

/** Checks what the CLI relies on: every paper in exactly one topic, every topic in one area, ids consistent. */
export function isThemesResult(value: unknown, paperCount: number, k: number | 'auto'): value is ThemesResult {
  const parsed = resultSchema.safeParse(value);
  if (!parsed.success) return false;
  const result = parsed.data;
  if ((k !== 'auto' && result.k !== k) || result.choice !== (k === 'auto' ? 'auto' : 'fixed') || result.clusters.length !== result.k) return false;
  if (Object.keys(result.assignments).length !== paperCount) return false;
  const seen = new Set<string>();
  const topicsOk = result.clusters.every(
    (theme, index) =>
      theme.id === index + 1 &&
      theme.size === theme.papers.length &&
      result.areas[theme.areaId - 1]?.topicIds.includes(theme.id) === true &&
      theme.papers.every((member) => !seen.has(member.id) && seen.add(member.id) && result.assignments[member.id] === theme.id),
  );
  const areasOk = result.areas.every((area, index) => area.id === index + 1) && result.areas.reduce((sum, area) => sum + area.topicIds.length, 0) === result.k;
  return topicsOk && areasOk && seen.size === paperCount;
}
