import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { matchQueryOf } from '../../src/search/lexical-index.js';
import { buildJsonlIndex } from '../helpers/jsonl-index.js';

const documents = [
  { title: 'KV cache compression for long contexts', abstract: 'We compress the key-value cache of attention heads.' },
  { title: 'Multi-task learning with shared experts', abstract: 'Tasks share a mixture of experts.' },
  { title: 'Attention sinks', abstract: 'The first token collects attention; caches are not involved.' },
];

describe('lexical search (FTS5)', () => {
  let index: OpenIndex;
  const idOf = (title: string) => index.papers.find((paper) => paper.title === title)!.id;
  const titlesOf = (hits: { id: string }[]) => hits.map((hit) => index.paperById(hit.id)!.title);

  beforeAll(async () => {
    index = (await buildJsonlIndex(documents)).index;
  });
  afterAll(() => index.close());

  it('ranks the paper whose title holds the query words first, and finds stems ("compressing" → "compression")', async () => {
    const hits = await index.lexicalIndex().search('compressing caches', 3);
    expect(titlesOf(hits)).toEqual([documents[0]!.title, documents[2]!.title]);
    expect(hits[0]!.bm25).toBeGreaterThan(hits[1]!.bm25);
  });

  it('matches the parts of hyphenated words', async () => {
    expect(titlesOf(await index.lexicalIndex().search('task', 3))).toEqual([documents[1]!.title]);
  });

  it('finds nothing for stop words alone and respects exclusions and topK', async () => {
    const lexical = index.lexicalIndex();
    expect(await lexical.search('the of and', 3)).toEqual([]);
    expect(await lexical.search('attention', 1)).toHaveLength(1);
    expect(titlesOf(await lexical.search('attention', 5, { excludeIds: new Set([idOf(documents[2]!.title)]) }))).toEqual([documents[0]!.title]);
  });

  it('never reads query words as FTS5 operators or syntax', async () => {
    expect(matchQueryOf('attention AND "sinks" NEAR(x) -cache*')).toBe('"attent" OR "sink" OR "near" OR "cach"');
    expect(titlesOf(await index.lexicalIndex().search('sinks" OR "x', 3))).toEqual([documents[2]!.title]);
  });
});
