// An embedder that answers texts it was given vectors for without running the model: a command
// that embedded a digest once (to triage it) adds it to the library without embedding it again.
import type { Embedder } from './embedder.js';

export interface KnownVectorsModel {
  id: string;
  fingerprint: string;
  dimensions: number;
  maxTokens: number;
}

/**
 * An embedder for `model` that gives a text in `known` its known vector and loads the real one
 * (`load`) only for a text it does not know. Disposing it leaves the real embedder to its owner.
 */
export function withKnownVectors(load: () => Promise<Embedder>, model: KnownVectorsModel, known: ReadonlyMap<string, Float32Array>): Embedder {
  return {
    modelId: model.id,
    fingerprint: model.fingerprint,
    dimensions: model.dimensions,
    maxTokens: model.maxTokens,
    async embed(texts, onProgress) {
      const missing = texts.filter((text) => !known.has(text));
      const embedded = missing.length > 0 ? await (await load()).embed(missing) : [];
      const fresh = new Map(missing.map((text, position) => [text, embedded[position]!]));
      onProgress?.(texts.length, texts.length);
      return texts.map((text) => known.get(text) ?? fresh.get(text)!);
    },
    dispose: () => Promise.resolve(),
  };
}
