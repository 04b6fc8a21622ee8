// Lexical search in PostgreSQL with SQLite FTS5's BM25: the tsvector each paper's terms are stored
// as, and the query that scores papers from its positions and weights.

/** tsvector limits: the highest position, and positions kept per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_TERM = 256;

/**
 * BM25 as FTS5 computes it (k1 1.2, b 0.75, idf floored at 1e-6, each column's term frequency
 * times its weight, document length over both columns). Parameters: $1 the query's tokens, $2 the
 * same as a tsquery (any of them, through the GIN index), $3 and $4 the title and abstract
 * weights, $5 topK. Every matching paper's tsvector is unnested: the cost grows with the papers
 * that hold any query word.
 */
export const BM25_QUERY = `WITH corpus AS (
           SELECT count(*)::float8 AS documents, avg(title_length + abstract_length)::float8 AS average_length FROM papers.papers WHERE embedding IS NOT NULL
         ), matches AS (
           SELECT p.id, p.title_length + p.abstract_length AS length, u.lexeme,
                  (SELECT count(*) FILTER (WHERE w = 'A') FROM unnest(u.weights) w)::float8 AS title_frequency,
                  (SELECT count(*) FILTER (WHERE w = 'D') FROM unnest(u.weights) w)::float8 AS abstract_frequency
           FROM papers.papers p, unnest(p.terms) u
           WHERE p.terms @@ $2::tsquery AND p.embedding IS NOT NULL AND u.lexeme = ANY($1)
         ), frequencies AS (
           SELECT lexeme, count(*)::float8 AS documents FROM matches GROUP BY lexeme
         )
         SELECT m.id, sum(
           greatest(ln((c.documents - f.documents + 0.5) / (f.documents + 0.5)), 1e-6)
           * (($3 * m.title_frequency + $4 * m.abstract_frequency) * 2.2)
           / (($3 * m.title_frequency + $4 * m.abstract_frequency) + 1.2 * (0.25 + 0.75 * m.length / c.average_length))
         ) AS bm25
         FROM matches m JOIN frequencies f USING (lexeme), corpus c
         GROUP BY m.id ORDER BY bm25 DESC, m.id LIMIT $5`;

/**
 * The tsvector of a paper's terms, written literally (no parser runs over them again): each term
 * with its positions, the title's at weight A, the abstract's after them at D. Also the lengths.
 */
export function termsVectorOf(terms: { title: string; abstract: string }): [string, number, number] {
  const title = tokensOf(terms.title);
  const abstract = tokensOf(terms.abstract);
  const positions = new Map<string, string[]>();
  const add = (term: string, position: number, weight: string) => {
    // tsvector positions stop at 16383; later occurrences still count once there.
    const entry = `${Math.min(position, MAX_POSITION)}${weight}`;
    const list = positions.get(term);
    if (list) list.push(entry);
    else positions.set(term, [entry]);
  };
  title.forEach((term, offset) => add(term, offset + 1, 'A'));
  abstract.forEach((term, offset) => add(term, title.length + offset + 1, ''));
  const text = [...positions].map(([term, list]) => `${quoteLexeme(term)}:${list.slice(0, MAX_POSITIONS_PER_TERM).join(',')}`).join(' ');
  return [text, title.length, abstract.length];
}

/**
 * The stored terms as SQLite's FTS5 tokenizer (unicode61, '-' a token character) reads them: split
 * at anything but letters, digits and '-' ("model's" is two tokens there too), diacritics folded.
 * Searching with the same tokens is what makes the two stores' BM25 agree.
 */
export function tokensOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

export function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

