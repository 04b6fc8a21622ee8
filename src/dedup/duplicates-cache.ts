// The duplicate groups found for this exact index generation and these settings, kept in the
// index's cache table, so search and similar can show one paper once without searching for
// duplicates on every query. A stale, damaged or foreign entry is ignored and replaced.
import { z } from 'zod';
import type { ResolvedDuplicateOptions } from './duplicate-input.js';
import type { DuplicateGroup } from './duplicate-types.js';

/** Bumped whenever the code finds different groups from the same index and settings. */
export const DUPLICATES_ALGORITHM_VERSION = 1;
/** Key of the groups in the index's cache table. */
export const DUPLICATES_CACHE_KEY = 'duplicates';

/** Where the groups are kept: the index's cache table (key → JSON). */
export interface DuplicatesCache {
  cacheGet(key: string): string | null;
  cachePut(key: string, value: string): void;
}

const entrySchema = z.object({
  id: z.string(),
  paperId: z.string(),
  title: z.string(),
  digest: z.string(),
  date: z.string().nullable(),
  position: z.number(),
  arxivId: z.string().nullable().optional(),
});
const linkFields = { linkCosine: z.number(), papers: z.number(), titleSimilarity: z.number() };
const groupSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('identical'), similarity: z.number(), entries: z.array(entrySchema), evidence: z.object({ basis: z.literal('identical') }) }),
  z.object({
    kind: z.literal('revised'),
    similarity: z.number(),
    entries: z.array(entrySchema),
    evidence: z.discriminatedUnion('basis', [
      z.object({ basis: z.literal('abstract'), ...linkFields, abstractContainment: z.number(), abstractOverlap: z.number(), textSimilarity: z.number() }),
      z.object({ basis: z.literal('title'), ...linkFields, textSimilarity: z.number() }),
    ]),
  }),
  z.object({
    kind: z.literal('rewritten'),
    similarity: z.number(),
    entries: z.array(entrySchema),
    evidence: z.object({
      basis: z.literal('facts'),
      ...linkFields,
      sharedFacts: z.array(z.string()),
      factSurprise: z.number(),
      requiredSurprise: z.number(),
      abstractContainment: z.number(),
      authors: z.tuple([z.number(), z.number()]).nullable(),
      daysApart: z.number().nullable(),
    }),
  }),
]);
const cacheSchema = z.object({ algorithm: z.literal(DUPLICATES_ALGORITHM_VERSION), generation: z.string(), settings: z.string(), groups: z.array(groupSchema) });

/** The cached groups of this generation and settings, or null when there are none to trust. */
export function readCachedDuplicates(cache: DuplicatesCache, generation: string, options: ResolvedDuplicateOptions): DuplicateGroup[] | null {
  let value: unknown;
  try {
    value = JSON.parse(cache.cacheGet(DUPLICATES_CACHE_KEY) ?? 'null');
  } catch {
    return null;
  }
  const parsed = cacheSchema.safeParse(value);
  if (!parsed.success || parsed.data.generation !== generation || parsed.data.settings !== settingsKey(options)) return null;
  return parsed.data.groups;
}

export function writeCachedDuplicates(cache: DuplicatesCache, generation: string, options: ResolvedDuplicateOptions, groups: readonly DuplicateGroup[]): void {
  const file = { algorithm: DUPLICATES_ALGORITHM_VERSION, generation, settings: settingsKey(options), groups };
  cache.cachePut(DUPLICATES_CACHE_KEY, JSON.stringify(file));
}

function settingsKey(options: ResolvedDuplicateOptions): string {
  return JSON.stringify([options.threshold, options.minCosine, options.neighbours, options.rewritten]);
}
