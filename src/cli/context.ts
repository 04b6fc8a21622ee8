// What every command needs from the outside world, resolved in one place: the index folder,
// the model, and how to open the index.
import path from 'node:path';
import { DEFAULT_INDEX_DIR, INDEX_DIR_ENV, MODEL, MODEL_VARIANT_ENV, MODEL_VARIANTS, type ModelVariant } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { modelFingerprint } from '../embedding/model-fingerprint.js';
import { TransformersEmbedder } from '../embedding/transformers-embedder.js';
import { usageError } from '../errors.js';
import type { ModelInfo } from '../pipeline/build-index.js';
import { OpenIndex } from '../pipeline/open-index.js';

export interface GlobalOptions {
  indexDir?: string;
}

export function resolveIndexDir(options: GlobalOptions): string {
  return options.indexDir ?? process.env[INDEX_DIR_ENV] ?? DEFAULT_INDEX_DIR;
}

/** The model variant of this run: $PAPERS_MODEL_VARIANT (set by --model-variant) or the default. */
export function currentVariant(): ModelVariant {
  const wanted = process.env[MODEL_VARIANT_ENV];
  if (wanted === undefined || wanted === '') return MODEL.defaultVariant;
  const variant = wanted.toLowerCase();
  if (!(variant in MODEL_VARIANTS)) {
    throw usageError(`unknown model variant "${wanted}"`, `use one of ${Object.keys(MODEL_VARIANTS).join(', ')}`);
  }
  return variant as ModelVariant;
}

export function currentModel(): ModelInfo {
  const variant = currentVariant();
  return {
    id: MODEL.id,
    variant,
    fingerprint: modelFingerprint(path.join(MODEL.dir, MODEL.id), variant),
    dimensions: MODEL.dimensions,
    maxTokens: MODEL.maxTokens,
  };
}

export function loadEmbedder(): Promise<Embedder> {
  return TransformersEmbedder.load({ variant: currentVariant() });
}

export function openIndex(options: GlobalOptions): OpenIndex {
  return OpenIndex.open({ indexDir: resolveIndexDir(options), model: currentModel(), loadEmbedder });
}
