// The index folder on disk. Each build writes a new generation folder beside the current one,
// flushes it, then switches the manifest by rename: a crash at any instant leaves the previous
// index or the new one, never a mix. Loading checks the manifest, sizes and checksums.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { INDEX_FORMAT_VERSION } from '../config.js';
import { PapersError } from '../errors.js';
import type { Entry, Paper } from '../ingest/types.js';
import { syncFile, syncFolder, writeFileAtomic, writeFileDurable } from './atomic-write.js';
import { parseManifest, type FileRecord, type Manifest } from './manifest.js';

export const MANIFEST_FILE = 'manifest.json';
export const FILES = {
  /** One paper per line, in ordinal order, so a query reads only the papers it shows. */
  papers: 'papers.jsonl',
  /** Float64 byte offsets of each line of papers.jsonl, plus the end. */
  paperOffsets: 'papers.offsets',
  entries: 'entries.json',
  vectors: 'vectors.f32',
  hnsw: 'hnsw.bin',
  lexical: 'lexical.bin',
} as const;
/** papers.jsonl is checksummed per chunk so that reading ten papers verifies about ten chunks. */
const PAPER_CHUNK_BYTES = 1 << 20;

export interface IndexContents {
  model: Manifest['model'];
  hnsw: Manifest['hnsw'];
  sources: string[];
  papers: Paper[];
  entries: Entry[];
  vectors: Float32Array[];
  lexical: Uint8Array;
  /** Writes the vector index to the given path (hnswlib writes its own files). */
  saveVectorIndex(file: string): void;
}

export const REBUILD_HINT = 'run `papers index --rebuild`';

