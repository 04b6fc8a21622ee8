// The tables of papers.db, the index's one SQLite database. The README's "The index folder"
// documents them for users who open the file with `sqlite3`.

export const DATABASE_FILE = 'papers.db';

/**
 * The user's tags, keyed by paper id (a hash of the paper's text), so a tag outlives re-indexing,
 * a rebuild and compaction: none of them touches this table. Created on the first tag of a
 * library made before tags existed.
 */
export const TAGS_SCHEMA = `
CREATE TABLE IF NOT EXISTS tags (
  paper_id TEXT NOT NULL,
  tag TEXT NOT NULL,
  tagged_at TEXT NOT NULL,
  PRIMARY KEY (paper_id, tag)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tags_by_tag ON tags (tag);
`;

/**
 * The library's stable topics: each topic's centroid, name and fit threshold, the areas, the
 * clustering's figures, and the topic of each paper (assigned once, when first seen). Applied
 * with SCHEMA and again before the topics are first read, so an older library gains them.
 */
export const TOPIC_SCHEMA = `
CREATE TABLE IF NOT EXISTS topics (
  id INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL,
  label TEXT NOT NULL,
  keywords TEXT NOT NULL,
  centroid BLOB NOT NULL,
  fit_cosine REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS topic_areas (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS topic_model (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS topic_assignments (
  paper_id TEXT PRIMARY KEY,
  topic_id INTEGER NOT NULL,
  cosine_similarity REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS topic_assignments_by_topic ON topic_assignments (topic_id);
`;

/** Applied to a new database; every statement is idempotent. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
  path TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  digest_date TEXT,
  entries INTEGER NOT NULL,
  added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
  id TEXT PRIMARY KEY,
  paper_id TEXT NOT NULL,
  source TEXT NOT NULL,
  digest TEXT NOT NULL,
  digest_date TEXT,
  position INTEGER NOT NULL,
  line INTEGER NOT NULL,
  title TEXT NOT NULL,
  abstract TEXT NOT NULL,
  authors INTEGER,
  organisation TEXT,
  published TEXT,
  published_iso TEXT,
  upvotes INTEGER,
  external_id TEXT,
  categories TEXT
);
CREATE INDEX IF NOT EXISTS entries_by_paper ON entries (paper_id);
CREATE INDEX IF NOT EXISTS entries_by_source ON entries (source);
CREATE TABLE IF NOT EXISTS papers (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hnsw_label INTEGER NOT NULL UNIQUE,
  text_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  abstract TEXT NOT NULL,
  entry_ids TEXT NOT NULL,
  digests TEXT NOT NULL,
  digest_dates TEXT NOT NULL,
  authors INTEGER,
  organisation TEXT,
  published TEXT,
  published_iso TEXT,
  upvotes INTEGER,
  external_id TEXT,
  categories TEXT
);
CREATE TABLE IF NOT EXISTS vectors (
  text_hash TEXT NOT NULL,
  model_fingerprint TEXT NOT NULL,
  vector BLOB NOT NULL,
  PRIMARY KEY (text_hash, model_fingerprint)
) WITHOUT ROWID;
-- A large source (an arXiv file) stored batch by batch: how far the committed batches reach, so
-- that an import stopped part-way continues there. The row goes when the last batch is stored.
CREATE TABLE IF NOT EXISTS imports (
  path TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  lines_done INTEGER NOT NULL,
  entries_done INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS papers_by_external_id ON papers (external_id);
CREATE TABLE IF NOT EXISTS cache (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- Papers that are one paper posted several times (edited or rewritten re-posts), found when they
-- were indexed: each member of a group of two or more papers names its group (a member's id).
CREATE TABLE IF NOT EXISTS duplicate_members (
  paper_id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS duplicate_members_by_group ON duplicate_members (group_id);
-- Lexical terms of each paper (rowid = papers.doc), as the search stage makes them: lower case,
-- stop words dropped, Porter stems, hyphenated words whole and by part. The terms are stored, not
-- contentless: a contentless table never takes a deleted row out of the totals bm25() uses, so
-- the same library would rank differently after a removal.
CREATE VIRTUAL TABLE IF NOT EXISTS papers_fts USING fts5(
  title, abstract, tokenize="unicode61 tokenchars '-'"
);
${TAGS_SCHEMA}${TOPIC_SCHEMA}`;
