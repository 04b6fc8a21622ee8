// Embeddings of the evaluation corpora, cached outside the repository (~/.cache/papers-eval, or
// PAPERS_EVAL_CACHE) under the model's fingerprint: embedding 5-10k abstracts takes minutes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Embedder } from '../../src/embedding/embedder.js';

export function evalCacheDir(): string {
  return process.env.PAPERS_EVAL_CACHE ?? path.join(os.homedir(), '.cache', 'papers-eval');
}

/** One vector per text, from the cache when this model has embedded exactly these texts before. */
export async function embedCached(embedder: Embedder, name: string, texts: readonly string[]): Promise<Float32Array[]> {
  const digest = createHash('sha256');
  for (const text of texts) digest.update(text).update('\0');
  const file = path.join(evalCacheDir(), embedder.fingerprint, `${name}-${digest.digest('hex').slice(0, 16)}.f32`);
  const dimensions = embedder.dimensions;
  if (fs.existsSync(file)) {
    const bytes = fs.readFileSync(file);
    if (bytes.length === texts.length * dimensions * 4) {
      const all = new Float32Array(new Uint8Array(bytes).buffer);
      return texts.map((_, index) => all.subarray(index * dimensions, (index + 1) * dimensions));
    }
  }
  const started = Date.now();
  let lastReport = 0;
  const vectors = await embedder.embed([...texts], (done, total) => {
    if (Date.now() - lastReport < 10_000) return;
    lastReport = Date.now();
    process.stderr.write(`  embedding ${name}: ${done}/${total}\n`);
  });
  process.stderr.write(`  embedded ${texts.length} texts of ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const all = new Float32Array(texts.length * dimensions);
  vectors.forEach((vector, index) => all.set(vector, index * dimensions));
  fs.writeFileSync(`${file}.tmp`, Buffer.from(all.buffer));
  fs.renameSync(`${file}.tmp`, file);
  return vectors;
}
