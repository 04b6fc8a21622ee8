import { describe, expect, it } from 'vitest';
import { collapseThemeDuplicates } from '../../src/themes/collapse-theme-duplicates.js';
import { twoThemes } from '../report/report-fixtures.js';

describe('collapseThemeDuplicates', () => {
  it('counts a re-post once, as its representative, in topic members, sizes and areas', () => {
    // Topic 7 holds p0, p2, p4; topic 3 holds p1, p3, p5. p3 is a re-post of p2.
    const collapsed = collapseThemeDuplicates(twoThemes(6), new Map([['p3', 'p2']]));
    const topic = (id: number) => collapsed.clusters.find((theme) => theme.id === id)!;
    expect(topic(3).papers.map((member) => member.id)).toEqual(['p1', 'p5']);
    expect(topic(3).size).toBe(2);
    expect(topic(7).size).toBe(3);
    expect(topic(7).papers.find((member) => member.id === 'p2')!.alsoPostedAs).toEqual([{ id: 'p3', title: 'Paper 3' }]);
    expect(collapsed.areas[0]!.size).toBe(5);
    expect(Object.keys(collapsed.assignments).sort()).toEqual(['p0', 'p1', 'p2', 'p4', 'p5']);
  });

  it('drops a topic whose only members were re-posts of papers elsewhere', () => {
    const themes = twoThemes(2);
    // Topic 3 holds p1 alone; p1 is a re-post of p0 (topic 7).
    const collapsed = collapseThemeDuplicates(themes, new Map([['p1', 'p0']]));
    expect(collapsed.clusters.map((theme) => theme.id)).toEqual([7]);
    expect(collapsed.k).toBe(1);
    expect(collapsed.areas).toEqual([{ id: 1, label: 'retrieval · kv cache', topicIds: [7], size: 1 }]);
  });

  it('leaves the themes as they are when there is no re-post', () => {
    const themes = twoThemes(6);
    expect(collapseThemeDuplicates(themes, new Map())).toBe(themes);
  });
});
