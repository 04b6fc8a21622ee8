// Turns the paths a user names (files or folders) into parsed entries. A path that does not exist
// fails the command; a bad file inside the input is reported and the rest still goes in.
import fs from 'node:fs';
import path from 'node:path';
import { INGEST } from '../config.js';
import { PapersError } from '../errors.js';
import { openIfArxiv, type ArxivReadOptions, type ArxivStream } from './parse-arxiv.js';
import { parseDigest, type ParsedDigest } from './parse-digest.js';
import { parseJsonl } from './parse-jsonl.js';
import { readText } from './read-text.js';
import type { IngestWarning, RawEntry } from './types.js';

export interface SourceFile {
  /** Absolute, links resolved: the same file is one source from whatever folder it was named. */
  file: string;
  digestDate: string | null;
  entries: RawEntry[];
  /** Position of the first entry in its file (1 unless the entries are a later batch of a stream). */
  firstPosition?: number;
}

export interface ReadResult {
  sources: SourceFile[];
  warnings: IngestWarning[];
  /** Files inside named folders that are not digests or JSON Lines. */
  skippedFiles: number;
  /** Their paths, as shown to the user. */
  skippedPaths: string[];
  /** arXiv metadata files, opened but not read: their entries come in batches (see parse-arxiv.ts). */
  streams: ArxivStream[];
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
/** What a folder walk reads: digests, JSON Lines, and gzipped JSON Lines (arXiv metadata). */
const INPUT_NAME = /\.(txt|jsonl|ndjson|jsonl\.gz|ndjson\.gz)$/i;
/** Skipped files named in the warning; the rest are counted. */
const SKIPPED_NAMED = 10;

export function readInputs(paths: string[], options: ArxivReadOptions = {}): ReadResult {
  const warnings: IngestWarning[] = [];
  const seen = new Set<string>();
  const files: string[] = [];
  const skippedPaths: string[] = [];

  for (const given of paths) {
    const stat = statOrFail(given);
    const found = stat.isDirectory() ? listFolder(given) : { files: [given], skipped: [] };
    if (found.skipped.length > 0) warnings.push(describeSkipped(given, found.skipped));
    skippedPaths.push(...found.skipped.map(displayPath));
    for (const file of found.files) {
      const real = realPath(file);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push(file);
    }
  }

  const sources: SourceFile[] = [];
  const streams: ArxivStream[] = [];
  for (const file of files) {
    const shown = displayPath(file);
    const arxiv = openIfArxiv(file, shown, options);
    if (arxiv) {
      if ('stream' in arxiv) streams.push(arxiv.stream);
      else warnings.push(arxiv.warning);
      continue;
    }
    const isJsonl = JSONL_EXTENSIONS.has(path.extname(file).toLowerCase());
    if (!isJsonl && !headLooksLikeDigest(file, shown)) {
      warnings.push({ file: shown, line: null, message: NOT_A_DIGEST });
      continue;
    }
    const text = readText(file, shown, warnings);
    if (text === null) continue;
    const parsed = isJsonl ? { digestDate: null, ...parseJsonl(text, shown) } : parseDigest(text, shown);
    if (!isJsonl && parsed.entries.length > 0 && !looksLikeDigest(parsed)) {
      warnings.push({ file: shown, line: null, message: NOT_A_DIGEST });
      continue;
    }
    warnings.push(...parsed.warnings);
    capAbstracts(parsed.entries, shown, warnings);
    if (parsed.entries.length === 0) {
      warnings.push({ file: shown, line: null, message: 'no entries found' });
      continue;
    }
    sources.push({ file: sourcePathOf(file), digestDate: parsed.digestDate, entries: parsed.entries });
  }
  return { sources, warnings, skippedFiles: skippedPaths.length, skippedPaths, streams };
}

const NOT_A_DIGEST = 'does not look like a digest (no "Daily Papers" header, no metadata blocks); skipped (use .jsonl for other sources)';

/** Neither the page header nor a single metadata block: a README or notes, not a digest. */
function looksLikeDigest(parsed: ParsedDigest): boolean {
  return parsed.digestDate !== null || parsed.entries.some((entry) => entry.published !== null || entry.authors !== null || entry.organisation !== null);
}

/**
 * Decides "not a digest" from the first INGEST.digestProbeBytes of a large file, so that a big
 * log or data dump named .txt is refused without reading it all. A digest shows its header or a
 * metadata block every few kilobytes. Files within the probe are judged whole, after reading.
 */
function headLooksLikeDigest(file: string, shown: string): boolean {
  let head: Buffer;
  try {
    if (fs.statSync(file).size <= INGEST.digestProbeBytes) return true;
    const fd = fs.openSync(file, 'r');
    try {
      head = Buffer.alloc(INGEST.digestProbeBytes);
      head = head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Unreadable: readText reports it.
    return true;
  }
  if (head.includes(0)) return true;
  const text = new TextDecoder('utf-8').decode(head).replace(/\r\n?/g, '\n');
  // Up to the last blank line, so that no block is cut in two.
  const lastBreak = text.lastIndexOf('\n\n');
  return looksLikeDigest(parseDigest(lastBreak > 0 ? text.slice(0, lastBreak) : text, shown));
}

/** An abstract past INGEST.maxAbstractChars is cut there, with a warning: it is stored and shown. */
function capAbstracts(entries: RawEntry[], shown: string, warnings: IngestWarning[]): void {
  for (const entry of entries) {
    if (entry.abstract.length <= INGEST.maxAbstractChars) continue;
    warnings.push({
      file: shown,
      line: entry.line,
      message: `abstract of ${entry.abstract.length.toLocaleString('en-US')} characters; kept the first ${INGEST.maxAbstractChars.toLocaleString('en-US')}`,
    });
    entry.abstract = entry.abstract.slice(0, INGEST.maxAbstractChars);
  }
}

function describeSkipped(folder: string, skipped: string[]): IngestWarning {
  const names = skipped.slice(0, SKIPPED_NAMED).map((file) => path.relative(folder, file));
  const more = skipped.length > SKIPPED_NAMED ? ` and ${skipped.length - SKIPPED_NAMED} more` : '';
  const count = skipped.length === 1 ? '1 file' : `${skipped.length} files`;
  return { file: displayPath(folder), line: null, message: `skipped ${count} that ${skipped.length === 1 ? 'is' : 'are'} not .txt, .jsonl, .ndjson or .jsonl.gz: ${names.join(', ')}${more}` };
}

function statOrFail(given: string): fs.Stats {
  try {
    return fs.statSync(given);
  } catch {
    throw inputNotFound(given);
  }
}

/** A path given on the command line that does not exist. */
export function inputNotFound(given: string): PapersError {
  return new PapersError('INPUT_NOT_FOUND', `no such file or folder: ${given}`, `check the path; a relative one is read from ${process.cwd()}`);
}

/** Digest and JSON Lines files below a folder, sorted, hidden entries skipped. */
function listFolder(folder: string, visited = new Set<string>()): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  // A link back up the tree would otherwise be walked forever.
  const real = realPath(folder);
  if (visited.has(real)) return { files, skipped };
  visited.add(real);
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    // A link is followed; a broken one is listed so that reading it reports the problem.
    if (entry.isSymbolicLink()) {
      const target = statOrNull(full);
      if (target?.isDirectory()) {
        const inner = listFolder(full, visited);
        files.push(...inner.files);
        skipped.push(...inner.skipped);
      } else if (INPUT_NAME.test(entry.name)) files.push(full);
      else skipped.push(full);
    } else if (entry.isDirectory()) {
      const inner = listFolder(full, visited);
      files.push(...inner.files);
      skipped.push(...inner.skipped);
    } else if (entry.isFile() && INPUT_NAME.test(entry.name)) {
      files.push(full);
    } else {
      skipped.push(full);
    }
  }
  return { files, skipped };
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** How the library records a source: its absolute path with links resolved. */
export function sourcePathOf(file: string): string {
  return realPath(file);
}

/** Relative to the working directory when inside it, absolute otherwise: how a path is shown. */
export function displayPath(file: string): string {
  const cwd = process.cwd();
  // From the file system's root every path is "under" it: show those whole.
  if (path.parse(cwd).root === cwd) return path.resolve(file);
  const relative = path.relative(cwd, path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}
