import { describe, expect, it } from 'vitest';
import { computeFitThresholds, leaveOneOutCosines } from '../../src/themes/fit-threshold.js';

const unit = (...values: number[]) => {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (value) => value / norm);
};

describe('leaveOneOutCosines', () => {
  it("scores each member against the other members' centroid, not one it is part of", () => {
    // Three unit vectors along x, y and x: for the first, the others' sum is (1, 1): cosine 1/√2.
    const cosines = leaveOneOutCosines([unit(1, 0), unit(0, 1), unit(1, 0)]);
    expect(cosines[0]).toBeCloseTo(Math.SQRT1_2, 5);
    expect(cosines[1]).toBeCloseTo(0, 5);
    expect(cosines[2]).toBeCloseTo(Math.SQRT1_2, 5);
  });
});

describe('computeFitThresholds', () => {
  it('sets a loose topic a lower threshold than a tight one', () => {
    const tight = [unit(1, 0.05, 0), unit(1, -0.05, 0), unit(1, 0, 0.05), unit(1, 0, -0.05), unit(1, 0.03, 0.03), unit(1, -0.03, -0.03)];
    const loose = [unit(0, 1, 0.6), unit(0, 1, -0.6), unit(0.6, 1, 0), unit(-0.6, 1, 0), unit(0.4, 1, 0.4), unit(-0.4, 1, -0.4)];
    const [tightThreshold, looseThreshold] = computeFitThresholds([tight, loose], { z: 2, priorPapers: 0 });
    expect(tightThreshold).toBeGreaterThan(looseThreshold!);
    // Every member of the tight topic clears its own threshold with z = 2.
    expect(Math.min(...leaveOneOutCosines(tight))).toBeGreaterThan(tightThreshold!);
  });

  it('gives a one-paper topic the threshold pooled over the others', () => {
    const topic = [unit(1, 0.1), unit(1, -0.1), unit(1, 0.2)];
    const [, single] = computeFitThresholds([topic, [unit(0, 1)]], { z: 2, priorPapers: 5 });
    const pooled = leaveOneOutCosines(topic);
    const mean = pooled.reduce((sum, value) => sum + value, 0) / pooled.length;
    const sd = Math.sqrt(pooled.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (pooled.length - 1));
    expect(single).toBeCloseTo(mean - 2 * sd, 6);
  });
});
