// A shared library in PostgreSQL: papers keyed by content id, their vectors in a pgvector column
// (HNSW, cosine) and their lexical terms in a tsvector (GIN). Writers merge under one advisory
// lock; embedding workers claim papers that have no vector with FOR UPDATE SKIP LOCKED.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import pgvector from 'pgvector';
import type { Entry, Paper } from '../../ingest/types.js';
import type { SourceRecord, StoredPaper } from '../library-store.js';
import { ENTRY_COLUMNS, PAPER_COLUMNS, entryOfRow, paperOfRow, rowOfEntry, rowOfPaper, type EntryRow, type PaperRow } from '../rows.js';
import { inTransaction, openDatabase, describeDatabase } from './connect-postgres.js';
import { BM25_QUERY, quoteLexeme, termsVectorOf } from './bm25-query.js';
import { PGVECTOR_HNSW } from './postgres-schema.js';

/** The model a library's vectors come from, and its generation (grows with every merge). */
export interface PostgresMeta {
  model: { id: string; variant: string; fingerprint: string; dimensions: number; maxTokens: number };
  generation: number;
  updatedAt: string;
}

/** One merge: what `papers index --db` writes before any paper is embedded. */
export interface PostgresChange {
  meta: Omit<PostgresMeta, 'generation'>;
  replacedSources: string[];
  sources: SourceRecord[];
  entries: Entry[];
  removedPaperIds: string[];
  /** New and changed papers; a new paper has no vector until a worker embeds it. */
  papers: { paper: Paper; textHash: string; terms: { title: string; abstract: string } }[];
}

/** What a worker embeds: a paper it holds the row lock of. */
export interface ClaimedPaper {
  id: string;
  title: string;
  abstract: string;
}

/** The papers that have a vector, with their entries and vectors, as one committed state. */
export interface PostgresSnapshot {
  meta: PostgresMeta;
  papers: Paper[];
  entries: Entry[];
  vectors: Float32Array[];
}

/** Rows written per statement: unnest() of arrays keeps a 10,000-paper merge to a few round trips. */
const WRITE_CHUNK = 1000;
/** The advisory lock every merge takes, so two writers never interleave. */
const MERGE_LOCK = 7_201_517;
const PAPER_SELECT = PAPER_COLUMNS.replace('hnsw_label', '0 AS hnsw_label');

export class PostgresLibrary {
  readonly url: string;
  private readonly client: pg.Client;

  private constructor(url: string, client: pg.Client) {
    this.url = url;
    this.client = client;
  }

  /** A writer creates the tables when there are none; a reader requires them. */
  static async open(url: string, options: { create: boolean; dimensions: number }): Promise<PostgresLibrary> {
    const client = await openDatabase(url, options);
    await client.query(`SET hnsw.ef_search = ${PGVECTOR_HNSW.efSearch}`);
    // pgvector 0.8+: a filtered scan (excluded papers, a date range) goes on until it has topK rows,
    // in exact distance order. Older versions lack the setting and return fewer rows then.
    await client.query('SET hnsw.iterative_scan = strict_order').catch(() => {});
    return new PostgresLibrary(url, client);
  }

  /** The URL without its password, for messages. */
  get where(): string {
    return describeDatabase(this.url);
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  async readMeta(): Promise<PostgresMeta | null> {
    const rows = (await this.client.query<{ key: string; value: string }>('SELECT key, value FROM papers.meta')).rows;
    const record = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
    return record.model ? (record as unknown as PostgresMeta) : null;
  }



  /** Runs a merge in one transaction under the library's advisory lock. */
  mergeUnderLock<T>(work: () => Promise<T>): Promise<T> {
    return inTransaction(this.client, async () => {
      await this.client.query('SELECT pg_advisory_xact_lock($1)', [MERGE_LOCK]);
      return work();
    });
  }

  async sources(): Promise<SourceRecord[]> {
    return (await this.client.query<SourceRecord>('SELECT path, sha256, digest_date AS "digestDate", entries FROM papers.sources ORDER BY path')).rows;
  }

  async entriesOfSources(paths: Iterable<string>): Promise<Entry[]> {
    return (await this.client.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM papers.entries WHERE source = ANY($1) ORDER BY id`, [[...paths]])).rows.map(entryOfRow);
  }

  async entriesOfPapers(ids: Iterable<string>): Promise<Entry[]> {
    return (await this.client.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM papers.entries WHERE paper_id = ANY($1) ORDER BY id`, [[...ids]])).rows.map(entryOfRow);
  }

