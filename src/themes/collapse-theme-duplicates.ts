// One paper is one member: the papers `dupes` judged one (an edited or rewritten re-post) count
// once in the themes, as their representative, with the others named as "also posted as".
import type { ThemesResult } from './theme-types.js';

/**
 * The themes with every paper in `representativeOf` (re-post id → representative id) taken out of
 * its topic's members, sizes and the assignments, and listed on its representative instead. A
 * topic left empty is dropped, with its area when that empties too.
 */
export function collapseThemeDuplicates(result: ThemesResult, representativeOf: ReadonlyMap<string, string>): ThemesResult {
  if (representativeOf.size === 0) return result;
  const titleOf = new Map(result.clusters.flatMap((theme) => theme.papers.map((member) => [member.id, member.title] as const)));
  const othersOf = new Map<string, { id: string; title: string }[]>();
  for (const [id, representative] of representativeOf) {
    const others = othersOf.get(representative) ?? [];
    others.push({ id, title: titleOf.get(id) ?? id });
    othersOf.set(representative, others);
  }
  const clusters = result.clusters
    .map((theme) => {
      const papers = theme.papers
        .filter((member) => !representativeOf.has(member.id))
        .map((member) => (othersOf.has(member.id) ? { ...member, alsoPostedAs: othersOf.get(member.id)! } : member));
      return { ...theme, papers, size: papers.length };
    })
    .filter((theme) => theme.size > 0);
  const sizeOf = new Map(clusters.map((theme) => [theme.id, theme.size]));
  const areas = result.areas
    .map((area) => {
      const topicIds = area.topicIds.filter((id) => sizeOf.has(id));
      return { ...area, topicIds, size: topicIds.reduce((sum, id) => sum + sizeOf.get(id)!, 0) };
    })
    .filter((area) => area.topicIds.length > 0);
  const assignments = Object.fromEntries(Object.entries(result.assignments).filter(([id]) => !representativeOf.has(id)));
  return { ...result, k: clusters.length, clusters, areas, assignments };
}
