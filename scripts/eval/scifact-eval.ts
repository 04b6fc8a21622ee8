// Search on SciFact (biomedical claims over 5,183 abstracts; out of domain): nDCG@10 of dense,
// lexical and hybrid search, the claims as queries, ranked over the whole corpus.
import type { Embedder } from '../../src/embedding/embedder.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { SEARCH_MODES, searchPapers, type SearchMode } from '../../src/search/search-papers.js';
import { embedCached } from './embedding-cache.js';
import { loadScifact } from './eval-corpora.js';
import { EvalIndex } from './eval-index.js';
import { mean, ndcgAt } from './ranking-metrics.js';

export async function evaluateScifact(embedder: Embedder): Promise<{ rows: { mode: SearchMode; ndcg10: number }[]; description: string }> {
  const data = loadScifact();
  const vectors = await embedCached(embedder, 'scifact', data.papers.map((paper) => embeddingText(paper.title, paper.abstract)));
  const queryVectors = await embedCached(embedder, 'scifact-queries', data.queries.map((query) => query.text));
  const index = new EvalIndex(data.papers, vectors, new Map(data.queries.map((query, i) => [query.text, queryVectors[i]!])));
  const rows: { mode: SearchMode; ndcg10: number }[] = [];
  for (const mode of SEARCH_MODES) {
    const scores: number[] = [];
    for (const query of data.queries) {
      const hits = await searchPapers(index, query.text, { mode, topK: 10 });
      scores.push(ndcgAt(hits.map((hit) => hit.paper.id), data.qrels.get(query.id)!, 10));
    }
    rows.push({ mode, ndcg10: mean(scores) });
  }
  return { rows, description: `${data.queries.length} dev claims over ${data.papers.length} abstracts` };
}
