// Real model: on the graded queries of `npm run eval`, hybrid search must beat both single modes.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateSearch, loadSearchQueries } from '../../scripts/eval/search-eval.js';
import { ROOT } from '../helpers/paths.js';
import { openSampleIndex } from '../helpers/sample-index.js';

describe('search quality (real model)', () => {
  const index = openSampleIndex();
  afterAll(() => index.close());

  it('ranks better in hybrid mode than dense or lexical alone', async () => {
    const queries = loadSearchQueries(path.join(ROOT, 'test', 'fixtures', 'search-queries.json'), index.papers);
    expect(queries.length).toBeGreaterThanOrEqual(20);
    const [dense, lexical, hybrid] = await evaluateSearch(index, queries, ['dense', 'lexical', 'hybrid']);
    expect(hybrid!.ndcg10).toBeGreaterThan(Math.max(dense!.ndcg10, lexical!.ndcg10));
    expect(hybrid!.recall10).toBeGreaterThan(Math.max(dense!.recall10, lexical!.recall10));
  });
});
