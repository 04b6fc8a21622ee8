// Streams an arXiv metadata file (JSON Lines, plain or gzip) in batches of entries, never holding
// the file in memory, with the `--category` filter and counts of what was read, kept and skipped.
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { type ArxivSkipReason, isArxivShaped, readArxivRecord } from './arxiv-record.js';
import { matchesCategories } from './category-filter.js';
import type { IngestWarning, RawEntry } from './types.js';

export interface ArxivReadOptions {
  /** Keep a paper when any of its categories is listed (`cs.*` for an archive); empty keeps all. */
  categories?: readonly string[];
  /** Entries per yielded batch (default 1,000): the unit a consumer embeds and stores at once. */
  batchSize?: number;
  /** Called every few thousand lines read, kept or not, and at the end: for a progress display. */
  onProgress?: (stream: ArxivStream) => void;
}

export interface ArxivPassOptions {
  /** Lines up to this one (1-based) are counted but not read: an import resumed after its last commit. */
  startAfterLine?: number;
}

/** What reading an arXiv file found, updated as the batches are read. */
export interface ArxivCounts {
  /** Lines read, blank ones included. */
  linesRead: number;
  kept: number;
  /** Well-formed records whose categories were not asked for. */
  outsideCategories: number;
  /** Lines that could not be read as a paper, by reason. */
  skipped: Partial<Record<ArxivSkipReason, number>>;
  /** Kept papers with no abstract, indexed by title only. */
  withoutAbstract: number;
  /** Bytes of the file read so far (compressed bytes for .gz) and its size: for a rate and an ETA. */
  bytesRead: number;
  totalBytes: number;
}

export interface ArxivStream {
  /** The file as shown to the user. */
  file: string;
  categories: readonly string[];
  counts: ArxivCounts;
  /** Problems found so far; complete once `batches()` has been read to its end. */
  warnings: IngestWarning[];
  /** The file's path, for reading it again (to hash it). */
  path: string;
  /**
   * The entries, in file order; one pass per call, each reopening the file. When a batch is
   * yielded, `counts.linesRead` is the line of its last entry (of the file's end for the last batch).
   */
  batches(pass?: ArxivPassOptions): AsyncGenerator<RawEntry[]>;
}

/** A line-level problem is reported with its line this many times per file, then only counted. */
const WARNINGS_PER_REASON = 3;
/** Lines between two progress calls. */
const PROGRESS_EVERY_LINES = 2000;
/** Enough of a file to hold its first record (the snapshot's longest are a few kilobytes). */
const SNIFF_BYTES = 256 * 1024;

/**
 * Whether a file holds arXiv metadata: its first record has `id` and `abstract`, and `categories`
 * or `versions`. Reads only the file's head (gunzipped when it starts with the gzip magic).
 */
export function sniffArxivFile(filePath: string): { gzip: boolean } | null {
  let head = readHead(filePath, SNIFF_BYTES);
  if (head === null) return null;
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  if (gzip) {
    try {
      // A partial stream: flush what inflates so far instead of failing on the missing end.
      head = zlib.gunzipSync(head, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 4 * SNIFF_BYTES });
    } catch {
      return null;
    }
  }
  const firstLine = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((line) => line.trim() !== '');
  if (firstLine === undefined) return null;
  try {
    return isArxivShaped(JSON.parse(firstLine)) ? { gzip } : null;
  } catch {
    return null;
  }
}

/**
 * The dispatch of readInputs: a stream when the file holds arXiv metadata, a warning when it is
 * gzip but not arXiv metadata (nothing else is read compressed), null for every other file.
 */
export function openIfArxiv(filePath: string, shown: string, options: ArxivReadOptions = {}): { stream: ArxivStream } | { warning: IngestWarning } | null {
  if (/\.txt$/i.test(filePath)) return null;
  if (sniffArxivFile(filePath)) return { stream: openArxivStream(filePath, shown, options) };
  if (!sniffGzipMagic(filePath)) return null;
  return { warning: { file: shown, line: null, message: 'gzip file that is not arXiv metadata; skipped (only arXiv metadata is read compressed)' } };
}

/** Opens an arXiv file for streaming; nothing is read until `batches()` is iterated. */
export function openArxivStream(filePath: string, shown: string, options: ArxivReadOptions = {}): ArxivStream {
  const categories = options.categories ?? [];
  const batchSize = options.batchSize ?? 1000;
  const stream: ArxivStream = {
    file: shown,
    path: filePath,
    categories,
    counts: emptyCounts(),
    warnings: [],
    batches: (pass = {}) => readBatches(filePath, stream, batchSize, pass.startAfterLine ?? 0, options.onProgress),
  };
  return stream;
}

