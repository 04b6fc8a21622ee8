// Lloyd iterations on weighted points from a given partition (a cut of the Ward tree): each point
// moves to the nearest cluster mean until nothing moves. No seed: the starting partition decides,
// so a Ward cut refined this way is as repeatable as the tree itself.
import { dotProductUnrolled } from '../vector-math.js';

/**
 * The refined cluster (0..k-1) of each point. A cluster that would lose its last point keeps it,
 * so no cluster empties. At most `maxIterations` passes (20 is plenty from a Ward cut).
 */
export function refinePartition(points: Float32Array[], weights: number[], start: number[], k: number, maxIterations: number): number[] {
  const assignments = start.slice();
  const dimensions = points[0]!.length;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const sums = Array.from({ length: k }, () => new Float64Array(dimensions));
    const totals = new Float64Array(k);
    const counts = new Int32Array(k);
    points.forEach((point, i) => {
      const cluster = assignments[i]!;
      const weight = weights[i]!;
      const sum = sums[cluster]!;
      for (let d = 0; d < dimensions; d += 1) sum[d]! += weight * point[d]!;
      totals[cluster]! += weight;
      counts[cluster]! += 1;
    });
    const means = sums.map((sum, cluster) => Float32Array.from(sum, (value) => value / Math.max(totals[cluster]!, Number.EPSILON)));
    // ‖p − m‖² = ‖p‖² + ‖m‖² − 2 p·m: ‖p‖² is the same for every mean, so compare ‖m‖² − 2 p·m.
    const norms = means.map((mean) => dotProductUnrolled(mean, mean));
    let moved = 0;
    points.forEach((point, i) => {
      const own = assignments[i]!;
      if (counts[own]! <= 1) return;
      let best = own;
      let bestDistance = norms[own]! - 2 * dotProductUnrolled(point, means[own]!);
      for (let cluster = 0; cluster < k; cluster += 1) {
        const distance = norms[cluster]! - 2 * dotProductUnrolled(point, means[cluster]!);
        if (distance < bestDistance) [best, bestDistance] = [cluster, distance];
      }
      if (best !== own) {
        assignments[i] = best;
        counts[own]! -= 1;
        counts[best]! += 1;
        moved += 1;
      }
    });
    if (moved === 0) break;
  }
  return assignments;
}
