// Connections to a shared library in PostgreSQL: the URL checked, the pgvector extension and the
// tables created or checked, and each failure turned into a one-line error that names the fix.
import pg from 'pg';
import { PapersError } from '../../errors.js';
import { POSTGRES_SCHEMA_NAME, POSTGRES_SCHEMA_VERSION, postgresSchema } from './postgres-schema.js';

/** How long a connection attempt may take before the server counts as unreachable. */
const CONNECT_TIMEOUT_MS = 10_000;

/** The URL as shown in messages: without its password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** A `postgres://` or `postgresql://` URL with a host; anything else is refused before connecting. */
export function checkDatabaseUrl(url: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || !['postgres:', 'postgresql:'].includes(parsed.protocol) || parsed.hostname === '') {
    throw new PapersError(
      'DATABASE_UNAVAILABLE',
      `"${describeDatabase(url)}" is not a PostgreSQL URL`,
      'give --db (or PAPERS_DATABASE_URL) as postgres://user:password@host:5432/database',
    );
  }
}

/** One open connection; the caller ends it. */
export async function connectDatabase(url: string): Promise<pg.Client> {
  checkDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A server that goes away between queries surfaces on the next query; without a listener the
  // 'error' event would end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new PapersError(
      'DATABASE_UNAVAILABLE',
      `cannot connect to PostgreSQL at ${describeDatabase(url)} (${messageOf(error)})`,
      'check that the server is running and that --db (or PAPERS_DATABASE_URL) names it, with user and password',
    );
  }
  return client;
}

/**
 * A connection to a library that is ready to use: the extension present, the tables created when
 * `create` (a writer) or required (a reader), and of this program's schema version.
 */
export async function openDatabase(url: string, options: { create: boolean; dimensions: number }): Promise<pg.Client> {
  const client = await connectDatabase(url);
  try {
    await ensureVectorExtension(client, url);
    const version = await readSchemaVersion(client);
    if (version === null) {
      if (!options.create) throw new PapersError('NO_INDEX', `no papers library in ${describeDatabase(url)}`, 'run `papers index --db <url>` first');
      await inTransaction(client, () => client.query(postgresSchema(options.dimensions)));
    } else if (version !== POSTGRES_SCHEMA_VERSION) {
      throw new PapersError(
        'INDEX_INCOMPATIBLE',
        `the library in ${describeDatabase(url)} has schema version ${version}; this papers reads version ${POSTGRES_SCHEMA_VERSION}`,
        version > POSTGRES_SCHEMA_VERSION
          ? 'upgrade papers to the version that wrote it'
          : `drop the old tables (DROP SCHEMA ${POSTGRES_SCHEMA_NAME} CASCADE) and run \`papers index --db <url>\` again`,
      );
    }
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(client: pg.Client, work: () => Promise<T>, begin = 'BEGIN'): Promise<T> {
  await client.query(begin);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function ensureVectorExtension(client: pg.Client, url: string): Promise<void> {
  const installed = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'vector'");
  if (installed.rowCount !== 0) return;
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS vector');
  } catch (error) {
    throw new PapersError(
      'DATABASE_UNAVAILABLE',
      `the database ${describeDatabase(url)} has no pgvector extension and papers cannot create it (${messageOf(error)})`,
      'install pgvector on the server (https://github.com/pgvector/pgvector) and run CREATE EXTENSION vector as a user allowed to',
    );
  }
}

async function readSchemaVersion(client: pg.Client): Promise<number | null> {
  const table = await client.query<{ present: boolean }>("SELECT to_regclass('papers.schema_version') IS NOT NULL AS present");
  if (!table.rows[0]?.present) return null;
  const row = await client.query<{ version: number }>('SELECT version FROM papers.schema_version LIMIT 1');
  return row.rows[0]?.version ?? null;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
  return text.split('\n')[0]!;
}
