// Identifies the model bytes cheaply: the tokenizer, the config and the variant's graph files.
// Small files are hashed whole; a large one by its size and its first and last MiB, so a query
// does not pay for hashing 23-54 MB of weights.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MODEL_VARIANTS, type ModelVariant } from '../config.js';
import { PapersError } from '../errors.js';

const SHARED_FILES = ['tokenizer.json', 'config.json'] as const;
/** Files up to this size are hashed whole; larger ones by size plus head and tail. */
const WHOLE_FILE_BYTES = 4 * 2 ** 20;
const EDGE_BYTES = 2 ** 20;

/** The files that make one variant of the model, relative to its folder. */
export function modelFiles(variant: ModelVariant): string[] {
  return [...MODEL_VARIANTS[variant].files, ...SHARED_FILES];
}

const computed = new Map<string, string>();

/** Computed once per folder, variant and process: commands and the embedder both ask for it. */
export function modelFingerprint(modelDir: string, variant: ModelVariant): string {
  const cacheKey = `${modelDir}\0${variant}`;
  const known = computed.get(cacheKey);
  if (known) return known;
  const hash = createHash('sha256');
  for (const name of modelFiles(variant)) {
    const file = path.join(modelDir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      throw new PapersError('MODEL_MISSING', `model file missing: ${file}`, 'restore models/ from the repository (git checkout -- models)');
    }
    hash.update(`${name}:${stat.size}\n`);
    // The q4 weights (`_data`) are identified by their size, as before variants existed, so an
    // index built with q4 keeps its fingerprint.
    if (name.endsWith('_data')) continue;
    if (stat.size <= WHOLE_FILE_BYTES) hash.update(fs.readFileSync(file));
    else hashEdges(hash, file, stat.size);
  }
  const fingerprint = hash.digest('hex').slice(0, 16);
  computed.set(cacheKey, fingerprint);
  return fingerprint;
}

function hashEdges(hash: ReturnType<typeof createHash>, file: string, size: number): void {
  const buffer = Buffer.alloc(EDGE_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    for (const position of [0, size - EDGE_BYTES]) {
      const read = fs.readSync(fd, buffer, 0, EDGE_BYTES, position);
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    fs.closeSync(fd);
  }
}
