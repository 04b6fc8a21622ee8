// A PostgreSQL server with pgvector for the tests: PGlite (PostgreSQL compiled to WebAssembly) in
// this process, behind its socket server, so the `pg` driver speaks the real wire protocol to it.
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface TestDatabase {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

/**
 * One database per call. PGlite runs one session: the socket server queues the queries of up to
 * `maxConnections` clients and, while one client is inside a transaction, runs only its queries.
 */
export async function startTestDatabase(options: { pgvector?: boolean; maxConnections?: number } = {}): Promise<TestDatabase> {
  const db = await PGlite.create(options.pgvector === false ? {} : { extensions: { vector } });
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: options.maxConnections ?? 16 });
  await server.start();
  const port = (server as unknown as { port: number }).port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    db,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
