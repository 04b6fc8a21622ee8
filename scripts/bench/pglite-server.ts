// A PostgreSQL server with pgvector for the benchmarks, in a process of its own (the bench's CLI
// runs block its event loop): PGlite, PostgreSQL compiled to WebAssembly, behind its socket
// server. Prints the URL, then serves until its stdin closes.
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const db = await PGlite.create({ extensions: { vector } });
const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 16 });
await server.start();
process.stdout.write(`postgres://postgres@127.0.0.1:${(server as unknown as { port: number }).port}/postgres\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server.stop().then(() => db.close()).then(() => process.exit(0));
});