async function* readBatches(filePath: string, stream: ArxivStream, batchSize: number, startAfterLine: number, onProgress?: (stream: ArxivStream) => void): AsyncGenerator<RawEntry[]> {
  const counts = emptyCounts();
  stream.counts = counts;
  stream.warnings = [];
  // Per message: how many lines had it, and the first few (kept apart from the count so that a
  // file bad throughout costs no more memory than a good one).
  const problems = new Map<string, { count: number; firstLines: number[] }>();
  const note = (message: string, line: number) => {
    const problem = problems.get(message) ?? { count: 0, firstLines: [] };
    problem.count += 1;
    problems.set(message, problem);
    if (problem.count <= WARNINGS_PER_REASON) {
      problem.firstLines.push(line);
      stream.warnings.push({ file: stream.file, line, message });
    }
  };
  const keep = (categories: readonly string[]) => matchesCategories(categories, stream.categories);

  const file = fs.createReadStream(filePath);
  file.on('data', (chunk) => {
    counts.bytesRead += chunk.length;
  });
  const gzip = sniffGzipMagic(filePath);
  // pipeline() forwards a read error of the file into the gunzip stream that readline reads.
  const input = gzip ? pipeline(file, zlib.createGunzip(), () => {}) : file;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let batch: RawEntry[] = [];
  try {
    counts.totalBytes = fs.fstatSync(await opened(file)).size;
    for await (const raw of lines) {
      counts.linesRead += 1;
      const line = counts.linesRead;
      if (line % PROGRESS_EVERY_LINES === 0) onProgress?.(stream);
      if (line <= startAfterLine) continue;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      const result = readArxivRecord(text, line, keep);
      if (result.kind === 'outside-categories') {
        counts.outsideCategories += 1;
        continue;
      }
      if (result.kind === 'skipped') {
        counts.skipped[result.reason] = (counts.skipped[result.reason] ?? 0) + 1;
        note(`${result.reason}; line skipped`, line);
        continue;
      }
      counts.kept += 1;
      if (!result.hasAbstract) {
        counts.withoutAbstract += 1;
        note('no "abstract"; indexed by title only', line);
      }
      batch.push(result.entry);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    // A truncated or corrupt .gz, or a read error: keep what was read, say where it stopped.
    const reason = error instanceof Error ? error.message : String(error);
    stream.warnings.push({ file: stream.file, line: counts.linesRead || null, message: `reading stopped here (${reason}); the lines before it are kept` });
  } finally {
    lines.close();
    file.destroy();
  }
  onProgress?.(stream);
  if (batch.length > 0) yield batch;
  for (const [message, { count, firstLines }] of problems) {
    if (count > WARNINGS_PER_REASON) {
      stream.warnings.push({ file: stream.file, line: null, message: `${count} lines in all: ${message} (the first at lines ${firstLines.join(', ')})` });
    }
  }
  if (counts.kept === 0 && stream.categories.length > 0 && counts.outsideCategories > 0) {
    const bare = stream.categories.find((item) => !item.includes('.'));
    const archiveHint = bare === undefined ? '' : `; for a whole archive write it as ${bare}.*`;
    stream.warnings.push({ file: stream.file, line: null, message: `no paper in ${stream.categories.join(', ')} among ${counts.outsideCategories} records${archiveHint}` });
  }
}

function emptyCounts(): ArxivCounts {
  return { linesRead: 0, kept: 0, outsideCategories: 0, skipped: {}, withoutAbstract: 0, bytesRead: 0, totalBytes: 0 };
}

function opened(file: fs.ReadStream): Promise<number> {
  return new Promise((resolve, reject) => {
    file.once('open', resolve);
    file.once('error', reject);
  });
}

function sniffGzipMagic(filePath: string): boolean {
  const magic = readHead(filePath, 2);
  return magic !== null && magic[0] === 0x1f && magic[1] === 0x8b;
}

function readHead(filePath: string, bytes: number): Buffer | null {
  try {
    const fd = fs.openSync(filePath, 'r');
    try {
      const head = Buffer.alloc(bytes);
      return head.subarray(0, fs.readSync(fd, head, 0, bytes, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}
