// Full-text search over an evaluation corpus held in memory: the same FTS5 table, terms and bm25()
// ranking as the index's store, in an in-memory SQLite database.
import Database from 'better-sqlite3';
import type { LexicalHit, TextSearcher } from '../../src/search/lexical-index.js';
import { lexicalTermsOf } from '../../src/search/lexical-index.js';

export function createMemoryTextSearcher(papers: readonly { id: string; title: string; abstract: string }[]): TextSearcher {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE papers_fts USING fts5(title, abstract, content='', contentless_delete=1, tokenize="unicode61 tokenchars '-'")`);
  const insert = db.prepare('INSERT INTO papers_fts (rowid, title, abstract) VALUES (?, ?, ?)');
  db.transaction(() => {
    papers.forEach((paper, ordinal) => {
      const terms = lexicalTermsOf(paper);
      insert.run(ordinal + 1, terms.title, terms.abstract);
    });
  })();
  const query = db.prepare('SELECT rowid AS doc, -bm25(papers_fts, ?, ?) AS bm25 FROM papers_fts WHERE papers_fts MATCH ? ORDER BY bm25(papers_fts, ?, ?) LIMIT ?');
  return {
    searchText(match, limit, weights): LexicalHit[] {
      const rows = query.all(weights.title, weights.abstract, match, weights.title, weights.abstract, limit) as { doc: number; bm25: number }[];
      return rows.map((row) => ({ id: papers[row.doc - 1]!.id, bm25: row.bm25 }));
    },
  };
}
