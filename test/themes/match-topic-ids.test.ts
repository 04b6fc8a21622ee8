import { describe, expect, it } from 'vitest';
import { matchTopicIds } from '../../src/themes/match-topic-ids.js';

const topicsOf = (groups: Record<string, number>) => new Map(Object.entries(groups));

describe('matchTopicIds', () => {
  it('hands an old id to the new topic holding most of its papers, and none to a topic split in halves', () => {
    // Old topic 7: a b c d; old 9: e f g h; old 12: i j.
    const old = topicsOf({ a: 7, b: 7, c: 7, d: 7, e: 9, f: 9, g: 9, h: 9, i: 12, j: 12 });
    // New 0: a b c (+ new paper x); new 1: e f; new 2: g h i; new 3: d j.
    const fresh = topicsOf({ a: 0, b: 0, c: 0, x: 0, e: 1, f: 1, g: 2, h: 2, i: 2, d: 3, j: 3 });
    expect(matchTopicIds(old, fresh, 4).oldIdOf).toEqual([7, null, null, null]);
  });

  it('gives a merged topic the id of the old topic that makes up most of it, the other id retiring', () => {
    const old = topicsOf({ a: 1, b: 1, c: 1, d: 2, e: 2 });
    const fresh = topicsOf({ a: 0, b: 0, c: 0, d: 0, e: 0, f: 1 });
    expect(matchTopicIds(old, fresh, 2).oldIdOf).toEqual([1, null]);
  });

  it('keeps the id of a topic that grew by many new papers', () => {
    const old = topicsOf({ a: 3, b: 3, c: 5 });
    const fresh = topicsOf({ a: 0, b: 0, p: 0, q: 0, r: 0, s: 0, c: 1 });
    expect(matchTopicIds(old, fresh, 2).oldIdOf).toEqual([3, 5]);
  });

  it('ignores papers removed since (only surviving papers count toward "most")', () => {
    // y and z were removed: the two papers left are all of old topic 4 that survives.
    const old = topicsOf({ a: 4, b: 4, y: 4, z: 4 });
    const fresh = topicsOf({ a: 0, b: 0, c: 1 });
    expect(matchTopicIds(old, fresh, 2).oldIdOf).toEqual([4, null]);
  });
});
