import { describe, expect, it } from 'vitest';
import { seedCentres } from '../../src/themes/seed-centres.js';
import { clusteredVectors } from './synthetic-vectors.js';

describe('seedCentres', () => {
  it('picks one centre in each of several well-separated groups', () => {
    const { vectors, truth } = clusteredVectors(6, 20, { noise: 0.05 });
    const centres = seedCentres(vectors, 6, { seed: 3 });
    const groups = centres.map((centre) => truth[vectors.findIndex((vector) => vector.every((value, d) => value === centre[d]))]);
    expect(new Set(groups).size).toBe(6);
  });

  it('gives the same centres for the same seed, and copies rather than shares the vectors', () => {
    const { vectors } = clusteredVectors(4, 10);
    const first = seedCentres(vectors, 4, { seed: 9 });
    expect(seedCentres(vectors, 4, { seed: 9 })).toEqual(first);
    first[0]![0] = 42;
    expect(vectors.some((vector) => vector[0] === 42)).toBe(false);
  });

  it('still returns k distinct input points when many points coincide', () => {
    const same = Float32Array.from([1, 0, 0]);
    const vectors = [same, same, same, Float32Array.from([0, 1, 0]), same];
    const centres = seedCentres(vectors, 3, { seed: 1 });
    expect(centres).toHaveLength(3);
  });

  it('seeds from a sample when asked, still k centres', () => {
    const { vectors } = clusteredVectors(5, 40);
    expect(seedCentres(vectors, 5, { seed: 2, sampleSize: 50 })).toHaveLength(5);
  });

  it('refuses more centres than vectors', () => {
    expect(() => seedCentres([Float32Array.from([1, 0])], 2, { seed: 1 })).toThrow(RangeError);
  });
});
