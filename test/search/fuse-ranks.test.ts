// Reciprocal rank fusion against sums worked out by hand: each list gives weight / (rrfK + rank).
import { describe, expect, it } from 'vitest';
import { fuseRanks } from '../../src/search/fuse-ranks.js';

describe('fuseRanks', () => {
  it('adds the votes of every list, weight / (rrfK + rank), and ranks by the sum', () => {
    // rrfK 0: paper 20 gets 1/2 + 1/1 = 1.5, paper 10 gets 1/1 = 1, paper 30 gets 1/2 = 0.5.
    const fused = fuseRanks([{ ids: ['10', '20'], weight: 1 }, { ids: ['20', '30'], weight: 1 }], 0);
    expect(fused).toEqual([
      { id: '20', fusedScore: 1.5 },
      { id: '10', fusedScore: 1 },
      { id: '30', fusedScore: 0.5 },
    ]);
  });

  it('uses 1-based ranks offset by rrfK (60, the usual choice)', () => {
    // 1: 1/61 + 1/62 = 0.0325225; 3: 1/63 + 1/61 = 0.0322665; 2: 1/62 = 0.0161290.
    const fused = fuseRanks([{ ids: ['1', '2', '3'], weight: 1 }, { ids: ['3', '1'], weight: 1 }], 60);
    expect(fused.map((hit) => hit.id)).toEqual(['1', '3', '2']);
    expect(fused[0]!.fusedScore).toBeCloseTo(0.0325225, 7);
    expect(fused[1]!.fusedScore).toBeCloseTo(0.0322665, 7);
    expect(fused[2]!.fusedScore).toBeCloseTo(0.016129, 6);
  });

  it('ranks a paper second in both lists above one first in only one', () => {
    // 2: 1/62 + 1/62 = 0.0322581; 1 and 3: 1/61 = 0.0163934 each.
    const fused = fuseRanks([{ ids: ['1', '2'], weight: 1 }, { ids: ['3', '2'], weight: 1 }], 60);
    expect(fused.map((hit) => hit.id)).toEqual(['2', '1', '3']);
    expect(fused[0]!.fusedScore).toBeCloseTo(0.0322581, 7);
  });

  it('scales the votes of a list by its weight', () => {
    // rrfK 0, both at rank 1: weight 2 against weight 1, then 0.5 against 1.
    expect(fuseRanks([{ ids: ['5'], weight: 2 }, { ids: ['6'], weight: 1 }], 0)).toEqual([
      { id: '5', fusedScore: 2 },
      { id: '6', fusedScore: 1 },
    ]);
    expect(fuseRanks([{ ids: ['5'], weight: 0.5 }, { ids: ['6'], weight: 1 }], 0).map((hit) => hit.id)).toEqual(['6', '5']);
  });

  it('breaks a tie by the lower id, whatever the order of the lists', () => {
    expect(fuseRanks([{ ids: ['7'], weight: 1 }, { ids: ['4'], weight: 1 }], 60).map((hit) => hit.id)).toEqual(['4', '7']);
    expect(fuseRanks([{ ids: ['4'], weight: 1 }, { ids: ['7'], weight: 1 }], 60).map((hit) => hit.id)).toEqual(['4', '7']);
  });

  it('returns nothing for no lists or empty lists', () => {
    expect(fuseRanks([], 60)).toEqual([]);
    expect(fuseRanks([{ ids: [], weight: 1 }], 60)).toEqual([]);
  });
});
