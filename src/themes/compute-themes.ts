// Themes of a corpus in two levels from one Ward tree: papers put in a canonical order (by id) so
// input order never matters, large corpora reduced to micro-clusters, the tree cut into topics
// (count chosen or given) and, higher up, into areas; members ranked by closeness, then names.
import type { Embedder } from '../embedding/embedder.js';
import { THEMES } from '../config.js';
import { chooseAreaCount, chooseTopicCount, type TopicCountChoice } from './choose-topic-count.js';
import { labelAreas, labelThemes } from './label-themes.js';
import { reduceToMicroClusters } from './reduce-to-micro-clusters.js';
import type { Theme, ThemeArea, ThemeMember, ThemesResult } from './theme-types.js';
import { dotProduct, normalizeVector } from './vector-math.js';
import { buildWardTree, cutWardTree } from './ward-tree.js';

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
  /** Default THEMES.seed (only the micro-clusters of a large corpus use it). */
  seed?: number;
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

  const micro = reduceToMicroClusters(ordered, { count: THEMES.treeLeaves, coarseGroups: THEMES.coarseGroups, seed: options.seed ?? THEMES.seed, workBudget: THEMES.workBudget });
  progress(1, 3);
  const tree = buildWardTree(micro.centroids, micro.sizes);
  const choice: TopicCountChoice = options.k === undefined ? chooseTopicCount(tree, THEMES.topics) : { k: options.k, threshold: 0, tried: [] };
  const areaCount = chooseAreaCount(tree, choice.k, THEMES.areas.min, THEMES.areas.max);
  const topicOfLeaf = cutWardTree(tree, choice.k);
  const areaOfLeaf = cutWardTree(tree, areaCount);
  progress(2, 3);

  const topicOf = micro.assignments.map((leaf) => topicOfLeaf[leaf]!);
  const areaOf = micro.assignments.map((leaf) => areaOfLeaf[leaf]!);
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
  const names = await labelThemes(
    named.map((entry) => entry.paper),
    named.map((entry) => entry.topic),
    centroids,
    options.embedder,
  );
  progress(3, 3);

  const clusters: Theme[] = members.map((group, topic) => ({
    id: topic + 1,
    areaId: areaOfTopic[topic]! + 1,
    label: names[topic]!.label,
    keywords: names[topic]!.keywords,
    size: group.length,
    papers: group,
  }));
  const areas: ThemeArea[] = Array.from({ length: areaCount }, (_, area) => {
    const topics = clusters.filter((theme) => theme.areaId === area + 1).sort((a, b) => b.size - a.size || a.id - b.id);
    return { id: area + 1, label: '', topicIds: topics.map((theme) => theme.id), size: topics.reduce((sum, theme) => sum + theme.size, 0) };
  });
  labelAreas(areas, clusters).forEach((label, area) => (areas[area]!.label = label));
  const assignments: Record<string, number> = {};
  orderedPapers.forEach((paper, position) => (assignments[paper.id] = topicIds[position]! + 1));
  return { k: choice.k, choice: options.k === undefined ? 'auto' : 'fixed', clusters, areas, assignments, threshold: choice.threshold, tried: choice.tried };
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
