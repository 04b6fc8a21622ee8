// The server's index on a PostgreSQL library: a timer asks the database for the generation and the
// count of papers still without a vector (workers embed after the merge that moved the generation),
// and when either moved, loads the new snapshot in the background; the next request swaps it in
// (FollowedIndex). One model serves every snapshot.
import { SERVE } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import type { OpenIndex } from '../pipeline/open-index.js';
import { PostgresLibrary } from '../store/postgres/postgres-library.js';
import { FollowedIndex } from './followed-index.js';

export interface FollowPostgresOptions {
  url: string;
  dimensions: number;
  /** Opens the library's snapshot as committed now, with the given model. */
  open: (loadEmbedder: () => Promise<Embedder>) => Promise<OpenIndex>;
  loadEmbedder: () => Promise<Embedder>;
  pollMs?: number;
}

export async function followPostgres(options: FollowPostgresOptions): Promise<FollowedIndex> {
  let loaded: Promise<Embedder> | null = null;
  const sharedEmbedder = () => (loaded ??= options.loadEmbedder());
  const probe = await PostgresLibrary.open(options.url, { create: false, dimensions: options.dimensions });
  // Read before the snapshot: a change in between loads one snapshot more, never one fewer.
  let known = await stateOf(probe);
  const initial = await options.open(sharedEmbedder).catch(async (error: unknown) => {
    await probe.close();
    throw error;
  });
  let prepared: OpenIndex | null = null;
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const state = await stateOf(probe);
      if (state !== known) {
        const next = await options.open(sharedEmbedder);
        prepared?.closeStore();
        prepared = next;
        known = state;
      }
    } catch {
      // A failed read keeps the snapshot the server has; the next poll tries again.
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), options.pollMs ?? SERVE.postgresPollMs);
  timer.unref();
  return new FollowedIndex(initial, {
    readGeneration: () => prepared?.meta.generation ?? null,
    hasNewer: () => prepared !== null,
    reopen: () => {
      const next = prepared!;
      prepared = null;
      return next;
    },
    onClose: () => {
      clearInterval(timer);
      prepared?.closeStore();
      void probe.close();
    },
  });
}

/** The generation and the papers pending a vector (read through the partial index on them). */
async function stateOf(library: PostgresLibrary): Promise<string> {
  const rows = (
    await library.connection.query<{ generation: string | null; pending: string }>(
      "SELECT (SELECT value FROM papers.meta WHERE key = 'generation') AS generation, (SELECT count(*) FROM papers.papers WHERE embedding IS NULL) AS pending",
    )
  ).rows;
  return `${rows[0]?.generation ?? 'none'}/${rows[0]?.pending ?? 0}`;
}
