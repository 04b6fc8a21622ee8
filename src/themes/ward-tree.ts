// Ward's agglomerative clustering of weighted points (papers, or micro-cluster centroids weighted
// by their size), by the nearest-neighbour chain on a Lance-Williams distance matrix: O(n²) time
// and memory, no randomness, so one tree gives every level (topics, areas) of the same clustering.
import { squaredDistance } from '../vector-math.js';

/** One merge of the tree. Nodes 0..n-1 are the points; merge m creates node n + m. */
export interface WardMerge {
  left: number;
  right: number;
  /** Increase of the within-cluster sum of squares the merge costs (Ward's criterion). */
  cost: number;
  /** Total weight of the merged cluster. */
  weight: number;
}

export interface WardTree {
  /** Points clustered. */
  leaves: number;
  /**
   * Merges in increasing cost: n − 1 for a tree (cutting before the last k − 1 leaves k clusters),
   * n − roots for a forest (cutting before the last k − roots leaves k clusters).
   */
  merges: WardMerge[];
}

/**
 * The Ward tree of `points` (weights default to 1). The merge cost of clusters A and B is
 * wA·wB / (wA + wB) · ‖cA − cB‖², the increase in the sum of squared distances to the centroids.
 * Ties go to the lower node index, so the tree depends only on the points and their order.
 */
export function buildWardTree(points: Float32Array[], weights?: number[]): WardTree {
  const n = points.length;
  if (n === 0) return { leaves: 0, merges: [] };
  const weight = Float64Array.from(points, (_, i) => weights?.[i] ?? 1);
  const distances = new Float64Array((n * (n - 1)) / 2);
  for (let i = 1; i < n; i += 1) {
    const row = (i * (i - 1)) / 2;
    for (let j = 0; j < i; j += 1) distances[row + j] = ((weight[i]! * weight[j]!) / (weight[i]! + weight[j]!)) * squaredDistance(points[i]!, points[j]!);
  }
  const at = (i: number, j: number) => (i > j ? (i * (i - 1)) / 2 + j : (j * (j - 1)) / 2 + i);
  // Slot i holds a live cluster whose tree node is node[i]; a merged-away slot is dead.
  const alive = new Uint8Array(n).fill(1);
  const node = Int32Array.from({ length: n }, (_, i) => i);
  const raw: WardMerge[] = [];
  const chain: number[] = [];
  let remaining = n;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(alive.indexOf(1));
    for (;;) {
      const tip = chain[chain.length - 1]!;
      const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
      // Nearest live neighbour of the tip: the previous chain element wins ties (so reciprocal
      // pairs are found), then the lowest slot.
      let nearest = previous;
      let nearestDistance = previous >= 0 ? distances[at(tip, previous)]! : Infinity;
      for (let other = 0; other < n; other += 1) {
        if (other === tip || !alive[other]) continue;
        const distance = distances[at(tip, other)]!;
        if (distance < nearestDistance) {
          nearest = other;
          nearestDistance = distance;
        }
      }
      if (nearest === previous) break;
      chain.push(nearest);
    }
    const a = chain.pop()!;
    const b = chain.pop()!;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    const cost = distances[at(keep, drop)]!;
    const wKeep = weight[keep]!;
    const wDrop = weight[drop]!;
    for (let other = 0; other < n; other += 1) {
      if (other === keep || other === drop || !alive[other]) continue;
      const wOther = weight[other]!;
      // Lance-Williams update for Ward on merge costs.
      distances[at(keep, other)] = ((wKeep + wOther) * distances[at(keep, other)]! + (wDrop + wOther) * distances[at(drop, other)]! - wOther * cost) / (wKeep + wDrop + wOther);
    }
    raw.push({ left: node[keep]!, right: node[drop]!, cost, weight: wKeep + wDrop });
    weight[keep] = wKeep + wDrop;
    alive[drop] = 0;
    node[keep] = n + raw.length - 1;
    remaining -= 1;
  }
  return { leaves: n, merges: sortMerges(raw, n) };
}

/**
 * The chain finds merges out of cost order; Ward's costs never decrease along a branch, so a
 * stable sort by cost (node ids renumbered to match) gives the same tree as greedy merging.
 */
function sortMerges(raw: WardMerge[], n: number): WardMerge[] {
  const order = raw.map((_, m) => m).sort((a, b) => raw[a]!.cost - raw[b]!.cost || a - b);
  const renamed = new Int32Array(raw.length);
  order.forEach((m, rank) => (renamed[m] = rank));
  const rename = (id: number) => (id < n ? id : n + renamed[id - n]!);
  return order.map((m) => {
    const merge = raw[m]!;
    const [left, right] = [rename(merge.left), rename(merge.right)].sort((x, y) => x - y);
    return { left: left!, right: right!, cost: merge.cost, weight: merge.weight };
  });
}

/** Trees in a forest: one for a whole tree. */
export function rootsOf(tree: WardTree): number {
  return tree.leaves - tree.merges.length;
}

/** The cluster (0..k-1, numbered by first leaf) of each leaf when the tree (or forest) is cut into k clusters. */
export function cutWardTree(tree: WardTree, k: number): number[] {
  const n = tree.leaves;
  if (!Number.isInteger(k) || k < 1 || k < rootsOf(tree) || k > n) throw new RangeError(`cannot cut ${n} points in ${rootsOf(tree)} trees into ${k} clusters`);
  const parent = Int32Array.from({ length: 2 * n - 1 }, (_, i) => i);
  const find = (id: number): number => {
    let root = id;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[id] !== root) [id, parent[id]] = [parent[id]!, root];
    return root;
  };
  tree.merges.slice(0, n - k).forEach((merge, m) => {
    parent[find(merge.left)] = n + m;
    parent[find(merge.right)] = n + m;
  });
  const numbers = new Map<number, number>();
  return Array.from({ length: n }, (_, leaf) => {
    const root = find(leaf);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}

/**
 * Ward trees of each group's points, side by side: a forest whose merges never join two groups
 * (`group[i]` is point i's group). Cutting it into k ≥ groups clusters keeps every cluster inside
 * one group. Merges of all groups are in increasing cost; node ids follow that order as in a tree.
 */
export function buildWardForest(points: Float32Array[], weights: number[], group: number[]): WardTree {
  const n = points.length;
  const members = new Map<number, number[]>();
  group.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
  // Each group's merges with its nodes as global leaf ids, or as "group:local merge" for internal nodes.
  const merges: { left: string | number; right: string | number; cost: number; weight: number; key: string }[] = [];
  for (const [g, indexes] of [...members.entries()].sort(([a], [b]) => a - b)) {
    const tree = buildWardTree(indexes.map((i) => points[i]!), indexes.map((i) => weights[i]!));
    const global = (node: number) => (node < indexes.length ? indexes[node]! : `${g}:${node - indexes.length}`);
    tree.merges.forEach((merge, m) => merges.push({ left: global(merge.left), right: global(merge.right), cost: merge.cost, weight: merge.weight, key: `${g}:${m}` }));
  }
  // A stable sort keeps each group's own order (its costs already increase).
  merges.sort((a, b) => a.cost - b.cost);
  const nodeOf = new Map(merges.map((merge, rank) => [merge.key, n + rank]));
  const resolve = (node: string | number) => (typeof node === 'number' ? node : nodeOf.get(node)!);
  return {
    leaves: n,
    merges: merges.map((merge) => {
      const [left, right] = [resolve(merge.left), resolve(merge.right)].sort((x, y) => x - y);
      return { left: left!, right: right!, cost: merge.cost, weight: merge.weight };
    }),
  };
}
