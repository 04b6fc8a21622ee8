// Orders some papers (a morning's new ones) by how well they fit a tag: `papers triage --for`.
import type { Paper } from '../ingest/types.js';
import { loadDuplicateGroups, type DuplicateSource } from '../dedup/load-duplicates.js';
import { recommendByTag, type Recommendation, type RecommendSource } from './recommend-papers.js';

/**
 * The given library papers, best fit for the tag first. Papers already carrying the tag are left
 * out; a paper posted twice among them is listed once. `unstored` papers, not in the library (a
 * digest triaged with --dry-run), are ranked with them from their vectors.
 */
export async function rankByTag(
  index: RecommendSource & DuplicateSource,
  tag: string,
  paperIds: Iterable<string>,
  unstored: readonly { paper: Paper; vector: Float32Array }[] = [],
): Promise<Recommendation[]> {
  const groups = await loadDuplicateGroups(index);
  return recommendByTag(index, tag, groups, { candidateIds: new Set(paperIds), unstored }).recommendations;
}
