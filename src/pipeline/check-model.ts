// An index answers only to the model that embedded it: another variant or model is refused, with
// the non-destructive fix first (run with the index's own variant).
import { MODEL_VARIANT_ENV } from '../config.js';
import { PapersError } from '../errors.js';
import { REBUILD_HINT, type IndexMeta, type ModelInfo } from '../store/index-meta.js';

export function checkIndexModel(meta: IndexMeta, model: ModelInfo, indexDir: string): void {
  if (meta.model.id === model.id && meta.model.variant !== model.variant) {
    throw new PapersError(
      'INDEX_INCOMPATIBLE',
      `index in ${indexDir} was made with the ${meta.model.variant} variant of ${model.id}, not ${model.variant}`,
      `run with --model-variant ${meta.model.variant} (or ${MODEL_VARIANT_ENV}=${meta.model.variant}); to re-embed all of it with ${model.variant}, give \`papers --model-variant ${model.variant} index --rebuild\` every source \`papers info\` lists`,
    );
  }
  if (meta.model.id !== model.id || meta.model.fingerprint !== model.fingerprint || meta.model.dimensions !== model.dimensions) {
    throw new PapersError(
      'INDEX_INCOMPATIBLE',
      `index in ${indexDir} was made with model ${meta.model.id} (${meta.model.fingerprint}), not ${model.id} (${model.fingerprint})`,
      REBUILD_HINT,
    );
  }
}
