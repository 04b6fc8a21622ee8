// Lexical search: SQLite FTS5 over titles and abstracts (porter stemming), ranked by bm25() with
// the title weighted above the abstract. A query becomes its non-stop words OR'd together, so a
// paper need not hold every word of a question to be found.
import { SEARCH } from '../config.js';
import { termOf, wordsOf } from './terms.js';

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

/**
 * The FTS5 query of a text: each word that is not a stop word, quoted (so no word is read as an
 * operator), OR'd. Hyphenated words go in by part, as FTS5's tokenizer splits them. Null when no
 * word is left.
 */
export function matchQueryOf(text: string): string | null {
  const words = new Set<string>();
  for (const word of wordsOf(text)) {
    for (const part of word.split(/[-']/)) {
      if (termOf(part) !== null) words.add(part.toLowerCase());
    }
  }
  return words.size === 0 ? null : [...words].map((word) => `"${word.replace(/"/g, '""')}"`).join(' OR ');
}