  /** Stored papers of these ids (label 0: PostgreSQL keeps no graph labels); unknown ids are left out. */
  async storedPapers(ids: Iterable<string>): Promise<Map<string, StoredPaper>> {
    const rows = (await this.client.query<PaperRow>(`SELECT ${PAPER_SELECT} FROM papers.papers WHERE id = ANY($1)`, [[...ids]])).rows;
    return new Map(rows.map((row) => [row.id, { paper: paperOfRow(row), label: 0, textHash: row.text_hash }]));
  }

  /** Writes a merge; new papers have no vector yet. Returns the new generation. */
  async applyChange(change: PostgresChange): Promise<number> {
    const client = this.client;
    await client.query('DELETE FROM papers.entries WHERE source = ANY($1)', [change.replacedSources]);
    await client.query('DELETE FROM papers.sources WHERE path = ANY($1)', [change.replacedSources]);
    await client.query('DELETE FROM papers.papers WHERE id = ANY($1)', [change.removedPaperIds]);
    for (const chunk of chunksOf(change.sources)) {
      await client.query(
        'INSERT INTO papers.sources (path, sha256, digest_date, entries) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])',
        [chunk.map((source) => source.path), chunk.map((source) => source.sha256), chunk.map((source) => source.digestDate), chunk.map((source) => source.entries)],
      );
    }
    const entryColumns = ENTRY_COLUMNS.split(', ') as (keyof EntryRow)[];
    for (const chunk of chunksOf(change.entries.map(rowOfEntry))) {
      await client.query(
        `INSERT INTO papers.entries (${ENTRY_COLUMNS}) SELECT * FROM unnest(${entryColumns.map((column, position) => `$${position + 1}::${sqlTypeOf(column)}[]`).join(', ')})`,
        entryColumns.map((column) => chunk.map((row) => row[column])),
      );
    }
    const paperColumns = PAPER_COLUMNS.split(', ').filter((column) => column !== 'hnsw_label') as (keyof PaperRow)[];
    const written = [...paperColumns, 'terms', 'title_length', 'abstract_length'];
    const types = [...paperColumns.map((column) => sqlTypeOf(column)), 'tsvector', 'int', 'int'];
    const updates = written.filter((column) => column !== 'id').map((column) => `${column} = excluded.${column}`).join(', ');
    for (const chunk of chunksOf(change.papers)) {
      const rows = chunk.map((each) => rowOfPaper(each.paper, 0, each.textHash));
      const vectors = chunk.map((each) => termsVectorOf(each.terms));
      const columns = [...paperColumns.map((column) => rows.map((row) => row[column as keyof typeof row])), ...[0, 1, 2].map((part) => vectors.map((vector) => vector[part]))];
      // A paper's id is a hash of its text, so a paper written again keeps its vector.
      await client.query(
        `INSERT INTO papers.papers (${written.join(', ')}) SELECT * FROM unnest(${types.map((type, position) => `$${position + 1}::${type}[]`).join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${updates}`,
        columns,
      );
    }
    const previous = (await this.readMeta())?.generation ?? 0;
    const meta: PostgresMeta = { ...change.meta, generation: previous + 1 };
    for (const [key, value] of Object.entries(meta)) {
      await client.query('INSERT INTO papers.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, JSON.stringify(value)]);
    }
    return meta.generation;
  }

  /** Drops every table's rows (`--rebuild`); the caller holds the merge lock. */
  async clear(): Promise<void> {
    await this.client.query('TRUNCATE papers.entries, papers.sources, papers.papers, papers.cache, papers.meta');
  }



  /**
   * Claims up to `size` papers without a vector, embeds them with `embed` and writes the vectors,
   * in one transaction: the row locks are the claim. Another worker skips locked rows; a worker
   * that dies drops its connection, the server rolls its transaction back, and the batch is free
   * again. Returns how many papers were embedded (0: none left to claim).
   */
  async embedClaimed(size: number, worker: string, embed: (papers: ClaimedPaper[]) => Promise<Float32Array[]>): Promise<number> {
    return inTransaction(this.client, async () => {
      const claimed = (
        await this.client.query<ClaimedPaper>('SELECT id, title, abstract FROM papers.papers WHERE embedding IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED', [size])
      ).rows;
      if (claimed.length === 0) return 0;
      const vectors = await embed(claimed);
      await this.client.query(
        `UPDATE papers.papers p SET embedding = u.embedding::vector, embedded_by = $3, embedded_at = now()
         FROM unnest($1::text[], $2::text[]) AS u(id, embedding) WHERE p.id = u.id`,
        [claimed.map((paper) => paper.id), vectors.map((vector) => pgvector.toSql(Array.from(vector)) as string), worker],
      );
      return claimed.length;
    });
  }

  /** Papers still without a vector (being embedded elsewhere, or left by a worker that died). */
  async countUnembedded(): Promise<number> {
    return Number((await this.client.query<{ count: string }>('SELECT count(*) FROM papers.papers WHERE embedding IS NULL')).rows[0]!.count);
  }



  /** The papers that have a vector, their entries and vectors, read in one snapshot. */
  async readSnapshot(): Promise<PostgresSnapshot | null> {
    return inTransaction(
      this.client,
      async () => {
        const meta = await this.readMeta();
        if (!meta) return null;
        const rows = (await this.client.query<PaperRow & { embedding: string }>(`SELECT ${PAPER_SELECT}, embedding::text AS embedding FROM papers.papers WHERE embedding IS NOT NULL ORDER BY id`)).rows;
        const entries = (
          await this.client.query<EntryRow>(
            `SELECT ${ENTRY_COLUMNS.split(', ').map((column) => `e.${column}`).join(', ')} FROM papers.entries e JOIN papers.papers p ON p.id = e.paper_id WHERE p.embedding IS NOT NULL ORDER BY e.id`,
          )
        ).rows.map(entryOfRow);
        return { meta, papers: rows.map(paperOfRow), entries, vectors: rows.map((row) => vectorOfText(row.embedding)) };
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  /** Nearest papers by cosine distance through the HNSW index (`<=>`); similarity = 1 - distance. */
  async searchDense(vector: Float32Array, topK: number, excludeIds: readonly string[]): Promise<{ id: string; cosineSimilarity: number }[]> {
    const rows = (
      await this.client.query<{ id: string; distance: number }>(
        'SELECT id, embedding <=> $1::vector AS distance FROM papers.papers WHERE embedding IS NOT NULL AND id <> ALL($2) ORDER BY embedding <=> $1::vector LIMIT $3',
        [pgvector.toSql(Array.from(vector)), excludeIds, topK],
      )
    ).rows;
    return rows.map((row) => ({ id: row.id, cosineSimilarity: 1 - row.distance }));
  }

  /** Papers holding any of the terms, ranked by FTS5's BM25 (bm25-query.ts). */
  async searchText(terms: readonly string[], topK: number, weights: { title: number; abstract: number }): Promise<{ id: string; bm25: number }[]> {
    if (terms.length === 0) return [];
    return (await this.client.query<{ id: string; bm25: number }>(BM25_QUERY, [terms, terms.map(quoteLexeme).join(' | '), weights.title, weights.abstract, topK])).rows;
  }

  async cacheGet(key: string): Promise<string | null> {
    return (await this.client.query<{ value: string }>('SELECT value FROM papers.cache WHERE key = $1', [key])).rows[0]?.value ?? null;
  }

  async cachePut(key: string, value: string): Promise<void> {
    await this.client.query('INSERT INTO papers.cache (key, value, updated_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()', [key, value]);
  }
}

/** A hash of the ids of the papers a snapshot holds: the key of the themes and duplicates caches. */
export function hashPaperIds(papers: readonly Paper[]): string {
  const hash = createHash('sha256');
  for (const paper of papers) hash.update(`${paper.id}\n`);
  return hash.digest('hex');
}

function vectorOfText(text: string): Float32Array {
  return Float32Array.from(pgvector.fromSql(text) as number[]);
}

function sqlTypeOf(column: string): string {
  return ['position', 'line', 'authors', 'upvotes'].includes(column) ? 'int' : 'text';
}

function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += WRITE_CHUNK) chunks.push(items.slice(start, start + WRITE_CHUNK));
  return chunks;
}
