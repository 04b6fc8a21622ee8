// The library on disk: papers.db (SQLite, WAL) and the HNSW graph file it names. Readers see one
// committed state; a write is one IMMEDIATE transaction whose commit switches to the new graph.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PapersError } from '../errors.js';
import type { Entry, Paper } from '../ingest/types.js';
import { findLiveWriter } from './lock.js';
import { parseMeta, metaRows, REBUILD_HINT, type IndexMeta } from './index-meta.js';
import { ENTRY_COLUMNS, PAPER_COLUMNS, blobOfVector, entryOfRow, paperOfRow, rowOfEntry, rowOfPaper, vectorOfBlob, type EntryRow, type PaperRow } from './rows.js';
import { DATABASE_FILE, SCHEMA, TAGS_SCHEMA } from './schema.js';
import { SqliteTopicStore, type TopicStore } from './topic-tables.js';

export interface SourceRecord {
  path: string;
  /** Hash of what was read from the source: a source read again with the same hash is unchanged. */
  sha256: string;
  digestDate: string | null;
  entries: number;
  /** When the source was indexed (ISO time); read back, never written from here. */
  addedAt?: string;
}

export interface StoredPaper {
  paper: Paper;
  label: number;
  textHash: string;
}

/** A paper to write, with its lexical terms when it is new to the full-text index. */
export interface PaperToWrite extends StoredPaper {
  terms?: { title: string; abstract: string };
}

/** Everything one `papers index`, `remove` or `compact` changes, applied in one transaction. */
export interface LibraryChange {
  /** The new meta; the counts are taken from the tables inside the transaction. */
  meta: Omit<IndexMeta, 'counts'>;
  /** Drop every paper, entry, source and cached value first (a rebuild). */
  clear: boolean;
  /** Sources whose entries are replaced or removed: their entries and rows are deleted first. */
  replacedSources: string[];
  sources: SourceRecord[];
  entries: Entry[];
  removedPaperIds: string[];
  /** Papers inserted or updated (a paper whose entries changed is written again). */
  papers: PaperToWrite[];
  /** After a graph rebuild, the new label of every paper (the old ones are moved out of the way first). */
  relabel: Map<string, number> | null;
  /** New vectors, under meta.model.fingerprint. */
  vectors: { textHash: string; vector: Float32Array }[];
  /** Vectors no paper uses any more are deleted (compaction). */
  dropUnusedVectors: boolean;
  /** Pairs of paper ids judged one paper: their groups are joined in duplicate_members. */
  duplicateLinks: readonly (readonly [string, string])[];
  /** Drop every duplicate group before the links are applied (they cover the whole library). */
  resetDuplicates: boolean;
  /** How far a source stored batch by batch has come, recorded with its batch. */
  importProgress?: ImportProgress;
}

/** A source stored batch by batch: its file's hash, and the line and entry count its last commit reached. */
export interface ImportProgress {
  path: string;
  sha256: string;
  linesDone: number;
  entriesDone: number;
}

/** The file names and folder a store lives in, for messages and the graph beside it. */
export function databasePath(indexDir: string): string {
  return path.join(indexDir, DATABASE_FILE);
}

export class LibraryStore {
  readonly indexDir: string;
  private readonly db: Database.Database;
  private cacheDb: Database.Database | null = null;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(indexDir: string, db: Database.Database) {
    this.indexDir = indexDir;
    this.db = db;
  }

  /** An existing library; a clear error when there is none, or only one in the old format. */
  static open(indexDir: string): LibraryStore {
    const file = databasePath(indexDir);
    if (!fs.existsSync(file)) {
      if (fs.existsSync(path.join(indexDir, 'manifest.json'))) throw oldFormatError(indexDir);
      throw noIndexError(indexDir);
    }
    const store = new LibraryStore(indexDir, connect(file, false));
    // A writer killed before its first commit leaves a database without tables: no index yet.
    if (store.db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'meta'").get() === undefined) {
      store.close();
      throw noIndexError(indexDir);
    }
    return store;
  }

