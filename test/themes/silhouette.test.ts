import { describe, expect, it } from 'vitest';
import { meanSilhouette, similarityMatrix } from '../../src/themes/silhouette.js';
import { clusteredVectors } from './synthetic-vectors.js';

describe('meanSilhouette', () => {
  it('is near 1 for tight, far-apart groups and lower for a wrong grouping', () => {
    const { vectors, truth } = clusteredVectors(3, 10, { noise: 0.02 });
    const similarities = similarityMatrix(vectors);
    const right = meanSilhouette(similarities, truth, 3);
    // clusteredVectors interleaves the groups (paper i is in group i % 3), so consecutive runs of
    // ten mix all three groups in every cluster.
    const wrong = truth.map((_, i) => Math.floor(i / 10));
    expect(wrong).not.toEqual(truth);
    expect(right).toBeGreaterThan(0.9);
    expect(meanSilhouette(similarities, wrong, 3)).toBeLessThan(0.2);
  });

  it('counts a paper alone in its theme as 0', () => {
    const vectors = [Float32Array.from([1, 0]), Float32Array.from([0, 1]), Float32Array.from([0, 1])];
    expect(meanSilhouette(similarityMatrix(vectors), [0, 1, 1], 2)).toBeCloseTo(2 / 3);
  });
});
