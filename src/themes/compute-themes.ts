// Themes of a corpus in two levels: papers put in a canonical order (by id) so input order never
// matters, large corpora reduced to micro-clusters, areas cut from their Ward tree and refined
// paper by paper, topics cut from each area's own Ward tree (so they nest); members ranked by
// closeness, then names.
import type { Embedder } from '../embedding/embedder.js';
import { THEMES } from '../config.js';
import { chooseAreaCount, chooseTopicCount, mergeHeightAt, type TopicCountChoice } from './choose-topic-count.js';
import { labelAreas, labelThemes } from './label-themes.js';
import { reduceToMicroClusters } from './reduce-to-micro-clusters.js';
import { refinePartition } from './refine-partition.js';
import type { Theme, ThemeArea, ThemeMember, ThemesResult } from './theme-types.js';
import { dotProduct, normalizeVector } from '../vector-math.js';
import { buildWardForest, buildWardTree, cutWardTree } from './ward-tree.js';

export interface ThemePaper {
  id: string;
  title: string;
  abstract: string;
}

export interface ComputeThemesOptions {
  /** Number of topics; chosen automatically (upper-tail rule on the Ward tree) when absent. 1 ≤ k ≤ papers. */
  k?: number;
  /** Embeds candidate phrases for the names; the model that embedded the papers. */
  embedder: Pick<Embedder, 'embed'>;
  /** Called as the steps that can take over a second finish (micro-clusters, tree, names). */
  onProgress?: (done: number, total: number) => void;
}

/** `vectors[i]` is the unit embedding of `papers[i]`. */
export async function computeThemes(papers: ThemePaper[], vectors: Float32Array[], options: ComputeThemesOptions): Promise<ThemesResult> {
  if (papers.length === 0 || papers.length !== vectors.length) throw new RangeError(`themes need one vector per paper (${papers.length} papers, ${vectors.length} vectors)`);
  const leafLimit = Math.min(papers.length, THEMES.treeLeaves);
  if (options.k !== undefined && (!Number.isInteger(options.k) || options.k < 1 || options.k > leafLimit)) {
    throw new RangeError(`k must be a whole number from 1 to ${leafLimit}, got ${options.k}`);
  }
  const progress = options.onProgress ?? (() => {});
  const order = papers.map((_, ordinal) => ordinal).sort((a, b) => compareCanonical(papers[a]!, papers[b]!));
  const ordered = order.map((ordinal) => normalizeVector(vectors[ordinal]!));
  const orderedPapers = order.map((ordinal) => papers[ordinal]!);

  const micro = reduceToMicroClusters(ordered, { count: THEMES.treeLeaves, coarseGroups: THEMES.coarseGroups });
  progress(1, 3);
  // Areas first: the tree's cut at the chosen count, then Lloyd passes that move single papers
  // (a topic-sized block is too coarse to follow a field's border). Topics are then cut from
  // each area's own tree, so they nest in the areas by construction.
  const tree = buildWardTree(micro.centroids, micro.sizes);
  const areaCount = chooseAreaCount(tree, options.k ?? tree.leaves, THEMES.areas.min, THEMES.areas.max);
  const areaOfLeaf = cutWardTree(tree, areaCount);
  const passes = areaPassesFor(ordered.length, areaCount, ordered[0]!.length);
  const areaOf = refinePartition(ordered, ordered.map(() => 1), micro.assignments.map((leaf) => areaOfLeaf[leaf]!), areaCount, passes);
  const parts = splitLeavesByArea(ordered, micro.assignments, areaOf);
  const forest = buildWardForest(parts.centroids, parts.sizes, parts.areas);
  const choice: TopicCountChoice = options.k === undefined ? chooseTopicCount(forest, THEMES.topics, areaCount > 1 ? mergeHeightAt(tree, areaCount) : undefined) : { k: options.k, threshold: 0, tried: [] };
  const topicOfPart = cutWardTree(forest, choice.k);
  progress(2, 3);

  const topicOf = parts.assignments.map((part) => topicOfPart[part]!);
  // Canonical order is by id, so each cluster's first paper is its smallest id: cutWardTree's
  // numbering by first leaf becomes numbering by smallest member id once renumbered here.
  const topicIds = renumberByFirstSeen(topicOf);
  const areaIds = renumberByFirstSeen(areaOf);
  const members: ThemeMember[][] = Array.from({ length: choice.k }, () => []);
  const centroids = centroidsOf(ordered, topicIds, choice.k);
  ordered.forEach((vector, position) => {
    const topic = topicIds[position]!;
    members[topic]!.push({ id: orderedPapers[position]!.id, title: orderedPapers[position]!.title, similarity: dotProduct(vector, centroids[topic]!) });
  });
  for (const group of members) group.sort((a, b) => b.similarity - a.similarity || compareText(a.id, b.id));
  const areaOfTopic = new Array<number>(choice.k);
  topicIds.forEach((topic, position) => (areaOfTopic[topic] = areaIds[position]!));

  // Names come from each topic's most central papers: on a large corpus the phrase counts of every
  // abstract would cost minutes and gigabytes while naming the topics no better.
  const byId = new Map(orderedPapers.map((paper) => [paper.id, paper]));
  const named = members.flatMap((group, topic) => group.slice(0, THEMES.labelPapersPerTheme).map((member) => ({ paper: byId.get(member.id)!, topic })));
  named.sort((a, b) => compareText(a.paper.id, b.paper.id));
  // Labelled largest first: when two topics would get the same label, the larger keeps it.
  const bySize = members.map((_, topic) => topic).sort((a, b) => members[b]!.length - members[a]!.length || a - b);
  const rankOf = new Array<number>(choice.k);
  bySize.forEach((topic, rank) => (rankOf[topic] = rank));
  const rankedNames = await labelThemes(
    named.map((entry) => entry.paper),
    named.map((entry) => rankOf[entry.topic]!),
    bySize.map((topic) => centroids[topic]!),
    options.embedder,
    bySize.map((topic) => members[topic]![0]!.title),
  );
  const names = rankOf.map((rank) => rankedNames[rank]!);
  progress(3, 3);

  const clusters: Theme[] = members.map((group, topic) => ({
    id: topic + 1,
    areaId: areaOfTopic[topic]! + 1,
    label: names[topic]!.label,
    keywords: names[topic]!.keywords,
    size: group.length,
    papers: group,
  }));
  const areas: ThemeArea[] = Array.from({ length: Math.max(...areaIds) + 1 }, (_, area) => {
    const topics = clusters.filter((theme) => theme.areaId === area + 1).sort((a, b) => b.size - a.size || a.id - b.id);
    return { id: area + 1, label: '', topicIds: topics.map((theme) => theme.id), size: topics.reduce((sum, theme) => sum + theme.size, 0) };
  });
  labelAreas(areas, clusters).forEach((label, area) => (areas[area]!.label = label));
  const assignments: Record<string, number> = {};
  orderedPapers.forEach((paper, position) => (assignments[paper.id] = topicIds[position]! + 1));
  return { k: choice.k, choice: options.k === undefined ? 'auto' : 'fixed', clusters, areas, assignments, threshold: choice.threshold, tried: choice.tried };
}

