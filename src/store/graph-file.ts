// The HNSW graph file beside papers.db: written under a new name for every switch, flushed before
// the transaction that names it commits, checked against the checksums the database records.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PapersError } from '../errors.js';
import { syncFile, syncFolder } from './atomic-write.js';
import type { IndexMeta } from './index-meta.js';

export interface WrittenGraph {
  file: string;
  sha256: string;
  /** The sampled checksum (`sampleSha256OfFile`) that opening a large graph verifies. */
  sampleSha256: string;
  bytes: number;
}

/**
 * Up to this size, opening the graph verifies its whole sha256 (about 0.1 s); above it, the size
 * and a checksum of the header, the tail and evenly spread blocks, so that opening 1,000,000
 * papers does not hash 1.7 GB. `papers info` always hashes the whole file.
 */
export const FULL_CHECK_BYTES = 64 << 20;
const SAMPLE_BLOCKS = 256;
const SAMPLE_BLOCK_BYTES = 4096;
const SAMPLE_EDGE_BYTES = 64 << 10;

/** How much of the file a check hashes: all of it, or the samples when it is large (the read path). */
export type GraphCheck = 'full' | 'quick';

/** Writes a graph under a fresh name and flushes it and its folder; returns what meta records. */
export function writeGraphFile(indexDir: string, generation: number, write: (file: string) => void): WrittenGraph {
  const name = `hnsw-${generation}-${process.pid}-${Date.now().toString(36)}.bin`;
  const file = path.join(indexDir, name);
  write(file);
  syncFile(file);
  syncFolder(indexDir);
  return { file: name, sha256: sha256OfFile(file), sampleSha256: sampleSha256OfFile(file), bytes: fs.statSync(file).size };
}

/** The graph is built from the vectors the database keeps: repairing it embeds nothing. */
export const GRAPH_REPAIR_HINT = 'rebuild it from the stored vectors with `papers compact` or any `papers index` run; nothing is embedded again';

/**
 * The graph file meta names, its size and checksum verified: the whole file for `full` and for
 * small graphs, the sampled checksum for a `quick` check of a large one (searches and adds).
 */
export function verifiedGraphPath(indexDir: string, meta: IndexMeta, check: GraphCheck = 'full'): string {
  const file = path.join(indexDir, meta.graph.file);
  let bytes: number;
  try {
    bytes = fs.statSync(file).size;
  } catch {
    throw new PapersError('INDEX_CORRUPT', `index file missing: ${file}`, GRAPH_REPAIR_HINT);
  }
  if (bytes !== meta.graph.bytes) throw new PapersError('INDEX_CORRUPT', `index file ${meta.graph.file} has ${bytes} bytes, the database says ${meta.graph.bytes} (truncated or altered)`, GRAPH_REPAIR_HINT);
  const sampled = check === 'quick' && bytes > FULL_CHECK_BYTES && meta.graph.sampleSha256 !== undefined;
  const matches = sampled ? sampleSha256OfFile(file) === meta.graph.sampleSha256 : sha256OfFile(file) === meta.graph.sha256;
  if (!matches) throw new PapersError('INDEX_CORRUPT', `index file ${meta.graph.file} does not match its checksum (altered or damaged)`, GRAPH_REPAIR_HINT);
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

/**
 * sha256 of the size, the first and last 64 KiB (hnswlib's header and the last points' links) and
 * 256 blocks of 4 KiB spread evenly between them: about 1.2 MB read whatever the graph's size.
 * It catches truncation, a foreign or rewritten file and damage to the header; damage inside the
 * body is caught by `papers info`, which hashes everything.
 */
export function sampleSha256OfFile(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const bytes = fs.fstatSync(fd).size;
    const hash = createHash('sha256').update(String(bytes));
    const buffer = Buffer.alloc(SAMPLE_EDGE_BYTES);
    const hashRange = (start: number, length: number) => {
      const read = fs.readSync(fd, buffer, 0, Math.min(length, buffer.length), start);
      hash.update(buffer.subarray(0, read));
    };
    hashRange(0, SAMPLE_EDGE_BYTES);
    const step = Math.max(1, Math.floor(bytes / (SAMPLE_BLOCKS + 1)));
    for (let block = 1; block <= SAMPLE_BLOCKS && block * step < bytes; block += 1) hashRange(block * step, SAMPLE_BLOCK_BYTES);
    hashRange(Math.max(0, bytes - SAMPLE_EDGE_BYTES), SAMPLE_EDGE_BYTES);
    return hash.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}
