// Lexical BM25 search over titles and abstracts with MiniSearch. Documents are identified by the
// paper's ordinal in the index.
import MiniSearch from 'minisearch';
import { SEARCH } from '../config.js';
import type { Paper } from '../ingest/types.js';
import { termOf, wordsOf } from './terms.js';

export interface LexicalHit {
  ordinal: number;
  /** BM25 score: unbounded, comparable only within one query. */
  bm25: number;
}

interface LexicalDocument {
  id: number;
  title: string;
  abstract: string;
}

const OPTIONS = {
  fields: ['title', 'abstract'],
  storeFields: [],
  tokenize: (text: string) => wordsOf(text).flatMap((word) => [word, ...(word.includes('-') ? word.split('-') : [])]),
  processTerm: (term: string) => termOf(term),
};

export class LexicalIndex {
  private readonly miniSearch: MiniSearch<LexicalDocument>;

  private constructor(miniSearch: MiniSearch<LexicalDocument>) {
    this.miniSearch = miniSearch;
  }

  static build(papers: Paper[]): LexicalIndex {
    const miniSearch = new MiniSearch<LexicalDocument>(OPTIONS);
    miniSearch.addAll(papers.map((paper, ordinal) => ({ id: ordinal, title: paper.title, abstract: paper.abstract })));
    return new LexicalIndex(miniSearch);
  }

  static fromJson(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<LexicalDocument>(json, OPTIONS));
  }

  toJson(): string {
    return JSON.stringify(this.miniSearch);
  }

  search(query: string, topK: number, exclude?: (ordinal: number) => boolean): LexicalHit[] {
    const results = this.miniSearch.search(query, {
      boost: { title: SEARCH.titleBoost },
      combineWith: 'OR',
      filter: exclude ? (result) => !exclude(result.id as number) : undefined,
    });
    return results.slice(0, topK).map((result) => ({ ordinal: result.id as number, bm25: result.score }));
  }
}
