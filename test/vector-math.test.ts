import { describe, expect, it } from 'vitest';
import { dotProductUnrolled } from '../src/vector-math.js';

describe('dotProductUnrolled', () => {
  it('sums every coordinate, also the ones past the last multiple of four', () => {
    const a = Float32Array.from([1, 2, 3, 4, 5, 6, 7]);
    const b = Float32Array.from([7, 6, 5, 4, 3, 2, 1]);
    expect(dotProductUnrolled(a, b)).toBe(84);
  });

  it('gives the cosine of two unit vectors of 384 dimensions', () => {
    const a = Float32Array.from({ length: 384 }, (_, i) => (i < 192 ? 1 : 0)).map((value) => value / Math.sqrt(192));
    const b = Float32Array.from({ length: 384 }, (_, i) => (i >= 96 && i < 288 ? 1 : 0)).map((value) => value / Math.sqrt(192));
    expect(dotProductUnrolled(a, b)).toBeCloseTo(0.5, 6);
  });
});
