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
  papers: 'papers.json',
  vectors: 'vectors.f32',
  hnsw: 'hnsw.bin',
  lexical: 'lexical.json',
} as const;

export interface IndexContents {
  model: Manifest['model'];
  hnsw: Manifest['hnsw'];
  sources: string[];
  papers: Paper[];
  entries: Entry[];
  vectors: Float32Array[];
  lexicalJson: string;
  /** Writes the vector index to the given path (hnswlib writes its own files). */
  saveVectorIndex(file: string): void;
}

export interface StoredPapers {
  papers: Paper[];
  entries: Entry[];
}

const REBUILD = 'run `papers index --rebuild`';

export function writeIndex(indexDir: string, contents: IndexContents): Manifest {
  fs.mkdirSync(indexDir, { recursive: true });
  const generation = `g-${Date.now().toString(36)}-${process.pid}`;
  const staging = path.join(indexDir, `.staging-${generation}`);
  fs.mkdirSync(staging);

  writeFileDurable(path.join(staging, FILES.papers), JSON.stringify({ papers: contents.papers, entries: contents.entries }));
  writeFileDurable(path.join(staging, FILES.vectors), packVectors(contents.vectors, contents.model.dimensions));
  writeFileDurable(path.join(staging, FILES.lexical), contents.lexicalJson);
  contents.saveVectorIndex(path.join(staging, FILES.hnsw));
  syncFile(path.join(staging, FILES.hnsw));

  const files: Record<string, FileRecord> = {};
  for (const name of Object.values(FILES)) files[name] = recordOf(path.join(staging, name));
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
  for (const [name, record] of Object.entries(manifest.files)) {
    const stat = statOrNull(path.join(indexDir, manifest.generation, name));
    if (!stat) throw new PapersError('INDEX_CORRUPT', `index file missing: ${path.join(indexDir, manifest.generation, name)}`, REBUILD);
    if (stat.size !== record.bytes) {
      throw new PapersError('INDEX_CORRUPT', `index file ${name} has ${stat.size} bytes, the manifest says ${record.bytes}`, REBUILD);
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

/** Path of one of the index's files, its checksum verified first. */
export function verifiedPath(indexDir: string, manifest: Manifest, name: string): string {
  const file = path.join(indexDir, manifest.generation, name);
  const record = manifest.files[name];
  if (!record) throw new PapersError('INDEX_CORRUPT', `the manifest lists no ${name}`, REBUILD);
  if (sha256File(file) !== record.sha256) {
    throw new PapersError('INDEX_CORRUPT', `index file ${name} does not match its checksum (altered or damaged)`, REBUILD);
  }
  return file;
}

export function readVerified(indexDir: string, manifest: Manifest, name: string): Buffer {
  const file = path.join(indexDir, manifest.generation, name);
  const record = manifest.files[name];
  if (!record) throw new PapersError('INDEX_CORRUPT', `the manifest lists no ${name}`, REBUILD);
  const bytes = fs.readFileSync(file);
  if (createHash('sha256').update(bytes).digest('hex') !== record.sha256) {
    throw new PapersError('INDEX_CORRUPT', `index file ${name} does not match its checksum (altered or damaged)`, REBUILD);
  }
  return bytes;
}

export function readPapers(indexDir: string, manifest: Manifest): StoredPapers {
  const bytes = readVerified(indexDir, manifest, FILES.papers);
  const stored = JSON.parse(bytes.toString('utf8')) as StoredPapers;
  if (!Array.isArray(stored.papers) || stored.papers.length !== manifest.counts.papers) {
    throw new PapersError('INDEX_CORRUPT', `papers file does not hold the ${manifest.counts.papers} papers the manifest counts`, REBUILD);
  }
  return stored;
}

export function readVectors(indexDir: string, manifest: Manifest): Float32Array[] {
  const bytes = readVerified(indexDir, manifest, FILES.vectors);
  const { dimensions } = manifest.model;
  if (bytes.byteLength !== manifest.counts.papers * dimensions * 4) {
    throw new PapersError('INDEX_CORRUPT', `vectors file does not hold ${manifest.counts.papers} × ${dimensions} floats`, REBUILD);
  }
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const vectors: Float32Array[] = [];
  for (let i = 0; i < manifest.counts.papers; i += 1) vectors.push(all.subarray(i * dimensions, (i + 1) * dimensions));
  return vectors;
}

function packVectors(vectors: Float32Array[], dimensions: number): Uint8Array {
  const all = new Float32Array(vectors.length * dimensions);
  vectors.forEach((vector, index) => all.set(vector, index * dimensions));
  return new Uint8Array(all.buffer);
}

function recordOf(file: string): FileRecord {
  return { bytes: fs.statSync(file).size, sha256: sha256File(file) };
}

function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
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
