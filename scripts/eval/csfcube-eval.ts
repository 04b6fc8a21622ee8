// "Papers like this one" on CSFCube (expert-graded): each dev query paper's title + abstract ranked
// over its own judged pool, as `similar --file` would rank it. NDCG@20 (gain = grade) and MAP
// (grade ≥ 2 relevant, CSFCube's convention).
import type { Embedder } from '../../src/embedding/embedder.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { DEFAULT_SIMILAR_FUSION, findSimilar, type SimilarFusion } from '../../src/search/find-similar.js';
import { searchPapers, type FusionSettings, type SearchMode } from '../../src/search/search-papers.js';
import { embedCached } from './embedding-cache.js';
import { EvalIndex } from './eval-index.js';
import { loadCsfcube } from './eval-corpora.js';
import { averagePrecision, mean, ndcgAt } from './ranking-metrics.js';

export type Ranker = { name: string } & ({ kind: 'similar'; mode: SearchMode; fusion?: SimilarFusion } | { kind: 'search-rrf'; fusion?: FusionSettings });

export interface CsfcubeRow {
  ranker: string;
  ndcg20: number;
  map: number;
}

export async function evaluateCsfcube(embedder: Embedder, rankers: readonly Ranker[]): Promise<{ rows: CsfcubeRow[]; description: string }> {
  const data = loadCsfcube();
  const vectors = await embedCached(embedder, 'csfcube', data.papers.map((paper) => embeddingText(paper.title, paper.abstract)));
  const queryTexts = data.queries.map((query) => embeddingText(query.title, query.abstract));
  const queryVectors = await embedCached(embedder, 'csfcube-queries', queryTexts);
  const index = new EvalIndex(data.papers, vectors, new Map(queryTexts.map((text, i) => [text, queryVectors[i]!])));
  const rows: CsfcubeRow[] = [];
  for (const ranker of rankers) {
    const ndcgs: number[] = [];
    const aps: number[] = [];
    for (const [q, query] of data.queries.entries()) {
      const grades = new Map([...(data.qrels.get(query.id) ?? new Map<string, number>())].filter(([id]) => id !== query.paperId));
      // Ranked over its judged pool: every other paper is excluded.
      const pool = new Set([...grades.keys()].filter((id) => index.paperById(id) !== undefined));
      const excludeIds = new Set(index.papers.map((paper) => paper.id).filter((id) => !pool.has(id)));
      const topK = pool.size;
      const text = queryTexts[q]!;
      const hits =
        ranker.kind === 'similar'
          ? await findSimilar(index, { text, vector: queryVectors[q] }, { mode: ranker.mode, topK, excludeIds, fusion: { ...(ranker.fusion ?? DEFAULT_SIMILAR_FUSION), depth: topK } })
          : await searchPapers(index, text, { mode: 'hybrid', topK, excludeIds, fusion: { ...(ranker.fusion ?? { rrfK: 5, denseWeight: 1, lexicalWeight: 1 }), depth: topK } });
      const ranked = hits.map((hit) => hit.paper.id);
      ndcgs.push(ndcgAt(ranked, grades, 20));
      aps.push(averagePrecision(ranked, grades, 2));
    }
    rows.push({ ranker: ranker.name, ndcg20: mean(ndcgs), map: mean(aps) });
  }
  return { rows, description: `${data.queries.length} dev queries, each ranked over its judged pool (${data.papers.length} papers)` };
}
