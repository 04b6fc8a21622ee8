import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterVectors } from '../../src/themes/cluster-vectors.js';
import { THEMES } from '../../src/config.js';
import { clusteredVectors, samePartition } from './synthetic-vectors.js';

describe('clusterVectors', () => {
  it('recovers well-separated groups exactly', () => {
    const { vectors, truth } = clusteredVectors(5, 12, { noise: 0.08 });
    const clustering = clusterVectors(vectors, 5);
    expect(samePartition(clustering.assignments, truth)).toBe(true);
    expect(clustering.converged).toBe(true);
  });

  it('recovers planted groups in a corpus large enough to start from a sample', () => {
    const { vectors, truth } = clusteredVectors(5, 3_500, { dimensions: 8, noise: 0.1 });
    expect(vectors.length).toBeGreaterThan(2 * THEMES.warmStartSampleSize);
    expect(samePartition(clusterVectors(vectors, 5).assignments, truth)).toBe(true);
  });

  it('gives identical results on every run with the same seed', () => {
    const { vectors } = clusteredVectors(4, 15, { noise: 0.6 });
    expect(clusterVectors(vectors, 6, { seed: 11 })).toEqual(clusterVectors(vectors, 6, { seed: 11 }));
  });

  it('keeps the lowest-inertia restart: more restarts never fit worse', () => {
    const { vectors } = clusteredVectors(6, 10, { noise: 0.7, seed: 5 });
    const one = clusterVectors(vectors, 6, { restarts: 1 });
    const many = clusterVectors(vectors, 6, { restarts: 8 });
    expect(many.inertia).toBeLessThanOrEqual(one.inertia);
  });

  it('never leaves a cluster empty, even with duplicate points', () => {
    const a = Float32Array.from([1, 0]);
    const b = Float32Array.from([0, 1]);
    const clustering = clusterVectors([a, a, a, a, b], 3);
    expect(new Set(clustering.assignments).size).toBe(3);
  });

  it('puts every vector in exactly one of k non-empty clusters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        (rows, wanted) => {
          const vectors = rows.map((row) => Float32Array.from(row));
          const k = Math.min(wanted, vectors.length);
          const { assignments, centroids } = clusterVectors(vectors, k, { restarts: 2 });
          expect(assignments).toHaveLength(vectors.length);
          expect(centroids).toHaveLength(k);
          for (const cluster of assignments) expect(cluster >= 0 && cluster < k).toBe(true);
          expect(new Set(assignments).size).toBe(k);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a k it cannot honour', () => {
    expect(() => clusterVectors([Float32Array.from([1])], 2)).toThrow(RangeError);
    expect(() => clusterVectors([Float32Array.from([1])], 0)).toThrow(RangeError);
  });
});
