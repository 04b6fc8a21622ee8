// Lexical search: SQLite FTS5 over the lexical terms of titles and abstracts (terms.ts: stop words
// dropped, Porter stems), ranked by bm25() with the title weighted above the abstract. A query
// becomes its terms OR'd together, so a paper need not hold every word of a question to be found.
import { SEARCH } from '../config.js';
import { termsOf } from './terms.js';

export interface LexicalHit {
  id: string;
  /** BM25 score (higher is better): unbounded, comparable only within one query. */
  bm25: number;
}

export interface LexicalIndex {
  search(query: string, topK: number, options?: { excludeIds?: ReadonlySet<string> }): Promise<LexicalHit[]>;
}

/** What the lexical index needs from the store: FTS5's MATCH with column weights. */
export interface TextSearcher {
  searchText(match: string, limit: number, weights: { title: number; abstract: number }): LexicalHit[];
}

export function createLexicalIndex(searcher: TextSearcher, weights = { title: SEARCH.titleWeight, abstract: 1 }): LexicalIndex {
  return {
    search(query, topK, options = {}) {
      const match = matchQueryOf(query);
      if (match === null || topK <= 0) return Promise.resolve([]);
      const excluded = options.excludeIds ?? new Set<string>();
      const hits = searcher.searchText(match, topK + excluded.size, weights).filter((hit) => !excluded.has(hit.id));
      return Promise.resolve(hits.slice(0, topK));
    },
  };
}

/** What the full-text index stores for a paper: its terms, space-separated, per column. */
export function lexicalTermsOf(document: { title: string; abstract: string }): { title: string; abstract: string } {
  return { title: termsOf(document.title).join(' '), abstract: termsOf(document.abstract).join(' ') };
}

/**
 * The FTS5 query of a text: its distinct terms, each quoted (so no word is read as an operator),
 * OR'd. Null when no term is left (stop words only).
 */
export function matchQueryOf(text: string): string | null {
  const terms = new Set(termsOf(text));
  return terms.size === 0 ? null : [...terms].map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR ');
}
