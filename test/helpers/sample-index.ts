// The sample digests indexed once with the real model, shared by every test that needs real
// embeddings (built by test/global-setup.ts, opened here).
import { inject } from 'vitest';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleIndexDir: string;
  }
}

export function sampleIndexDir(): string {
  return inject('sampleIndexDir');
}

export function openSampleIndex(): OpenIndex {
  return openIndexAt({ indexDir: sampleIndexDir(), model: currentModel(), loadEmbedder });
}
