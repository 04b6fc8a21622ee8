import { describe, expect, it } from 'vitest';
import { buildWardForest, buildWardTree, cutWardTree } from '../../src/themes/ward-tree.js';

const point = (...values: number[]) => Float32Array.from(values);

describe('buildWardTree', () => {
  // Two tight pairs far apart on a line, and one point between them, nearer the left pair.
  const points = [point(0), point(1), point(10), point(11), point(4)];

  it('merges the closest pairs first, at the cost Ward defines (wA·wB / (wA + wB) · distance²)', () => {
    const tree = buildWardTree(points);
    expect(tree.merges).toHaveLength(4);
    expect(tree.merges.slice(0, 2).map((merge) => [merge.left, merge.right])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(tree.merges[0]!.cost).toBeCloseTo(0.5);
    // {0, 1} (centroid 0.5) with 4: 2·1/3 · 3.5² = 8.1667.
    expect(tree.merges[2]).toMatchObject({ left: 4, right: 5, weight: 3 });
    expect(tree.merges[2]!.cost).toBeCloseTo((2 / 3) * 3.5 ** 2);
    const costs = tree.merges.map((merge) => merge.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('counts a weighted point as that many papers', () => {
    const tree = buildWardTree([point(0), point(2), point(3)], [10, 1, 1]);
    // Alone, 2 and 3 merge first (cost 0.5); the heavy point at 0 then costs 10·2/12 · 2.5².
    expect(tree.merges[0]).toMatchObject({ left: 1, right: 2 });
    expect(tree.merges[1]!.cost).toBeCloseTo(((10 * 2) / 12) * 2.5 ** 2);
    const unweighted = buildWardTree([point(0), point(2), point(3)]);
    expect(unweighted.merges[1]!.cost).toBeCloseTo(((1 * 2) / 3) * 2.5 ** 2);
  });
});

describe('cutWardTree', () => {
  const tree = buildWardTree([point(0), point(1), point(10), point(11), point(4)]);

  it('gives nested partitions: every cluster of a finer cut lies inside one of a coarser cut', () => {
    expect(cutWardTree(tree, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(cutWardTree(tree, 3)).toEqual([0, 0, 1, 1, 2]);
    expect(cutWardTree(tree, 2)).toEqual([0, 0, 1, 1, 0]);
    expect(cutWardTree(tree, 1)).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses a number of clusters outside 1..points', () => {
    expect(() => cutWardTree(tree, 0)).toThrow(RangeError);
    expect(() => cutWardTree(tree, 6)).toThrow(RangeError);
  });
});

describe('buildWardForest', () => {
  it('never merges across groups, so a cut keeps every cluster inside one group', () => {
    // Points 1 and 2 are nearest neighbours but in different groups.
    const points = [point(0), point(4.9), point(5.1), point(10)];
    const forest = buildWardForest(points, [1, 1, 1, 1], [0, 0, 1, 1]);
    expect(forest.merges).toHaveLength(2);
    expect(cutWardTree(forest, 2)).toEqual([0, 0, 1, 1]);
    const costs = forest.merges.map((merge) => merge.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(() => cutWardTree(forest, 1)).toThrow(RangeError);
  });
});
