import { describe, expect, it } from 'vitest';
import { reduceToMicroClusters } from '../../src/themes/reduce-to-micro-clusters.js';
import { clusteredVectors } from './synthetic-vectors.js';

describe('reduceToMicroClusters', () => {
  const { vectors, truth } = clusteredVectors(5, 200, { noise: 0.05 });

  it('keeps every paper its own leaf when there are few enough', () => {
    const micro = reduceToMicroClusters(vectors.slice(0, 50), { count: 100, coarseGroups: 4 });
    expect(micro.assignments).toEqual([...Array(50).keys()]);
    expect(micro.sizes).toEqual(Array(50).fill(1));
  });

  it('reduces 1,000 papers to about the number asked, each micro-cluster inside one planted topic', () => {
    const micro = reduceToMicroClusters(vectors, { count: 100, coarseGroups: 8 });
    expect(micro.centroids.length).toBeGreaterThan(80);
    expect(micro.centroids.length).toBeLessThanOrEqual(110);
    expect(micro.sizes.reduce((sum, size) => sum + size, 0)).toBe(1000);
    expect(micro.sizes.every((size) => size > 0)).toBe(true);
    const topicsOf = micro.centroids.map(() => new Set<number>());
    micro.assignments.forEach((leaf, i) => topicsOf[leaf]!.add(truth[i]!));
    expect(topicsOf.every((topics) => topics.size === 1)).toBe(true);
  });

  it('gives the same micro-clusters on every run', () => {
    const first = reduceToMicroClusters(vectors, { count: 100, coarseGroups: 8 });
    expect(reduceToMicroClusters(vectors, { count: 100, coarseGroups: 8 }).assignments).toEqual(first.assignments);
  });
});
