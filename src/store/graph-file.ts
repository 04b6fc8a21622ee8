// The HNSW graph file beside papers.db: written under a new name for every switch, flushed before
// the transaction that names it commits, checked against the checksum the database records.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PapersError } from '../errors.js';
import { syncFile, syncFolder } from './atomic-write.js';
import type { IndexMeta } from './index-meta.js';

export interface WrittenGraph {
  file: string;
  sha256: string;
  bytes: number;
}

/** Writes a graph under a fresh name and flushes it and its folder; returns what meta records. */
export function writeGraphFile(indexDir: string, generation: number, write: (file: string) => void): WrittenGraph {
  const name = `hnsw-${generation}-${process.pid}-${Date.now().toString(36)}.bin`;
  const file = path.join(indexDir, name);
  write(file);
  syncFile(file);
  syncFolder(indexDir);
  return { file: name, sha256: sha256OfFile(file), bytes: fs.statSync(file).size };
}

/** The graph is built from the vectors the database keeps: repairing it embeds nothing. */
export const GRAPH_REPAIR_HINT = 'rebuild it from the stored vectors with `papers compact` or any `papers index` run; nothing is embedded again';

/** The graph file meta names, its size and checksum verified. */
export function verifiedGraphPath(indexDir: string, meta: IndexMeta): string {
  const file = path.join(indexDir, meta.graph.file);
  let bytes: number;
  try {
    bytes = fs.statSync(file).size;
  } catch {
    throw new PapersError('INDEX_CORRUPT', `index file missing: ${file}`, GRAPH_REPAIR_HINT);
  }
  if (bytes !== meta.graph.bytes) throw new PapersError('INDEX_CORRUPT', `index file ${meta.graph.file} has ${bytes} bytes, the database says ${meta.graph.bytes} (truncated or altered)`, GRAPH_REPAIR_HINT);
  if (sha256OfFile(file) !== meta.graph.sha256) throw new PapersError('INDEX_CORRUPT', `index file ${meta.graph.file} does not match its checksum (altered or damaged)`, GRAPH_REPAIR_HINT);
  return file;
}

/** Deletes graph files other than these two: a reader of the previous state can still load its graph. */
export function removeStaleGraphs(indexDir: string, keep: (string | null)[]): void {
  for (const name of fs.readdirSync(indexDir)) {
    if (/^hnsw-[\w.-]+\.bin$/.test(name) && !keep.includes(name)) fs.rmSync(path.join(indexDir, name), { force: true });
  }
}

/** Hashed through one small buffer: a 170 MB graph is not held twice in memory. */
export function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(4 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}
