// The manifest: what an index folder holds and how it was made. Written last by every build, it
// is the switch that makes a new index visible; it is parsed and checked on every load.
import { INDEX_FORMAT_VERSION } from '../config.js';
import { PapersError } from '../errors.js';

export interface FileRecord {
  bytes: number;
  sha256: string;
  /** For files read piecemeal (papers.jsonl): the size of each checksummed chunk and their hashes. */
  chunkBytes?: number;
  chunkSha256?: string[];
}

export interface Manifest {
  formatVersion: number;
  createdAt: string;
  /** Sub-folder of the index folder that holds this generation's files. */
  generation: string;
  model: { id: string; variant: string; fingerprint: string; dimensions: number; maxTokens: number };
  hnsw: { m: number; efConstruction: number; efSearch: number; randomSeed: number };
  counts: { papers: number; entries: number; digests: number };
  /** The input files, as given, that the index was built from. */
  sources: string[];
  files: Record<string, FileRecord>;
}

export function parseManifest(text: string, file: string): Manifest {
  const fix = 'run `papers index --rebuild`';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PapersError('INDEX_CORRUPT', `index manifest is not valid JSON: ${file}`, fix);
  }
  const manifest = value as Partial<Manifest>;
  if (typeof manifest !== 'object' || manifest === null || typeof manifest.formatVersion !== 'number') {
    throw new PapersError('INDEX_CORRUPT', `index manifest has no format version: ${file}`, fix);
  }
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    throw new PapersError(
      'INDEX_INCOMPATIBLE',
      `index format version ${manifest.formatVersion} is not supported (this papers reads version ${INDEX_FORMAT_VERSION})`,
      fix,
    );
  }
  const ok =
    typeof manifest.generation === 'string' &&
    /^[\w.-]+$/.test(manifest.generation) &&
    typeof manifest.model?.id === 'string' &&
    typeof manifest.model.fingerprint === 'string' &&
    Number.isInteger(manifest.model.dimensions) &&
    Number.isInteger(manifest.counts?.papers) &&
    Array.isArray(manifest.sources) &&
    typeof manifest.files === 'object' &&
    manifest.files !== null &&
    typeof manifest.hnsw?.m === 'number';
  if (!ok) throw new PapersError('INDEX_CORRUPT', `index manifest is incomplete: ${file}`, fix);
  // Indexes made before model variants existed were all made with the q4 graph.
  manifest.model!.variant ??= 'q4';
  return manifest as Manifest;
}
