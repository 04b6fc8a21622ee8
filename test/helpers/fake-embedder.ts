// A deterministic stand-in for the model: hashed bag of word stems, L2-normalised. Texts that
// share words get similar vectors, which is all the non-model tests need.
import { createHash } from 'node:crypto';
import type { Embedder } from '../../src/embedding/embedder.js';
import { termOf, wordsOf } from '../../src/search/terms.js';

export class FakeEmbedder implements Embedder {
  readonly modelId = 'fake-hashing';
  readonly fingerprint = 'fake0001';
  readonly dimensions: number;
  readonly maxTokens = 256;
  calls = 0;
  textsEmbedded = 0;

  constructor(dimensions = 384) {
    this.dimensions = dimensions;
  }

  async embed(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
    this.calls += 1;
    this.textsEmbedded += texts.length;
    const vectors = texts.map((text) => this.embedOne(text));
    onProgress?.(texts.length, texts.length);
    return vectors;
  }

  private embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions);
    for (const word of wordsOf(text)) {
      const term = termOf(word);
      if (!term) continue;
      const digest = createHash('md5').update(term).digest();
      vector[digest.readUInt32LE(0) % this.dimensions]! += digest[4]! & 1 ? 1 : -1;
    }
    let norm = Math.hypot(...vector) || 1;
    if (norm === 0) norm = 1;
    return vector.map((value) => value / norm);
  }

  async dispose(): Promise<void> {}
}

export const FAKE_MODEL = { id: 'fake-hashing', variant: 'fake', fingerprint: 'fake0001', dimensions: 384, maxTokens: 256 };