  /** Whether the folder holds a written library (a database without tables or rows is none). */
  static hasIndex(indexDir: string): boolean {
    if (!fs.existsSync(databasePath(indexDir))) return false;
    try {
      const store = LibraryStore.open(indexDir);
      try {
        return store.readMetaIfAny() !== null;
      } finally {
        store.close();
      }
    } catch {
      return false;
    }
  }

  /** The library a writer works on, created empty when the folder has none. */
  static openForWriting(indexDir: string): LibraryStore {
    fs.mkdirSync(indexDir, { recursive: true });
    const store = new LibraryStore(indexDir, connect(databasePath(indexDir), true));
    // One transaction: a process killed while creating the tables leaves none of them.
    store.db.transaction(() => store.db.exec(SCHEMA)).immediate();
    return store;
  }

  close(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.db.close();
    this.cacheDb?.close();
  }

  /** Pins what this connection reads to the state committed now, until `endSnapshot`. */
  beginSnapshot(): void {
    this.guard(() => {
      this.db.exec('BEGIN');
      this.db.prepare('SELECT count(*) FROM meta').get();
    });
  }

  endSnapshot(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  /** The meta table, checked; null for a library that has never been written. */
  readMetaIfAny(): IndexMeta | null {
    const rows = this.guard(() => this.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]);
    return rows.length === 0 ? null : parseMeta(rows, databasePath(this.indexDir));
  }

  readMeta(): IndexMeta {
    const meta = this.readMetaIfAny();
    if (!meta) throw noIndexError(this.indexDir);
    return meta;
  }

  /** The generation committed now: a cheap check for a newer library. */
  readGeneration(): number | null {
    const row = this.guard(() => this.db.prepare("SELECT value FROM meta WHERE key = 'generation'").get() as { value: string } | undefined);
    return row ? Number(row.value) : null;
  }

  graphPath(meta: IndexMeta): string {
    return path.join(this.indexDir, meta.graph.file);
  }

  /** Every paper, by id. */
  allPapers(): Paper[] {
    return this.guard(() => (this.db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers ORDER BY id`).all() as PaperRow[]).map(paperOfRow));
  }

  paperById(id: string): Paper | undefined {
    const row = this.guard(() => this.db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE id = ?`).get(id) as PaperRow | undefined);
    return row ? paperOfRow(row) : undefined;
  }

