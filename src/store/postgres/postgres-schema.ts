// The tables of a shared library in PostgreSQL (schema `papers`), with pgvector's HNSW index for
// dense search and a tsvector GIN index for lexical search. The README's "PostgreSQL" section
// documents them. `terms` holds the search stage's own terms (stop words dropped, Porter stems) with
// their positions, the title's at weight A; with the two lengths it is what BM25 needs.

/** The shape of these tables: a database made by another version is refused, never guessed at. */
export const POSTGRES_SCHEMA_VERSION = 1;

export const POSTGRES_SCHEMA_NAME = 'papers';

/** HNSW build parameters of the pgvector index (pgvector's defaults are m 16, ef_construction 64). */
export const PGVECTOR_HNSW = { m: 16, efConstruction: 128, efSearch: 100 } as const;

/** Applied in one transaction after the extension exists; every statement is idempotent. */
export function postgresSchema(dimensions: number): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${POSTGRES_SCHEMA_NAME};
CREATE TABLE IF NOT EXISTS papers.schema_version (version integer NOT NULL);
INSERT INTO papers.schema_version (version) SELECT ${POSTGRES_SCHEMA_VERSION} WHERE NOT EXISTS (SELECT 1 FROM papers.schema_version);
CREATE TABLE IF NOT EXISTS papers.meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE IF NOT EXISTS papers.sources (
  path text PRIMARY KEY,
  sha256 text NOT NULL,
  digest_date text,
  entries integer NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS papers.entries (
  id text PRIMARY KEY,
  paper_id text NOT NULL,
  source text NOT NULL,
  digest text NOT NULL,
  digest_date text,
  position integer NOT NULL,
  line integer NOT NULL,
  title text NOT NULL,
  abstract text NOT NULL,
  authors integer,
  organisation text,
  published text,
  published_iso text,
  upvotes integer,
  external_id text,
  categories text
);
CREATE INDEX IF NOT EXISTS entries_by_paper ON papers.entries (paper_id);
CREATE INDEX IF NOT EXISTS entries_by_source ON papers.entries (source);
CREATE TABLE IF NOT EXISTS papers.papers (
  id text PRIMARY KEY,
  text_hash text NOT NULL,
  title text NOT NULL,
  abstract text NOT NULL,
  entry_ids text NOT NULL,
  digests text NOT NULL,
  digest_dates text NOT NULL,
  authors integer,
  organisation text,
  published text,
  published_iso text,
  upvotes integer,
  external_id text,
  categories text,
  terms tsvector NOT NULL,
  title_length integer NOT NULL,
  abstract_length integer NOT NULL,
  embedding vector(${dimensions}),
  embedded_by text,
  embedded_at timestamptz
);
CREATE INDEX IF NOT EXISTS papers_terms ON papers.papers USING gin (terms);
CREATE INDEX IF NOT EXISTS papers_embedding ON papers.papers USING hnsw (embedding vector_cosine_ops) WITH (m = ${PGVECTOR_HNSW.m}, ef_construction = ${PGVECTOR_HNSW.efConstruction});
CREATE INDEX IF NOT EXISTS papers_unembedded ON papers.papers (id) WHERE embedding IS NULL;
CREATE TABLE IF NOT EXISTS papers.cache (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;
}