/** Lloyd passes over all papers that THEMES.areaRefinementWork affords (1 to THEMES.areaRefinementIterations). */
function areaPassesFor(papers: number, areas: number, dimensions: number): number {
  const affordable = Math.floor(THEMES.areaRefinementWork / Math.max(1, papers * areas * dimensions));
  return Math.max(1, Math.min(THEMES.areaRefinementIterations, affordable));
}

/**
 * The tree's leaves split where the area refinement moved some of their papers: one part per
 * (leaf, area) that holds papers, numbered in order of first paper, with its mean and size.
 */
function splitLeavesByArea(vectors: Float32Array[], leafOf: number[], areaOf: number[]): { centroids: Float32Array[]; sizes: number[]; areas: number[]; assignments: number[] } {
  const partOf = new Map<string, number>();
  const sums: Float64Array[] = [];
  const sizes: number[] = [];
  const areas: number[] = [];
  const assignments = vectors.map((vector, i) => {
    const key = `${leafOf[i]!}:${areaOf[i]!}`;
    let part = partOf.get(key);
    if (part === undefined) {
      part = sums.length;
      partOf.set(key, part);
      sums.push(new Float64Array(vector.length));
      sizes.push(0);
      areas.push(areaOf[i]!);
    }
    const sum = sums[part]!;
    for (let d = 0; d < vector.length; d += 1) sum[d]! += vector[d]!;
    sizes[part]! += 1;
    return part;
  });
  return { centroids: sums.map((sum, part) => Float32Array.from(sum, (value) => value / sizes[part]!)), sizes, areas, assignments };
}

/** Cluster numbers renumbered 0.. in order of first appearance. */
function renumberByFirstSeen(clusters: number[]): number[] {
  const numbers = new Map<number, number>();
  return clusters.map((cluster) => {
    if (!numbers.has(cluster)) numbers.set(cluster, numbers.size);
    return numbers.get(cluster)!;
  });
}

/** Unit mean vector of each cluster. */
function centroidsOf(vectors: Float32Array[], clusters: number[], count: number): Float32Array[] {
  const sums = Array.from({ length: count }, () => new Float64Array(vectors[0]!.length));
  vectors.forEach((vector, i) => {
    const sum = sums[clusters[i]!]!;
    for (let d = 0; d < vector.length; d += 1) sum[d]! += vector[d]!;
  });
  return sums.map((sum) => normalizeVector(Float32Array.from(sum)));
}

function compareCanonical(a: ThemePaper, b: ThemePaper): number {
  return compareText(a.id, b.id) || compareText(a.title, b.title) || compareText(a.abstract, b.abstract);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
