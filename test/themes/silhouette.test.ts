import { describe, expect, it } from 'vitest';
import { meanSilhouette, similarityMatrix } from '../../src/themes/silhouette.js';
import { clusteredVectors } from './synthetic-vectors.js';

describe('meanSilhouette', () => {
  it('is near 1 for tight, far-apart groups and lower for a wrong grouping', () => {
    const { vectors, truth } = clusteredVectors(3, 10, { noise: 0.02 });
    const similarities = similarityMatrix(vectors);
    const right = meanSilhouette(similarities, truth, 3);
    const wrong = meanSilhouette(similarities, truth.map((_, i) => i % 3), 3);
    expect(right).toBeGreaterThan(0.9);
    // clusteredVectors interleaves the groups, so i % 3 is the truth: shift it to get a wrong one.
    const shifted = meanSilhouette(similarities, truth.map((_, i) => Math.floor(i / 10)), 3);
    expect(wrong).toBeCloseTo(right);
    expect(shifted).toBeLessThan(0.2);
  });

  it('counts a paper alone in its theme as 0', () => {
    const vectors = [Float32Array.from([1, 0]), Float32Array.from([0, 1]), Float32Array.from([0, 1])];
    expect(meanSilhouette(similarityMatrix(vectors), [0, 1, 1], 2)).toBeCloseTo(2 / 3);
  });
});
