// A Searchable over an evaluation corpus held in memory: exact dense search, BM25, and query
// vectors looked up from the embedding cache instead of a model.
import type { Paper } from '../../src/ingest/types.js';
import { createLexicalIndex, type LexicalIndex } from '../../src/search/lexical-index.js';
import type { Searchable } from '../../src/search/search-papers.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import type { EvalPaper } from './eval-corpora.js';
import { createMemoryTextSearcher } from './memory-text-searcher.js';

export class EvalIndex implements Searchable {
  readonly papers: Paper[];
  private readonly byId: Map<string, Paper>;
  private readonly exact: ExactIndex;
  private readonly lexical: LexicalIndex;
  private readonly queryVectors: Map<string, Float32Array>;

  constructor(papers: readonly EvalPaper[], vectors: Float32Array[], queryVectors: Map<string, Float32Array> = new Map()) {
    this.papers = papers.map((paper) => ({
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      entryIds: [],
      digests: [],
      authors: null,
      organisation: null,
      published: null,
      publishedIso: paper.date ?? null,
      upvotes: null,
    }));
    this.byId = new Map(this.papers.map((paper) => [paper.id, paper]));
    this.exact = ExactIndex.fromVectors(this.papers.map((paper) => paper.id), vectors);
    this.lexical = createLexicalIndex(createMemoryTextSearcher(this.papers));
    this.queryVectors = queryVectors;
  }

  paperById(id: string): Paper | undefined {
    return this.byId.get(id);
  }

  vectorIndex(): ExactIndex {
    return this.exact;
  }

  lexicalIndex(): LexicalIndex {
    return this.lexical;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const vector = this.queryVectors.get(text);
    if (!vector) throw new Error(`no cached vector for the query "${text.slice(0, 40)}…"`);
    return vector;
  }
}
