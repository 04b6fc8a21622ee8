// An Embedder with the real model's identity that hands back vectors it is given instead of
// running the model: benchmarks and evaluations build libraries from synthetic, hashed or
// already computed vectors through the real pipeline, and the CLI then opens them as the model's.
import type { Embedder } from '../../src/embedding/embedder.js';
import type { ModelInfo } from '../../src/store/index-meta.js';

export function standInEmbedder(model: ModelInfo, vectorOf: (text: string, position: number) => Float32Array): Embedder {
  return {
    modelId: model.id,
    fingerprint: model.fingerprint,
    dimensions: model.dimensions,
    maxTokens: model.maxTokens,
    embed: (texts, onProgress) => {
      const vectors = texts.map((text, position) => vectorOf(text, position));
      onProgress?.(texts.length, texts.length);
      return Promise.resolve(vectors);
    },
    dispose: () => Promise.resolve(),
  };
}