  /** Stored papers (with label and text hash) of these ids; unknown ids are left out. */
  storedPapers(ids: Iterable<string>): Map<string, StoredPaper> {
    const statement = this.db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE id = ?`);
    const found = new Map<string, StoredPaper>();
    for (const id of ids) {
      const row = statement.get(id) as PaperRow | undefined;
      if (row) found.set(id, { paper: paperOfRow(row), label: row.hnsw_label, textHash: row.text_hash });
    }
    return found;
  }

  allEntries(): Entry[] {
    return this.guard(() => (this.db.prepare(`SELECT ${ENTRY_COLUMNS} FROM entries ORDER BY id`).all() as EntryRow[]).map(entryOfRow));
  }

  entriesOfSources(paths: Iterable<string>): Entry[] {
    const statement = this.db.prepare(`SELECT ${ENTRY_COLUMNS} FROM entries WHERE source = ?`);
    return [...paths].flatMap((source) => (statement.all(source) as EntryRow[]).map(entryOfRow));
  }

  entriesOfPapers(ids: Iterable<string>): Entry[] {
    const statement = this.db.prepare(`SELECT ${ENTRY_COLUMNS} FROM entries WHERE paper_id = ?`);
    return [...ids].flatMap((id) => (statement.all(id) as EntryRow[]).map(entryOfRow));
  }

  /** The paper carrying this arXiv id (no version), if any. */
  paperIdOfArxivId(arxivId: string): string | undefined {
    return this.db.prepare('SELECT id FROM papers WHERE external_id = ? LIMIT 1').pluck().get(arxivId) as string | undefined;
  }

  /** Papers whose title holds these lexical terms in this order (FTS5 phrase), at most `limit`. */
  papersWithTitleTerms(titleTerms: string, limit: number): Paper[] {
    if (titleTerms.trim() === '') return [];
    const phrase = `title : "${titleTerms.replace(/"/g, '""')}"`;
    const rows = this.db.prepare(`SELECT ${PAPER_COLUMNS.replace(/(\w+)/g, 'p.$1')} FROM papers_fts JOIN papers p ON p.doc = papers_fts.rowid WHERE papers_fts MATCH ? LIMIT ?`).all(phrase, limit) as PaperRow[];
    return rows.map(paperOfRow);
  }

  /** Entry ids already taken, among these. */
  takenEntryIds(ids: Iterable<string>): Set<string> {
    const statement = this.db.prepare('SELECT 1 FROM entries WHERE id = ?');
    return new Set([...ids].filter((id) => statement.get(id) !== undefined));
  }

  sources(): SourceRecord[] {
    return (this.db.prepare('SELECT path, sha256, digest_date AS digestDate, entries, added_at AS addedAt FROM sources ORDER BY path').all() as SourceRecord[]);
  }

  /**
   * Renames sources (old path → new path) and their entries' source, in one transaction. A new
   * path the library already holds is left alone: that file was indexed under both names.
   */
  renameSources(renames: ReadonlyMap<string, string>): string[] {
    const renamed: string[] = [];
    this.db
      .transaction(() => {
        const exists = this.db.prepare('SELECT 1 FROM sources WHERE path = ?');
        const renameSource = this.db.prepare('UPDATE sources SET path = ? WHERE path = ?');
        const renameEntries = this.db.prepare('UPDATE entries SET source = ? WHERE source = ?');
        for (const [from, to] of renames) {
          if (exists.get(to) !== undefined) continue;
          renameSource.run(to, from);
          renameEntries.run(to, from);
          renamed.push(from);
        }
      })
      .immediate();
    return renamed;
  }

  /** Every paper id with its HNSW label (a whole-table read: tests and checks, not the search path). */
  labelPairs(): [string, number][] {
    return (this.db.prepare('SELECT id, hnsw_label FROM papers').raw().all() as [string, number][]);
  }

  /** One paper's HNSW label, by the unique index on id (a label map that reads as it goes). */
  labelOfPaper(id: string): number | undefined {
    return this.guard(() => this.statement('SELECT hnsw_label FROM papers WHERE id = ?').pluck().get(id) as number | undefined);
  }

  /** The paper holding one HNSW label, by the unique index on hnsw_label. */
  paperOfLabel(label: number): string | undefined {
    return this.guard(() => this.statement('SELECT id FROM papers WHERE hnsw_label = ?').pluck().get(label) as string | undefined);
  }

  /** Every paper id with the hash of its embedded text (a graph rebuild reads their vectors). */
  paperTextHashes(): [string, string][] {
    return this.db.prepare('SELECT id, text_hash FROM papers ORDER BY id').raw().all() as [string, string][];
  }

  paperIds(): string[] {
    return (this.db.prepare('SELECT id FROM papers ORDER BY id').pluck().all() as string[]);
  }

  /** Stored vectors of these texts under one model. */
  vectorsOf(textHashes: Iterable<string>, fingerprint: string): Map<string, Float32Array> {
    const statement = this.db.prepare('SELECT vector FROM vectors WHERE text_hash = ? AND model_fingerprint = ?').pluck();
    const found = new Map<string, Float32Array>();
    for (const hash of textHashes) {
      const blob = statement.get(hash, fingerprint) as Buffer | undefined;
      if (blob) found.set(hash, vectorOfBlob(blob));
    }
    return found;
  }

  /** The vector of every paper, in paper id order (as allPapers). */
  allPaperVectors(fingerprint: string): { ids: string[]; vectors: Float32Array[] } {
    const rows = this.guard(
      () =>
        this.db
          .prepare('SELECT p.id, v.vector FROM papers p LEFT JOIN vectors v ON v.text_hash = p.text_hash AND v.model_fingerprint = ? ORDER BY p.id')
          .raw()
          .all(fingerprint) as [string, Buffer | null][],
    );
    const ids: string[] = [];
    const vectors: Float32Array[] = [];
    for (const [id, blob] of rows) {
      if (!blob) throw new PapersError('INDEX_CORRUPT', `paper ${id} has no stored vector`, REBUILD_HINT);
      ids.push(id);
      vectors.push(vectorOfBlob(blob));
    }
    return { ids, vectors };
  }

  /** The stored vector of one paper. */
  vectorOfPaper(id: string, fingerprint: string): Float32Array | undefined {
    const blob = this.guard(
      () => this.db.prepare('SELECT v.vector FROM papers p JOIN vectors v ON v.text_hash = p.text_hash AND v.model_fingerprint = ? WHERE p.id = ?').pluck().get(fingerprint, id) as Buffer | undefined,
    );
    return blob ? vectorOfBlob(blob) : undefined;
  }

  /**
   * Full-text search: FTS5 `match` syntax, bm25() with title and abstract weights (higher is
   * better). The top rows are chosen inside the full-text table and only they are joined to
   * papers: joining every match first cost 2.6× as much at 100,000 papers.
   */
  searchText(match: string, limit: number, weights: { title: number; abstract: number }): { id: string; bm25: number }[] {
    return this.guard(
      () =>
        this.statement(
          'SELECT p.id AS id, top.bm25 AS bm25 FROM (SELECT rowid AS doc, -bm25(papers_fts, ?, ?) AS bm25 FROM papers_fts WHERE papers_fts MATCH ? ORDER BY bm25 DESC, rowid LIMIT ?) top JOIN papers p ON p.doc = top.doc ORDER BY top.bm25 DESC, top.doc',
        ).all(weights.title, weights.abstract, match, limit) as { id: string; bm25: number }[],
    );
  }

  /**
   * Cached values and tags go through a connection of their own: this one may be pinned to an
   * older snapshot, which SQLite would not let write, and a tag added while a server runs must
   * show at once. Each cached value says what it was computed from.
   */
  cacheGet(key: string): string | null {
    const row = this.cacheConnection().prepare('SELECT value FROM cache WHERE key = ?').pluck().get(key) as string | undefined;
    return row ?? null;
  }

  cachePut(key: string, value: string): void {
    this.cacheConnection()
      .prepare('INSERT INTO cache (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(key, value, new Date().toISOString());
  }

  /** Every tag, with the paper it is on; ids of papers the library no longer holds included. */
  allTags(): { paperId: string; tag: string }[] {
    return this.guard(() => {
      const db = this.cacheConnection();
      // A library made before tags existed has no table until its first tag.
      if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'tags'").get() === undefined) return [];
      return db.prepare('SELECT paper_id AS paperId, tag FROM tags ORDER BY tag, paper_id').all() as { paperId: string; tag: string }[];
    });
  }

  /** Tags a paper; false when it had the tag already. */
  addTag(paperId: string, tag: string): boolean {
    return this.writeTags((db) => db.prepare('INSERT OR IGNORE INTO tags (paper_id, tag, tagged_at) VALUES (?, ?, ?)').run(paperId, tag, new Date().toISOString()).changes > 0);
  }

  /** Takes a tag off these papers (a paper and its re-posts); the number of tags removed. */
  removeTag(paperIds: readonly string[], tag: string): number {
    return this.writeTags((db) => {
      const remove = db.prepare('DELETE FROM tags WHERE paper_id = ? AND tag = ?');
      return paperIds.reduce((removed, id) => removed + remove.run(id, tag).changes, 0);
    });
  }

  private writeTags<T>(write: (db: Database.Database) => T): T {
    try {
      const db = this.cacheConnection();
      return db.transaction(() => {
        db.exec(TAGS_SCHEMA);
        return write(db);
      }).immediate();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
        throw new PapersError('CANNOT_WRITE', `cannot write tags to ${databasePath(this.indexDir)} (${(error as Error).message})`, 'check that the index folder is writable');
      }
      throw asIndexError(error, this.indexDir);
    }
  }

  /** The stable topics, on the same unpinned connection as the cache (a reader may assign new papers). */
  topicStore(): TopicStore {
    return new SqliteTopicStore(this.cacheConnection());
  }

  private cacheConnection(): Database.Database {
    this.cacheDb ??= connect(databasePath(this.indexDir), false);
    return this.cacheDb;
  }

  /** Applies a change in one IMMEDIATE transaction; its commit is what readers switch on. */
  apply(change: LibraryChange): IndexMeta {
    const db = this.db;
    const run = db.transaction(() => {
      if (change.clear) db.exec('DELETE FROM entries; DELETE FROM sources; DELETE FROM papers; DELETE FROM cache; DELETE FROM papers_fts; DELETE FROM duplicate_members; DELETE FROM imports;');
      const deleteEntries = db.prepare('DELETE FROM entries WHERE source = ?');
      const deleteSource = db.prepare('DELETE FROM sources WHERE path = ?');
      const deleteImport = db.prepare('DELETE FROM imports WHERE path = ?');
      for (const source of change.replacedSources) {
        deleteEntries.run(source);
        deleteSource.run(source);
        deleteImport.run(source);
      }
      if (change.importProgress) {
        const { path: source, sha256, linesDone, entriesDone } = change.importProgress;
        db.prepare('INSERT OR REPLACE INTO imports (path, sha256, lines_done, entries_done) VALUES (?, ?, ?, ?)').run(source, sha256, linesDone, entriesDone);
      }
      // A source stored batch by batch updates its row with every batch.
      const insertSource = db.prepare(
        'INSERT INTO sources (path, sha256, digest_date, entries, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, entries = excluded.entries',
      );
      const now = new Date().toISOString();
      for (const source of change.sources) insertSource.run(source.path, source.sha256, source.digestDate, source.entries, now);
      const insertEntry = db.prepare(`INSERT INTO entries (${ENTRY_COLUMNS}) VALUES (${ENTRY_COLUMNS.replace(/(\w+)/g, '@$1')})`);
      for (const entry of change.entries) insertEntry.run(rowOfEntry(entry));
      const deleteTerms = db.prepare('DELETE FROM papers_fts WHERE rowid = (SELECT doc FROM papers WHERE id = ?)');
      const deletePaper = db.prepare('DELETE FROM papers WHERE id = ?');
      for (const id of change.removedPaperIds) {
        deleteTerms.run(id);
        deletePaper.run(id);
      }
      if (change.relabel) {
        db.exec('UPDATE papers SET hnsw_label = -1 - hnsw_label');
        const setLabel = db.prepare('UPDATE papers SET hnsw_label = ? WHERE id = ?');
        for (const [id, label] of change.relabel) setLabel.run(label, id);
      }
      const upsertPaper = db.prepare(
        `INSERT INTO papers (${PAPER_COLUMNS}) VALUES (${PAPER_COLUMNS.replace(/(\w+)/g, '@$1')}) ON CONFLICT (id) DO UPDATE SET ` +
          PAPER_COLUMNS.split(', ')
            .filter((column) => column !== 'id')
            .map((column) => `${column} = excluded.${column}`)
            .join(', '),
      );
      const insertTerms = db.prepare('INSERT INTO papers_fts (rowid, title, abstract) SELECT doc, ?, ? FROM papers WHERE id = ?');
      for (const stored of change.papers) {
        upsertPaper.run(rowOfPaper(stored.paper, stored.label, stored.textHash));
        if (stored.terms) {
          // A paper indexed again loses its old terms first, so bm25() counts it once.
          deleteTerms.run(stored.paper.id);
          insertTerms.run(stored.terms.title, stored.terms.abstract, stored.paper.id);
        }
      }
      if (change.resetDuplicates) db.exec('DELETE FROM duplicate_members');
      this.applyDuplicateLinks(change.removedPaperIds, change.duplicateLinks);
      const insertVector = db.prepare('INSERT OR REPLACE INTO vectors (text_hash, model_fingerprint, vector) VALUES (?, ?, ?)');
      for (const { textHash, vector } of change.vectors) insertVector.run(textHash, change.meta.model.fingerprint, blobOfVector(vector));
      if (change.dropUnusedVectors) {
        db.prepare('DELETE FROM vectors WHERE model_fingerprint != ? OR text_hash NOT IN (SELECT text_hash FROM papers)').run(change.meta.model.fingerprint);
      }
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      const meta: IndexMeta = { ...change.meta, counts: { papers: count('papers'), entries: count('entries'), sources: count('sources') } };
      const putMeta = db.prepare('INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      for (const row of metaRows(meta)) putMeta.run(row);
      return meta;
    });
    return run.immediate();
  }

  /** Where an import stopped part-way, or null when this source has none under way. */
  importProgress(source: string): ImportProgress | null {
    const row = this.db.prepare('SELECT path, sha256, lines_done AS linesDone, entries_done AS entriesDone FROM imports WHERE path = ?').get(source) as ImportProgress | undefined;
    return row ?? null;
  }

  /** The last batch of an import is stored: the source records its file's hash and is complete. */
  finishImport(source: string, sha256: string): void {
    this.db
      .transaction(() => {
        this.db.prepare('UPDATE sources SET sha256 = ? WHERE path = ?').run(sha256, source);
        this.db.prepare('DELETE FROM imports WHERE path = ?').run(source);
      })
      .immediate();
  }

  /**
   * Joins the groups of linked papers (the group takes the smallest id among its members) and
   * takes removed papers out, dropping groups left with one member. Costs what the links and
   * removals touch, never a read of the whole library.
   */
  private applyDuplicateLinks(removedPaperIds: readonly string[], links: readonly (readonly [string, string])[]): void {
    const db = this.db;
    const groupOf = db.prepare('SELECT group_id FROM duplicate_members WHERE paper_id = ?').pluck();
    const size = db.prepare('SELECT count(*) FROM duplicate_members WHERE group_id = ?').pluck();
    const deleteMember = db.prepare('DELETE FROM duplicate_members WHERE paper_id = ?');
    const deleteGroup = db.prepare('DELETE FROM duplicate_members WHERE group_id = ?');
    const moveGroup = db.prepare('UPDATE duplicate_members SET group_id = ? WHERE group_id = ?');
    const insertMember = db.prepare('INSERT INTO duplicate_members (paper_id, group_id) VALUES (?, ?) ON CONFLICT (paper_id) DO UPDATE SET group_id = excluded.group_id');
    for (const id of removedPaperIds) {
      const group = groupOf.get(id) as string | undefined;
      if (group === undefined) continue;
      deleteMember.run(id);
      if ((size.get(group) as number) < 2) deleteGroup.run(group);
    }
    for (const [a, b] of links) {
      const groupA = (groupOf.get(a) as string | undefined) ?? a;
      const groupB = (groupOf.get(b) as string | undefined) ?? b;
      const joined = groupA < groupB ? groupA : groupB;
      for (const group of [groupA, groupB]) if (group !== joined) moveGroup.run(joined, group);
      insertMember.run(a, joined);
      insertMember.run(b, joined);
    }
  }

  /** The papers of each paper's duplicate group (itself included); papers in no group are left out. */
  duplicateMembersOf(paperId: string): { id: string; title: string }[] | undefined {
    const rows = this.guard(
      () =>
        this.statement(
          'SELECT m.paper_id AS id, p.title AS title FROM duplicate_members g JOIN duplicate_members m ON m.group_id = g.group_id JOIN papers p ON p.id = m.paper_id WHERE g.paper_id = ? ORDER BY m.paper_id',
        ).all(paperId) as { id: string; title: string }[],
    );
    return rows.length > 1 ? rows : undefined;
  }

  /** True when no paper is in a duplicate group. */
  hasNoDuplicates(): boolean {
    return this.guard(() => this.statement('SELECT NOT EXISTS (SELECT 1 FROM duplicate_members)').pluck().get() === 1);
  }

  /** SQLite's integrity check of the file and the FTS5 index; empty when both are sound. */
  checkIntegrity(): string[] {
    const problems = (this.db.prepare('PRAGMA integrity_check').pluck().all() as string[]).filter((line) => line !== 'ok');
    try {
      this.db.exec("INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check')");
    } catch (error) {
      problems.push(`full-text index: ${(error as Error).message}`);
    }
    return problems;
  }

  /**
   * Rewrites the database without free pages (after a compaction). In WAL mode VACUUM writes the
   * new pages to the WAL; the checkpoint moves them into papers.db and empties the WAL, so the
   * space is given back now rather than at the last connection's close.
   */
  vacuum(): void {
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Bytes of papers.db with its WAL. */
  databaseBytes(): number {
    return ['', '-wal'].reduce((sum, suffix) => sum + (statOrNull(`${databasePath(this.indexDir)}${suffix}`)?.size ?? 0), 0);
  }

  /** A statement prepared once per connection: lookups run once per search hit. */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  /** Bytes of the graph files in the folder: the current one and the previous one readers may still use. */
  graphFilesBytes(): number {
    return fs
      .readdirSync(this.indexDir)
      .filter((name) => /^hnsw-[\w.-]+\.bin$/.test(name))
      .reduce((sum, name) => sum + (statOrNull(path.join(this.indexDir, name))?.size ?? 0), 0);
  }

  /** SQLite errors (a damaged or foreign file) as one-line index errors. */
  private guard<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      throw asIndexError(error, this.indexDir);
    }
  }
}

