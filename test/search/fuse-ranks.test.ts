// Reciprocal rank fusion against sums worked out by hand: each list gives weight / (rrfK + rank).
import { describe, expect, it } from 'vitest';
import { fuseRanks } from '../../src/search/fuse-ranks.js';

describe('fuseRanks', () => {
  it('adds the votes of every list, weight / (rrfK + rank), and ranks by the sum', () => {
    // rrfK 0: ordinal 20 gets 1/2 + 1/1 = 1.5, ordinal 10 gets 1/1 = 1, ordinal 30 gets 1/2 = 0.5.
    const fused = fuseRanks([{ ordinals: [10, 20], weight: 1 }, { ordinals: [20, 30], weight: 1 }], 0);
    expect(fused).toEqual([
      { ordinal: 20, fusedScore: 1.5 },
      { ordinal: 10, fusedScore: 1 },
      { ordinal: 30, fusedScore: 0.5 },
    ]);
  });

  it('uses 1-based ranks offset by rrfK (60, the usual choice)', () => {
    // 1: 1/61 + 1/62 = 0.0325225; 3: 1/63 + 1/61 = 0.0322665; 2: 1/62 = 0.0161290.
    const fused = fuseRanks([{ ordinals: [1, 2, 3], weight: 1 }, { ordinals: [3, 1], weight: 1 }], 60);
    expect(fused.map((hit) => hit.ordinal)).toEqual([1, 3, 2]);
    expect(fused[0]!.fusedScore).toBeCloseTo(0.0325225, 7);
    expect(fused[1]!.fusedScore).toBeCloseTo(0.0322665, 7);
    expect(fused[2]!.fusedScore).toBeCloseTo(0.016129, 6);
  });

  it('ranks a paper second in both lists above one first in only one', () => {
    // 2: 1/62 + 1/62 = 0.0322581; 1 and 3: 1/61 = 0.0163934 each.
    const fused = fuseRanks([{ ordinals: [1, 2], weight: 1 }, { ordinals: [3, 2], weight: 1 }], 60);
    expect(fused.map((hit) => hit.ordinal)).toEqual([2, 1, 3]);
    expect(fused[0]!.fusedScore).toBeCloseTo(0.0322581, 7);
  });

  it('scales the votes of a list by its weight', () => {
    // rrfK 0, both at rank 1: weight 2 against weight 1, then 0.5 against 1.
    expect(fuseRanks([{ ordinals: [5], weight: 2 }, { ordinals: [6], weight: 1 }], 0)).toEqual([
      { ordinal: 5, fusedScore: 2 },
      { ordinal: 6, fusedScore: 1 },
    ]);
    expect(fuseRanks([{ ordinals: [5], weight: 0.5 }, { ordinals: [6], weight: 1 }], 0).map((hit) => hit.ordinal)).toEqual([6, 5]);
  });

  it('breaks a tie by the lower ordinal, whatever the order of the lists', () => {
    expect(fuseRanks([{ ordinals: [7], weight: 1 }, { ordinals: [4], weight: 1 }], 60).map((hit) => hit.ordinal)).toEqual([4, 7]);
    expect(fuseRanks([{ ordinals: [4], weight: 1 }, { ordinals: [7], weight: 1 }], 60).map((hit) => hit.ordinal)).toEqual([4, 7]);
  });

  it('returns nothing for no lists or empty lists', () => {
    expect(fuseRanks([], 60)).toEqual([]);
    expect(fuseRanks([{ ordinals: [], weight: 1 }], 60)).toEqual([]);
  });
});
