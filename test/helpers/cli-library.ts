// A library built with the fake embedder but recorded under the real model, so that the CLI opens
// it: for fast CLI tests of commands that never embed (info, remove, compact, dupes, similar <id>).
import { buildIndex, currentModel } from '../../src/cli/context.js';
import type { BuildSummary } from '../../src/pipeline/build-index.js';
import { FakeEmbedder } from './fake-embedder.js';

export function buildCliLibrary(indexDir: string, inputs: string[]): Promise<BuildSummary> {
  return buildIndex({ indexDir, inputs, model: currentModel(), loadEmbedder: async () => new FakeEmbedder() });
}
