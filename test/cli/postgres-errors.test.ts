// `--db` failures a user meets first: a URL that is not one, a server that is not there, a
// database without pgvector, a library of another schema version. Each is one line and exit 1.
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from '../helpers/run-cli.js';
import { startTestDatabase, type TestDatabase } from '../helpers/pglite-server.js';

function expectOneLineError(result: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('papers --db errors', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.stop();
  });

  it('refuses a malformed URL with the form to use', () => {
    expectOneLineError(runCli(['--db', 'localhost:5432/papers', 'search', 'kv cache']), /is not a PostgreSQL URL \(give --db .*postgres:\/\/user:password@host:5432\/database\)/);
  });

  it('names an unreachable server, without its password, and what to check', () => {
    const result = runCli(['search', 'kv cache'], { env: { PAPERS_DATABASE_URL: 'postgres://lab:secret@127.0.0.1:1/papers' } });
    expectOneLineError(result, /cannot connect to PostgreSQL at postgres:\/\/lab:\*\*\*@127\.0\.0\.1:1\/papers .*check that the server is running/);
    expect(result.stderr).not.toContain('secret');
  });

  it('says how to get pgvector when the database has none', async () => {
    const database = await startTestDatabase({ pgvector: false });
    databases.push(database);
    const result = await runCliAsync(['--db', database.url, 'index', 'data/digests']);
    expectOneLineError(result, /has no pgvector extension and papers cannot create it .*install pgvector on the server/);
  });

  it('refuses a library of another schema version', async () => {
    const database = await startTestDatabase();
    databases.push(database);
    await database.db.exec('CREATE SCHEMA papers; CREATE TABLE papers.schema_version (version integer NOT NULL); INSERT INTO papers.schema_version VALUES (99);');
    const result = await runCliAsync(['--db', database.url, 'search', 'kv cache']);
    expectOneLineError(result, /has schema version 99; this papers reads version 1 \(upgrade papers/);
  });

  it('refuses the commands that work on a local index folder only', () => {
    const result = runCli(['--db', 'postgres://lab@127.0.0.1:1/papers', 'compact']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/papers compact works on a local index folder, not a PostgreSQL library/);
  });
});