export function writeIndex(indexDir: string, contents: IndexContents): Manifest {
  fs.mkdirSync(indexDir, { recursive: true });
  const generation = `g-${Date.now().toString(36)}-${process.pid}`;
  const staging = path.join(indexDir, `.staging-${generation}`);
  fs.mkdirSync(staging);

  const { lines, offsets } = paperLines(contents.papers);
  writeFileDurable(path.join(staging, FILES.papers), lines);
  writeFileDurable(path.join(staging, FILES.paperOffsets), new Uint8Array(offsets.buffer));
  writeFileDurable(path.join(staging, FILES.entries), JSON.stringify(contents.entries));
  writeFileDurable(path.join(staging, FILES.vectors), packVectors(contents.vectors, contents.model.dimensions));
  writeFileDurable(path.join(staging, FILES.lexical), contents.lexical);
  contents.saveVectorIndex(path.join(staging, FILES.hnsw));
  syncFile(path.join(staging, FILES.hnsw));

  const files: Record<string, FileRecord> = {};
  for (const name of Object.values(FILES)) files[name] = recordOf(path.join(staging, name));
  files[FILES.papers] = { ...files[FILES.papers]!, chunkBytes: PAPER_CHUNK_BYTES, chunkSha256: chunkHashes(lines, PAPER_CHUNK_BYTES) };
  syncFolder(staging);
  fs.renameSync(staging, path.join(indexDir, generation));
  syncFolder(indexDir);

  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    generation,
    model: contents.model,
    hnsw: contents.hnsw,
    counts: {
      papers: contents.papers.length,
      entries: contents.entries.length,
      digests: new Set(contents.entries.map((entry) => entry.file)).size,
    },
    sources: contents.sources,
    files,
  };
  const previous = readManifestIfAny(indexDir);
  writeFileAtomic(path.join(indexDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  removeStaleGenerations(indexDir, [generation, previous?.generation].filter((name): name is string => Boolean(name)));
  return manifest;
}

/** The manifest of an index folder; a clear error when there is none or it cannot be used. */
export function readManifest(indexDir: string): Manifest {
  const file = path.join(indexDir, MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new PapersError('NO_INDEX', `no index in ${indexDir}`, 'run `papers index` first');
  }
  const manifest = parseManifest(text, file);
  for (const name of Object.values(FILES)) {
    const record = manifest.files[name];
    if (!record) throw new PapersError('INDEX_CORRUPT', `the manifest in ${indexDir} lists no ${name}`, REBUILD_HINT);
    const stat = statOrNull(path.join(indexDir, manifest.generation, name));
    if (!stat) throw new PapersError('INDEX_CORRUPT', `index file missing: ${path.join(indexDir, manifest.generation, name)}`, REBUILD_HINT);
    if (stat.size !== record.bytes) {
      throw new PapersError('INDEX_CORRUPT', `index file ${name} has ${stat.size} bytes, the manifest says ${record.bytes} (truncated or altered)`, REBUILD_HINT);
    }
  }
  return manifest;
}

export function readManifestIfAny(indexDir: string): Manifest | null {
  try {
    return readManifest(indexDir);
  } catch (error) {
    if (error instanceof PapersError) return null;
    throw error;
  }
}

export function filePath(indexDir: string, manifest: Manifest, name: string): string {
  return path.join(indexDir, manifest.generation, name);
}

/** A whole index file, its checksum verified. */
export function readVerified(indexDir: string, manifest: Manifest, name: string): Buffer {
  const bytes = fs.readFileSync(filePath(indexDir, manifest, name));
  if (sha256(bytes) !== manifest.files[name]?.sha256) throw checksumError(name);
  return bytes;
}

/** Checks every file of the index against its checksum, as `papers info` does. */
export function verifyAllFiles(indexDir: string, manifest: Manifest): number {
  for (const name of Object.keys(manifest.files)) verifiedPath(indexDir, manifest, name);
  return Object.keys(manifest.files).length;
}

/**
 * Path of an index file that a library reads itself (hnswlib), its checksum verified first. The
 * file is hashed through one small buffer: a 170 MB graph is not held twice in memory.
 */
export function verifiedPath(indexDir: string, manifest: Manifest, name: string): string {
  const file = filePath(indexDir, manifest, name);
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(4 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  if (hash.digest('hex') !== manifest.files[name]?.sha256) throw checksumError(name);
  return file;
}

export function readAllPapers(indexDir: string, manifest: Manifest): Paper[] {
  const text = readVerified(indexDir, manifest, FILES.papers).toString('utf8');
  const papers = text === '' ? [] : text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Paper);
  if (papers.length !== manifest.counts.papers) {
    throw new PapersError('INDEX_CORRUPT', `papers file holds ${papers.length} papers, the manifest counts ${manifest.counts.papers}`, REBUILD_HINT);
  }
  return papers;
}

export function readEntries(indexDir: string, manifest: Manifest): Entry[] {
  const entries = JSON.parse(readVerified(indexDir, manifest, FILES.entries).toString('utf8')) as Entry[];
  if (!Array.isArray(entries) || entries.length !== manifest.counts.entries) {
    throw new PapersError('INDEX_CORRUPT', `entries file does not hold the ${manifest.counts.entries} entries the manifest counts`, REBUILD_HINT);
  }
  return entries;
}

export function readVectors(indexDir: string, manifest: Manifest): Float32Array[] {
  const bytes = readVerified(indexDir, manifest, FILES.vectors);
  const { dimensions } = manifest.model;
  if (bytes.byteLength !== manifest.counts.papers * dimensions * 4) {
    throw new PapersError('INDEX_CORRUPT', `vectors file does not hold ${manifest.counts.papers} × ${dimensions} floats`, REBUILD_HINT);
  }
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const vectors: Float32Array[] = [];
  for (let i = 0; i < manifest.counts.papers; i += 1) vectors.push(all.subarray(i * dimensions, (i + 1) * dimensions));
  return vectors;
}

function paperLines(papers: Paper[]): { lines: Buffer; offsets: Float64Array } {
  const buffers = papers.map((paper) => Buffer.from(`${JSON.stringify(paper)}\n`, 'utf8'));
  const offsets = new Float64Array(papers.length + 1);
  buffers.forEach((buffer, index) => {
    offsets[index + 1] = offsets[index]! + buffer.length;
  });
  return { lines: Buffer.concat(buffers), offsets };
}

function chunkHashes(bytes: Buffer, size: number): string[] {
  const hashes: string[] = [];
  for (let start = 0; start < bytes.length; start += size) hashes.push(sha256(bytes.subarray(start, start + size)));
  return hashes;
}

function packVectors(vectors: Float32Array[], dimensions: number): Uint8Array {
  const all = new Float32Array(vectors.length * dimensions);
  vectors.forEach((vector, index) => all.set(vector, index * dimensions));
  return new Uint8Array(all.buffer);
}

export function checksumError(name: string): PapersError {
  return new PapersError('INDEX_CORRUPT', `index file ${name} does not match its checksum (altered or damaged)`, REBUILD_HINT);
}

function recordOf(file: string): FileRecord {
  return { bytes: fs.statSync(file).size, sha256: sha256(fs.readFileSync(file)) };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** Keeps the current and the previous generation (a reader may still be loading it). */
function removeStaleGenerations(indexDir: string, keep: string[]): void {
  for (const name of fs.readdirSync(indexDir)) {
    const stale = (name.startsWith('g-') && !keep.includes(name)) || (name.startsWith('.staging-') && !name.endsWith(`-${process.pid}`));
    if (stale) fs.rmSync(path.join(indexDir, name), { recursive: true, force: true });
  }
}
