// The sample digests indexed once with the real model, shared by the model group's tests
// (*.model.test.ts; built by test/global-setup.ts, opened here).
import { inject } from 'vitest';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleIndexDir: string;
  }
}

export function sampleIndexDir(): string {
  const indexDir = inject('sampleIndexDir');
  if (!indexDir) {
    throw new Error('the sample index is built only for the model test group: name the test file *.model.test.ts (and unset PAPERS_NO_SAMPLE_INDEX)');
  }
  return indexDir;
}

export function openSampleIndex(): OpenIndex {
  return openIndexAt({ indexDir: sampleIndexDir(), model: currentModel(), loadEmbedder });
}
