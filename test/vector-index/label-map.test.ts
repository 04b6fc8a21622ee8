// Label maps: the stored one looks labels up as it goes and keeps this process's changes over the
// store's rows, so a writer sees its own additions and removals before they are committed.
import { describe, expect, it } from 'vitest';
import { StoredLabelMap, type LabelLookup } from '../../src/vector-index/label-map.js';

function storeWith(rows: [string, number][]): LabelLookup & { lookups: number } {
  const byId = new Map(rows);
  const byLabel = new Map(rows.map(([id, label]) => [label, id]));
  const lookup = {
    lookups: 0,
    labelOfPaper: (id: string) => {
      lookup.lookups += 1;
      return byId.get(id);
    },
    paperOfLabel: (label: number) => {
      lookup.lookups += 1;
      return byLabel.get(label);
    },
  };
  return lookup;
}

describe('StoredLabelMap', () => {
  it('reads nothing until asked, then only the labels asked for', () => {
    const store = storeWith([['a', 0], ['b', 1], ['c', 2]]);
    const labels = new StoredLabelMap(store);
    expect(store.lookups).toBe(0);
    expect(labels.idOf(1)).toBe('b');
    expect(labels.labelOf('c')).toBe(2);
    expect(store.lookups).toBe(2);
  });

  it('shows its own additions and removals over the stored rows', () => {
    const labels = new StoredLabelMap(storeWith([['a', 0], ['b', 1]]));
    labels.set('new', 2);
    labels.delete('a');
    expect(labels.labelOf('new')).toBe(2);
    expect(labels.idOf(2)).toBe('new');
    expect(labels.labelOf('a')).toBeUndefined();
    expect(labels.idOf(0)).toBeUndefined();
    expect(labels.labelOf('b')).toBe(1);
    labels.delete('new');
    expect(labels.idOf(2)).toBeUndefined();
  });
});
