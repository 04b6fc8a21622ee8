// What `papers info` and `papers compact` do to a PostgreSQL library: counts and a consistency
// check (entries and papers that point at nothing, the pgvector and tsvector indexes present), and
// compaction (those rows deleted, the HNSW index rebuilt, VACUUM ANALYZE on the tables).
import { POSTGRES_SCHEMA_NAME, POSTGRES_SCHEMA_VERSION, postgresSchema } from './postgres-schema.js';
import type { PostgresLibrary, PostgresMeta } from './postgres-library.js';

export interface PostgresHealth {
  meta: PostgresMeta | null;
  schemaVersion: number;
  papers: number;
  /** Papers with a vector; the rest are pending: a worker has them, or `papers index --db` will. */
  embedded: number;
  pending: number;
  entries: number;
  sourceCount: number;
  /** Entries whose paper is not in the library, and papers no entry carries: a sound library has none. */
  orphanEntries: number;
  papersWithoutEntries: number;
  /** The indexes search needs: pgvector's HNSW on the vectors, the GIN on the terms. */
  vectorIndex: boolean;
  textIndex: boolean;
  /** Tables with their indexes and TOAST. */
  bytes: number;
}

export interface PostgresCompaction {
  deletedEntries: number;
  deletedPapers: number;
  /** False where VACUUM is not allowed (inside a transaction, or a server that refuses it). */
  vacuumed: boolean;
  bytesBefore: number;
  bytesAfter: number;
  generation: number;
}

const ORPHAN_ENTRIES = 'FROM papers.entries e WHERE NOT EXISTS (SELECT 1 FROM papers.papers p WHERE p.id = e.paper_id)';
const PAPERS_WITHOUT_ENTRIES = 'FROM papers.papers p WHERE NOT EXISTS (SELECT 1 FROM papers.entries e WHERE e.paper_id = p.id)';

export async function inspectLibrary(library: PostgresLibrary): Promise<PostgresHealth> {
  const client = library.connection;
  const count = async (sql: string) => Number((await client.query<{ count: string }>(`SELECT count(*) ${sql}`)).rows[0]!.count);
  const indexes = new Set((await client.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [POSTGRES_SCHEMA_NAME])).rows.map((row) => row.indexname));
  const papers = await count('FROM papers.papers');
  const embedded = await count('FROM papers.papers WHERE embedding IS NOT NULL');
  return {
    meta: await library.readMeta(),
    schemaVersion: POSTGRES_SCHEMA_VERSION,
    papers,
    embedded,
    pending: papers - embedded,
    entries: await count('FROM papers.entries'),
    sourceCount: await count('FROM papers.sources'),
    orphanEntries: await count(ORPHAN_ENTRIES),
    papersWithoutEntries: await count(PAPERS_WITHOUT_ENTRIES),
    vectorIndex: indexes.has('papers_embedding'),
    textIndex: indexes.has('papers_terms'),
    bytes: await bytesOf(library),
  };
}

/**
 * Vectors live on their papers' rows, so none outlives its paper; what compaction removes is rows
 * a broken write could leave (entries of no paper, papers of no entry), under the merge lock, then
 * recreates a missing index and rebuilds the HNSW one (pgvector keeps deleted rows in its graph until a REINDEX) and runs
 * VACUUM ANALYZE, which returns dead rows' space to the tables (not to the disk: that is VACUUM FULL).
 */
export async function compactPostgres(library: PostgresLibrary): Promise<PostgresCompaction> {
  const client = library.connection;
  const bytesBefore = await bytesOf(library);
  const { deletedEntries, deletedPapers, generation } = await library.mergeUnderLock(async () => {
    const entries = (await client.query(`DELETE ${ORPHAN_ENTRIES}`)).rowCount ?? 0;
    const papers = (await client.query(`DELETE ${PAPERS_WITHOUT_ENTRIES}`)).rowCount ?? 0;
    const meta = await library.readMeta();
    // Recreates an index that was dropped by hand; every statement of the schema is idempotent.
    if (meta) await client.query(postgresSchema(meta.model.dimensions));
    let next = meta?.generation ?? 0;
    if (entries + papers > 0 && meta) {
      next += 1;
      await client.query("UPDATE papers.meta SET value = $1 WHERE key = 'generation'", [JSON.stringify(next)]);
    }
    await client.query('REINDEX INDEX papers.papers_embedding');
    return { deletedEntries: entries, deletedPapers: papers, generation: next };
  });
  let vacuumed = true;
  try {
    await client.query('VACUUM ANALYZE papers.papers, papers.entries, papers.sources, papers.cache');
  } catch {
    vacuumed = false;
  }
  return { deletedEntries, deletedPapers, vacuumed, bytesBefore, bytesAfter: await bytesOf(library), generation };
}

async function bytesOf(library: PostgresLibrary): Promise<number> {
  const rows = (
    await library.connection.query<{ bytes: string | null }>(
      "SELECT sum(pg_total_relation_size(c.oid)) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'",
      [POSTGRES_SCHEMA_NAME],
    )
  ).rows;
  return Number(rows[0]?.bytes ?? 0);
}
