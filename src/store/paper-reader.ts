// Reads single papers from papers.jsonl by ordinal, verifying only the checksummed chunks it
// touches: a query that shows ten papers of 100,000 reads and hashes about ten megabytes.
import fs from 'node:fs';
import { PapersError } from '../errors.js';
import type { Paper } from '../ingest/types.js';
import { checksumError, filePath, FILES, readVerified, REBUILD_HINT, sha256 } from './index-store.js';
import type { FileRecord, Manifest } from './manifest.js';

/** Reads single papers by ordinal, verifying only the chunks of papers.jsonl it touches. */
export class PaperReader {
  private readonly file: string;
  private readonly offsets: Float64Array;
  private readonly record: FileRecord;
  private readonly chunks = new Map<number, Buffer>();

  constructor(indexDir: string, manifest: Manifest) {
    const bytes = readVerified(indexDir, manifest, FILES.paperOffsets);
    this.offsets = new Float64Array(new Uint8Array(bytes).buffer);
    this.file = filePath(indexDir, manifest, FILES.papers);
    this.record = manifest.files[FILES.papers]!;
    if (this.offsets.length !== manifest.counts.papers + 1 || this.offsets[manifest.counts.papers] !== this.record.bytes) {
      throw new PapersError('INDEX_CORRUPT', 'papers offsets do not match the papers file', REBUILD_HINT);
    }
    if (!this.record.chunkBytes || !this.record.chunkSha256) {
      throw new PapersError('INDEX_CORRUPT', 'the manifest has no chunk checksums for the papers file', REBUILD_HINT);
    }
  }

  paperAt(ordinal: number): Paper {
    const start = this.offsets[ordinal];
    const end = this.offsets[ordinal + 1];
    if (start === undefined || end === undefined) throw new RangeError(`no paper ${ordinal}`);
    const size = this.record.chunkBytes!;
    const parts: Buffer[] = [];
    for (let chunk = Math.floor(start / size); chunk * size < end; chunk += 1) {
      const bytes = this.chunk(chunk);
      parts.push(bytes.subarray(Math.max(0, start - chunk * size), Math.min(bytes.length, end - chunk * size)));
    }
    try {
      return JSON.parse(Buffer.concat(parts).toString('utf8')) as Paper;
    } catch {
      throw new PapersError('INDEX_CORRUPT', `paper ${ordinal} cannot be read from ${FILES.papers}`, REBUILD_HINT);
    }
  }

  private chunk(index: number): Buffer {
    const cached = this.chunks.get(index);
    if (cached) return cached;
    const size = this.record.chunkBytes!;
    const length = Math.min(size, this.record.bytes - index * size);
    const bytes = Buffer.alloc(length);
    const fd = fs.openSync(this.file, 'r');
    try {
      fs.readSync(fd, bytes, 0, length, index * size);
    } finally {
      fs.closeSync(fd);
    }
    if (sha256(bytes) !== this.record.chunkSha256![index]) throw checksumError(FILES.papers);
    this.chunks.set(index, bytes);
    return bytes;
  }
}
