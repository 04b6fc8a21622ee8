// Search quality on the sample digests: nDCG@10, recall@10 and MRR of dense, lexical and hybrid
// search against the graded queries in test/fixtures/search-queries.json.
import fs from 'node:fs';
import path from 'node:path';
import type { Paper } from '../../src/ingest/types.js';
import { searchPapers, SEARCH_MODES, type FusionSettings, type Searchable, type SearchMode } from '../../src/search/search-papers.js';

export interface GradedQuery {
  query: string;
  /** Paper id → grade (2 = what the query is about, 1 = related). */
  grades: Map<string, number>;
}

export interface ModeScores {
  mode: SearchMode;
  ndcg10: number;
  recall10: number;
  mrr: number;
}

export function loadSearchQueries(fixture: string, papers: Paper[]): GradedQuery[] {
  const raw = JSON.parse(fs.readFileSync(fixture, 'utf8')) as { queries: { query: string; relevant: Record<string, number> }[] };
  return raw.queries.map(({ query, relevant }) => {
    const grades = new Map<string, number>();
    for (const [prefix, grade] of Object.entries(relevant)) {
      const matches = papers.filter((paper) => paper.title.startsWith(prefix));
      if (matches.length !== 1) throw new Error(`${path.basename(fixture)}: "${prefix}" names ${matches.length} papers, expected 1`);
      grades.set(matches[0]!.id, grade);
    }
    return { query, grades };
  });
}

export async function evaluateSearch(
  index: Searchable,
  queries: GradedQuery[],
  modes: readonly SearchMode[] = SEARCH_MODES,
  fusion?: FusionSettings,
): Promise<ModeScores[]> {
  const rows: ModeScores[] = [];
  for (const mode of modes) {
    let ndcg = 0;
    let recall = 0;
    let mrr = 0;
    for (const { query, grades } of queries) {
      const ranked = (await searchPapers(index, query, { mode, topK: 10, fusion })).map((hit) => hit.paper.id);
      ndcg += ndcgAt(ranked, grades, 10);
      recall += ranked.filter((id) => grades.has(id)).length / grades.size;
      const first = ranked.findIndex((id) => (grades.get(id) ?? 0) > 0);
      mrr += first < 0 ? 0 : 1 / (first + 1);
    }
    rows.push({ mode, ndcg10: ndcg / queries.length, recall10: recall / queries.length, mrr: mrr / queries.length });
  }
  return rows;
}

export function ndcgAt(ranked: string[], grades: Map<string, number>, k: number): number {
  const gain = (grade: number, rank: number) => (2 ** grade - 1) / Math.log2(rank + 2);
  const dcg = ranked.slice(0, k).reduce((sum, id, rank) => sum + gain(grades.get(id) ?? 0, rank), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k).reduce((sum, grade, rank) => sum + gain(grade, rank), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}
