// Orders some papers (a morning's new ones) by how well they fit a tag: `papers triage --for`.
import { loadDuplicateGroups, type DuplicateSource } from '../dedup/load-duplicates.js';
import { recommendByTag, type Recommendation, type RecommendSource } from './recommend-papers.js';

/**
 * The given papers, best fit for the tag first. Papers already carrying the tag are left out; a
 * paper posted twice among them is listed once.
 */
export async function rankByTag(index: RecommendSource & DuplicateSource, tag: string, paperIds: Iterable<string>): Promise<Recommendation[]> {
  const groups = await loadDuplicateGroups(index);
  return recommendByTag(index, tag, groups, { candidateIds: new Set(paperIds) }).recommendations;
}
