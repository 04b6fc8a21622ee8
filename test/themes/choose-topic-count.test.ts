import { describe, expect, it } from 'vitest';
import { chooseAreaCount, chooseTopicCount } from '../../src/themes/choose-topic-count.js';
import type { WardTree } from '../../src/themes/ward-tree.js';

/** A tree of `heights.length + 1` leaves whose merge heights (√cost) are `heights`, in order. */
function treeWithHeights(heights: number[]): WardTree {
  return { leaves: heights.length + 1, merges: heights.map((height, m) => ({ left: m, right: m + 1, cost: height * height, weight: m + 2 })) };
}

describe('chooseTopicCount', () => {
  const range = { upperTail: 1.25, minTopics: 2, maxTopics: 60, shown: 2 };

  it('stops before the first merge above mean + 1.25 sd of all merge heights', () => {
    // 16 small merges, then 3 that stand out: 4 clusters remain before the first of them.
    const heights = [...Array.from({ length: 16 }, (_, i) => 1 + i * 0.01), 5, 6, 7];
    const choice = chooseTopicCount(treeWithHeights(heights), range);
    expect(choice.k).toBe(4);
    const mean = heights.reduce((sum, height) => sum + height, 0) / heights.length;
    const sd = Math.sqrt(heights.reduce((sum, height) => sum + (height - mean) ** 2, 0) / (heights.length - 1));
    expect(choice.threshold).toBeCloseTo(mean + 1.25 * sd);
    expect(choice.tried.map((tried) => tried.k)).toEqual([2, 3, 4, 5, 6]);
    expect(choice.tried.find((tried) => tried.k === 4)!.mergeHeight).toBeCloseTo(5);
  });

  it('asks for more topics with a smaller constant', () => {
    const heights = Array.from({ length: 40 }, (_, i) => 1 + i * i * 0.01);
    expect(chooseTopicCount(treeWithHeights(heights), { ...range, upperTail: 0.5 }).k).toBeGreaterThan(chooseTopicCount(treeWithHeights(heights), { ...range, upperTail: 2 }).k);
  });

  it('keeps the count within its range', () => {
    const heights = [...Array.from({ length: 16 }, () => 1), 5, 6, 7];
    expect(chooseTopicCount(treeWithHeights(heights), { ...range, maxTopics: 3 }).k).toBe(3);
  });
});

describe('chooseAreaCount', () => {
  it('takes the count whose next merge is the largest relative jump', () => {
    // Heights by clusters left after the merge: going 5 → 4 costs 2, 4 → 3 costs 6 (×3), 3 → 2 costs 7.
    const heights = [...Array.from({ length: 10 }, () => 1), 1.5, 2, 6, 7, 8];
    expect(chooseAreaCount(treeWithHeights(heights), 10, 3, 6)).toBe(4);
  });

  it('never gives more areas than topics', () => {
    const heights = Array.from({ length: 15 }, (_, i) => 1 + i);
    expect(chooseAreaCount(treeWithHeights(heights), 4, 3, 6)).toBe(3);
    expect(chooseAreaCount(treeWithHeights(heights), 2, 3, 6)).toBe(1);
  });
});
