// Turns the paths a user names (files or folders) into parsed entries. A path that does not exist
// fails the command; a bad file inside the input is reported and the rest still goes in.
import fs from 'node:fs';
import path from 'node:path';
import { PapersError } from '../errors.js';
import { openIfArxiv, type ArxivReadOptions, type ArxivStream } from './parse-arxiv.js';
import { parseDigest } from './parse-digest.js';
import { parseJsonl } from './parse-jsonl.js';
import type { IngestWarning, RawEntry } from './types.js';

export interface SourceFile {
  file: string;
  digestDate: string | null;
  entries: RawEntry[];
}

export interface ReadResult {
  sources: SourceFile[];
  warnings: IngestWarning[];
  /** Files inside named folders that are not digests or JSON Lines. */
  skippedFiles: number;
  /** arXiv metadata files, opened but not read: their entries come in batches (see parse-arxiv.ts). */
  streams: ArxivStream[];
}

const INPUT_NAME = /\.(txt|jsonl|ndjson|jsonl\.gz|ndjson\.gz)$/i;

export function readInputs(paths: string[], options: ArxivReadOptions = {}): ReadResult {
  const warnings: IngestWarning[] = [];
  const seen = new Set<string>();
  const files: string[] = [];
  let skippedFiles = 0;

  for (const given of paths) {
    const stat = statOrFail(given);
    const found = stat.isDirectory() ? listFolder(given) : { files: [given], skipped: 0 };
    skippedFiles += found.skipped;
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
    const text = readText(file, shown, warnings);
    if (text === null) continue;
    const isJsonl = /\.(jsonl|ndjson)$/i.test(file);
    const parsed = isJsonl ? { digestDate: null, ...parseJsonl(text, shown) } : parseDigest(text, shown);
    const hasMetadata = parsed.entries.some((entry) => entry.published !== null || entry.authors !== null || entry.organisation !== null);
    if (!isJsonl && parsed.entries.length > 0 && parsed.digestDate === null && !hasMetadata) {
      // Neither the page header nor a single metadata block: a README or notes, not a digest.
      warnings.push({ file: shown, line: null, message: 'does not look like a digest (no "Daily Papers" header, no metadata blocks); skipped (use .jsonl for other sources)' });
      continue;
    }
    warnings.push(...parsed.warnings);
    if (parsed.entries.length === 0) {
      warnings.push({ file: shown, line: null, message: 'no entries found' });
      continue;
    }
    sources.push({ file: shown, digestDate: parsed.digestDate, entries: parsed.entries });
  }
  return { sources, warnings, skippedFiles, streams };
}

function statOrFail(given: string): fs.Stats {
  try {
    return fs.statSync(given);
  } catch {
    throw new PapersError('INPUT_NOT_FOUND', `no such file or folder: ${given}`, 'check the path, or run `papers index` with no path for data/digests');
  }
}

/** Digest and JSON Lines files below a folder, sorted, hidden entries skipped. */
function listFolder(folder: string, visited = new Set<string>()): { files: string[]; skipped: number } {
  const files: string[] = [];
  let skipped = 0;
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
        skipped += inner.skipped;
      } else if (INPUT_NAME.test(entry.name)) files.push(full);
      else skipped += 1;
    } else if (entry.isDirectory()) {
      const inner = listFolder(full, visited);
      files.push(...inner.files);
      skipped += inner.skipped;
    } else if (entry.isFile() && INPUT_NAME.test(entry.name)) {
      files.push(full);
    } else {
      skipped += 1;
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

function readText(file: string, shown: string, warnings: IngestWarning[]): string | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'read error';
    warnings.push({ file: shown, line: null, message: `cannot be read (${reason}); skipped` });
    return null;
  }
  if (bytes.includes(0)) {
    warnings.push({ file: shown, line: null, message: 'binary file (contains NUL bytes); skipped' });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    warnings.push({ file: shown, line, message: 'not valid UTF-8; skipped' });
    return null;
  }
}

function lineOfFirstInvalidByte(bytes: Buffer): number {
  const decoded = new TextDecoder('utf-8').decode(bytes);
  const bad = decoded.indexOf('\uFFFD');
  return decoded.slice(0, Math.max(bad, 0)).split('\n').length;
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Relative to the working directory when inside it, so ids do not depend on where a clone lives. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}
