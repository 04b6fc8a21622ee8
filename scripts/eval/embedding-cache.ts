// Embeddings of the evaluation corpora, cached outside the repository (~/.cache/papers-eval, or
// PAPERS_EVAL_CACHE) under the model's fingerprint: embedding 5-10k abstracts takes minutes.
// Vectors are kept per text, so corpora that share texts (the sample with a fixture) embed once.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Embedder } from '../../src/embedding/embedder.js';

export function evalCacheDir(): string {
  return process.env.PAPERS_EVAL_CACHE ?? path.join(os.homedir(), '.cache', 'papers-eval');
}

/** One vector per text: cached ones read, the rest embedded and added to the store `name`. */
export async function embedCached(embedder: Embedder, name: string, texts: readonly string[]): Promise<Float32Array[]> {
  const folder = path.join(evalCacheDir(), embedder.fingerprint);
  const dimensions = embedder.dimensions;
  const store = readStore(folder, name, dimensions);
  const keys = texts.map(keyOf);
  const whole = wholeListFile(folder, name, texts);
  if (fs.existsSync(whole)) {
    const bytes = fs.readFileSync(whole);
    if (bytes.length === texts.length * dimensions * 4) {
      const vectors = split(new Float32Array(new Uint8Array(bytes).buffer), texts.length, dimensions);
      if (keys.some((key) => !store.has(key))) {
        keys.forEach((key, index) => store.set(key, vectors[index]!));
        writeStore(folder, name, store, dimensions);
      }
      return vectors;
    }
  }
  const missing = [...new Set(keys.flatMap((key, index) => (store.has(key) ? [] : [index])).map((index) => texts[index]!))];
  if (missing.length > 0) {
    const started = Date.now();
    let lastReport = 0;
    const vectors = await embedder.embed(missing, (done, total) => {
      if (Date.now() - lastReport < 15_000) return;
      lastReport = Date.now();
      process.stderr.write(`  embedding ${name}: ${done}/${total}\n`);
    });
    process.stderr.write(`  embedded ${missing.length} texts of ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    missing.forEach((text, index) => store.set(keyOf(text), vectors[index]!));
    writeStore(folder, name, store, dimensions);
  }
  return keys.map((key) => store.get(key)!);
}

function keyOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** An earlier layout: one file for one exact list of texts. */
function wholeListFile(folder: string, name: string, texts: readonly string[]): string {
  const digest = createHash('sha256');
  for (const text of texts) digest.update(text).update('\0');
  return path.join(folder, `${name}-${digest.digest('hex').slice(0, 16)}.f32`);
}

function readStore(folder: string, name: string, dimensions: number): Map<string, Float32Array> {
  const store = new Map<string, Float32Array>();
  try {
    const keys = fs.readFileSync(path.join(folder, `${name}.keys`), 'utf8').split('\n').filter(Boolean);
    const bytes = fs.readFileSync(path.join(folder, `${name}.f32`));
    if (bytes.length !== keys.length * dimensions * 4) return store;
    const vectors = split(new Float32Array(new Uint8Array(bytes).buffer), keys.length, dimensions);
    keys.forEach((key, index) => store.set(key, vectors[index]!));
  } catch {
    // No store yet: everything is embedded.
  }
  return store;
}

function writeStore(folder: string, name: string, store: Map<string, Float32Array>, dimensions: number): void {
  fs.mkdirSync(folder, { recursive: true });
  const keys = [...store.keys()];
  const all = new Float32Array(keys.length * dimensions);
  keys.forEach((key, index) => all.set(store.get(key)!, index * dimensions));
  fs.writeFileSync(path.join(folder, `${name}.f32.tmp`), Buffer.from(all.buffer));
  fs.writeFileSync(path.join(folder, `${name}.keys`), `${keys.join('\n')}\n`);
  fs.renameSync(path.join(folder, `${name}.f32.tmp`), path.join(folder, `${name}.f32`));
}

function split(all: Float32Array, count: number, dimensions: number): Float32Array[] {
  return Array.from({ length: count }, (_, index) => all.subarray(index * dimensions, (index + 1) * dimensions));
}