function connect(file: string, writer: boolean): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: !writer });
    db.pragma('busy_timeout = 10000');
    if (writer) db.pragma('journal_mode = WAL');
    // Durable commits: the WAL is flushed at every commit, not only at checkpoints.
    db.pragma('synchronous = FULL');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    throw asIndexError(error, path.dirname(file));
  }
  return db;
}

function asIndexError(error: unknown, indexDir: string): unknown {
  if (error instanceof PapersError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_BUSY') return new PapersError('INDEX_LOCKED', `the index in ${indexDir} is busy`, 'run the command again');
    return new PapersError('INDEX_CORRUPT', `${databasePath(indexDir)} cannot be read (${(error as Error).message})`, REBUILD_HINT);
  }
  return error;
}

export function oldFormatError(indexDir: string): PapersError {
  return new PapersError('INDEX_INCOMPATIBLE', `the index in ${indexDir} is in an older format (manifest.json and generation folders)`, REBUILD_HINT);
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** No index to read: one being built by a live writer says so, since `papers index` would only meet its lock. */
function noIndexError(indexDir: string): PapersError {
  const writer = findLiveWriter(indexDir);
  if (writer && writer.pid !== process.pid) return new PapersError('NO_INDEX', `the index in ${indexDir} is being built${writer.pid === null ? '' : ` by pid ${writer.pid}`}; try again when it finishes`);
  return new PapersError('NO_INDEX', `no index in ${indexDir}`, 'run `papers index` first');
}
