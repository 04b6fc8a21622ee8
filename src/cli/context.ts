// What every command needs from the outside world, resolved in one place: the index folder,
// the model, and how to open the index.
import path from 'node:path';
import { DEFAULT_INDEX_DIR, INDEX_DIR_ENV, MODEL } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { modelFingerprint } from '../embedding/model-fingerprint.js';
import { TransformersEmbedder } from '../embedding/transformers-embedder.js';
import type { ModelInfo } from '../pipeline/build-index.js';
import { OpenIndex } from '../pipeline/open-index.js';

export interface GlobalOptions {
  indexDir?: string;
}

export function resolveIndexDir(options: GlobalOptions): string {
  return options.indexDir ?? process.env[INDEX_DIR_ENV] ?? DEFAULT_INDEX_DIR;
}

export function currentModel(): ModelInfo {
  return {
    id: MODEL.id,
    fingerprint: modelFingerprint(path.join(MODEL.dir, MODEL.id)),
    dimensions: MODEL.dimensions,
    maxTokens: MODEL.maxTokens,
  };
}

export function loadEmbedder(): Promise<Embedder> {
  return TransformersEmbedder.load();
}

export function openIndex(options: GlobalOptions): OpenIndex {
  return OpenIndex.open({ indexDir: resolveIndexDir(options), model: currentModel(), loadEmbedder });
}
