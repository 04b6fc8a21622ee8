import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/search/lexical-index.js';

const documents = [
  { title: 'KV cache compression for long contexts', abstract: 'We compress the key-value cache of attention heads.' },
  { title: 'Multi-task learning with shared experts', abstract: 'Tasks share a mixture of experts.' },
  { title: 'Attention sinks', abstract: 'The first token collects attention; caches are not involved.' },
];

describe('LexicalIndex', () => {
  it('ranks the paper whose title holds the query words first', () => {
    const hits = LexicalIndex.build(documents).search('compressing caches', 3);
    expect(hits.map((hit) => hit.ordinal)).toEqual([0, 2]);
    expect(hits[0]!.bm25).toBeGreaterThan(hits[1]!.bm25);
  });

  it('matches the parts of hyphenated words', () => {
    expect(LexicalIndex.build(documents).search('task', 3).map((hit) => hit.ordinal)).toEqual([1]);
  });

  it('finds nothing for stop words alone and respects exclusions and topK', () => {
    const index = LexicalIndex.build(documents);
    expect(index.search('the of and', 3)).toEqual([]);
    expect(index.search('attention', 1)).toHaveLength(1);
    expect(index.search('attention', 5, (ordinal) => ordinal === 2).map((hit) => hit.ordinal)).toEqual([0]);
  });

  it('answers every query the same after a round trip through its file format', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.string(), abstract: fc.string() }), { maxLength: 20 }),
        fc.string(),
        (docs, query) => {
          const index = LexicalIndex.build(docs);
          const copy = LexicalIndex.deserialize(index.serialize());
          expect(copy.search(query, 10)).toEqual(index.search(query, 10));
          expect(copy.size).toBe(docs.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a damaged file', () => {
    const bytes = LexicalIndex.build(documents).serialize();
    expect(() => LexicalIndex.deserialize(bytes.subarray(0, bytes.length - 4))).toThrow(/wrong size/);
  });
});
