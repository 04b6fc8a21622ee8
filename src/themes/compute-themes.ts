// Themes of a corpus: papers put in a canonical order (by id) so input order never matters, k
// chosen (or given), k-means, members ranked by closeness to their centroid, then names.
import type { Embedder } from '../embedding/embedder.js';
import { chooseK } from './choose-k.js';
import { clusterVectors } from './cluster-vectors.js';
import { labelThemes } from './label-themes.js';
import { THEMES } from '../config.js';
import type { Theme, ThemeMember, ThemesResult } from './theme-types.js';
import { dotProduct, normalizeVector } from './vector-math.js';

export interface ThemePaper {
  id: string;
  title: string;
  abstract: string;
}

export interface ComputeThemesOptions {
  /** Number of themes; chosen automatically (silhouette) when absent. 1 ≤ k ≤ papers. */
  k?: number;
  /** Embeds candidate phrases for the names; the model that embedded the papers. */
  embedder: Pick<Embedder, 'embed'>;
  /** Default THEMES.seed. */
  seed?: number;
}

/** `vectors[i]` is the unit embedding of `papers[i]`; ordinals in the result refer to this order. */
export async function computeThemes(papers: ThemePaper[], vectors: Float32Array[], options: ComputeThemesOptions): Promise<ThemesResult> {
  if (papers.length === 0 || papers.length !== vectors.length) throw new RangeError(`themes need one vector per paper (${papers.length} papers, ${vectors.length} vectors)`);
  if (options.k !== undefined && (!Number.isInteger(options.k) || options.k < 1 || options.k > papers.length)) {
    throw new RangeError(`k must be a whole number from 1 to ${papers.length}, got ${options.k}`);
  }
  const seed = options.seed ?? THEMES.seed;
  const order = papers.map((_, ordinal) => ordinal).sort((a, b) => compareCanonical(papers[a]!, papers[b]!));
  const ordered = order.map((ordinal) => normalizeVector(vectors[ordinal]!));

  const choice = options.k === undefined ? chooseK(ordered, seed) : { k: options.k, tried: [] };
  const clustering = clusterVectors(ordered, choice.k, { seed });
  const centroids = clustering.centroids.map(normalizeVector);

  const groups: ThemeMember[][] = centroids.map(() => []);
  ordered.forEach((vector, position) => {
    const ordinal = order[position]!;
    const cluster = clustering.assignments[position]!;
    groups[cluster]!.push({ ordinal, id: papers[ordinal]!.id, title: papers[ordinal]!.title, similarity: dotProduct(vector, centroids[cluster]!) });
  });
  for (const members of groups) members.sort((a, b) => b.similarity - a.similarity || compareIds(a.id, b.id));
  // Largest theme first; the smallest paper id breaks ties, so theme ids are stable too.
  const ranking = groups.map((_, cluster) => cluster).sort((a, b) => groups[b]!.length - groups[a]!.length || compareIds(smallestId(groups[a]!), smallestId(groups[b]!)));

  const themeOf = new Array<number>(papers.length);
  ranking.forEach((cluster, rank) => groups[cluster]!.forEach((member) => (themeOf[member.ordinal] = rank)));
  // Names come from each theme's most central papers: on a large corpus the phrase counts of every
  // abstract would cost minutes and gigabytes while naming the themes no better.
  const named = new Set(groups.flatMap((members) => members.slice(0, THEMES.labelPapersPerTheme).map((member) => member.ordinal)));
  const labelOrder = order.filter((ordinal) => named.has(ordinal));
  const names = await labelThemes(
    labelOrder.map((ordinal) => papers[ordinal]!),
    labelOrder.map((ordinal) => themeOf[ordinal]!),
    ranking.map((cluster) => centroids[cluster]!),
    options.embedder,
  );
  const clusters: Theme[] = ranking.map((cluster, rank) => ({
    id: rank + 1,
    label: names[rank]!.label,
    keywords: names[rank]!.keywords,
    size: groups[cluster]!.length,
    papers: groups[cluster]!,
  }));
  return {
    k: choice.k,
    choice: options.k === undefined ? 'auto' : 'fixed',
    clusters,
    assignments: themeOf.map((rank) => rank + 1),
    tried: choice.tried,
  };
}

function compareCanonical(a: ThemePaper, b: ThemePaper): number {
  return compareIds(a.id, b.id) || compareIds(a.title, b.title) || compareIds(a.abstract, b.abstract);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function smallestId(members: ThemeMember[]): string {
  return members.reduce((smallest, member) => (member.id < smallest ? member.id : smallest), members[0]!.id);
}
