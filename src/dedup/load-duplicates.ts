// The duplicate groups of an opened index for search and similar: from the index's cache when it
// matches the index, else found now and cached, unless the index is too large to search on the fly
// (then none, until `papers dupes` has written the cache).
import { DEDUP } from '../config.js';
import type { Entry, Paper } from '../ingest/types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import { resolveDuplicateOptions, type DuplicateOptions } from './duplicate-input.js';
import type { DuplicateGroup } from './duplicate-types.js';
import { readCachedDuplicates, writeCachedDuplicates, type DuplicatesCache } from './duplicates-cache.js';
import { findDuplicates } from './find-duplicates.js';

export interface DuplicateSource extends DuplicatesCache {
  meta: { generation: number; counts: { papers: number } };
  readonly papers: Paper[];
  readonly entries: Entry[];
  vectors(): Float32Array[];
  vectorIndex(): VectorIndex;
}

export interface LoadDuplicatesOptions extends DuplicateOptions {
  /** Find the groups now when they are not cached (default: only up to DEDUP.findOnQueryPapers papers). */
  find?: boolean;
}

export async function loadDuplicateGroups(index: DuplicateSource, options: LoadDuplicatesOptions = {}): Promise<DuplicateGroup[]> {
  const resolved = resolveDuplicateOptions(options);
  const generation = String(index.meta.generation);
  const cached = readCachedDuplicates(index, generation, resolved);
  if (cached) return cached;
  const find = options.find ?? index.meta.counts.papers <= DEDUP.findOnQueryPapers;
  if (!find) return [];
  const groups = await findDuplicates({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() }, resolved);
  try {
    writeCachedDuplicates(index, generation, resolved, groups);
  } catch {
    // A read-only index folder still answers; the groups are found again next time.
  }
  return groups;
}
