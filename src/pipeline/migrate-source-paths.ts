// Libraries written before sources were recorded by absolute path hold paths relative to the
// folder `papers index` ran in, which was not recorded. Each is resolved where it most likely
// lay: the working folder, else the project folder (the sample digests); a path found in neither
// stays relative and is matched by its file name (merge-library.ts, remove-sources.ts).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { sourcePathOf } from '../ingest/read-inputs.js';
import type { LibraryStore } from '../store/library-store.js';
import { acquireLock } from '../store/lock.js';

/** Rewrites relative source paths as absolute ones; returns how many. Skipped while another writer holds the lock. */
export function migrateSourcePaths(store: LibraryStore, cwd: string = process.cwd()): number {
  const relative = store.sources().map((source) => source.path).filter((file) => !path.isAbsolute(file));
  if (relative.length === 0) return 0;
  let lock;
  try {
    lock = acquireLock(store.indexDir);
  } catch {
    // Another writer migrates them, or the next one does.
    return 0;
  }
  try {
    const renames = new Map<string, string>();
    for (const file of relative) {
      const found = [cwd, PROJECT_ROOT].map((folder) => path.resolve(folder, file)).find((candidate) => fs.existsSync(candidate));
      if (found) renames.set(file, sourcePathOf(found));
    }
    return store.renameSources(renames).length;
  } finally {
    lock.release();
  }
}
