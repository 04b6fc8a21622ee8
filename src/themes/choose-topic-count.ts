// How many topics and areas to cut the Ward tree into. Topics: Mojena's upper-tail rule (1977)
// with Milligan & Cooper's c = 1.25 — stop merging at the first merge whose height stands out from
// all merge heights (above mean + c · sd). Areas: the largest relative jump in height among 3–6.
import type { TopicCountTried } from './theme-types.js';
import { rootsOf, type WardTree } from './ward-tree.js';

export interface TopicCountChoice {
  k: number;
  /** Merge height above which a merge would join two topics. */
  threshold: number;
  tried: TopicCountTried[];
}

export interface TopicCountRange {
  /** Upper-tail constant c: 1.25 as recommended by Milligan & Cooper (1985); 1–2 is sensible, higher means fewer topics. */
  upperTail: number;
  minTopics: number;
  maxTopics: number;
  /** Merge heights shown either side of the choice. */
  shown: number;
}

/** The merge height (√ of its Ward cost) that turns k clusters into k − 1 (k above the forest's roots). */
export function mergeHeightAt(tree: WardTree, k: number): number {
  return Math.sqrt(tree.merges[tree.leaves - k]!.cost);
}

/**
 * On a forest (areas' trees side by side), at least one topic per tree; `rootMergeHeight` is the
 * height of the merge that would join two of its trees (shown for k = the number of trees).
 */
export function chooseTopicCount(tree: WardTree, range: TopicCountRange, rootMergeHeight?: number): TopicCountChoice {
  const heights = tree.merges.map((merge) => Math.sqrt(merge.cost));
  const roots = rootsOf(tree);
  const high = Math.max(roots, Math.min(range.maxTopics, tree.leaves));
  const low = Math.max(roots, Math.min(range.minTopics, high));
  if (heights.length < 2) return { k: tree.leaves, threshold: 0, tried: [] };
  const mean = heights.reduce((sum, height) => sum + height, 0) / heights.length;
  const deviation = Math.sqrt(heights.reduce((sum, height) => sum + (height - mean) ** 2, 0) / (heights.length - 1));
  const threshold = mean + range.upperTail * deviation;
  // Heights never decrease, so the merges above the threshold are the last ones: as many topics more than the roots.
  const above = heights.filter((height) => height > threshold).length;
  const k = Math.max(low, Math.min(high, above + roots));
  const tried: TopicCountTried[] = [];
  for (let count = Math.max(2, roots, k - range.shown); count <= Math.min(tree.leaves, k + range.shown); count += 1) {
    if (count > roots) tried.push({ k: count, mergeHeight: mergeHeightAt(tree, count) });
    else if (rootMergeHeight !== undefined) tried.push({ k: count, mergeHeight: rootMergeHeight });
  }
  return { k, threshold, tried };
}

/**
 * Areas: among `low`–`high` (at most the number of topics), the count whose next merge is the
 * largest jump over the merge before it (height(a) / height(a + 1)); the fewer areas on a tie.
 */
export function chooseAreaCount(tree: WardTree, topics: number, low: number, high: number): number {
  const top = Math.min(high, topics - 1);
  if (top < Math.max(2, low)) return Math.min(topics, Math.max(1, top));
  let best = low;
  let bestJump = -Infinity;
  for (let areas = low; areas <= top; areas += 1) {
    const jump = mergeHeightAt(tree, areas) / Math.max(mergeHeightAt(tree, areas + 1), Number.EPSILON);
    if (jump > bestJump) [best, bestJump] = [areas, jump];
  }
  return best;
}
