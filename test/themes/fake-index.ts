// Sample-digest indexes built with the fake embedder (no model): for the cache and input-order tests.
import fs from 'node:fs';
import path from 'node:path';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

export function sampleDigestFiles(): string[] {
  return fs.readdirSync(SAMPLE_DIGESTS).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(SAMPLE_DIGESTS, name));
}

/** A fresh index of `inputs` in a scratch folder, opened with a fake embedder the test can watch. */
export async function buildFakeIndex(inputs: string[], embedder = new FakeEmbedder()): Promise<{ index: OpenIndex; embedder: FakeEmbedder }> {
  const indexDir = scratchDir('themes');
  await buildIndex({ indexDir, inputs, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
  return { index: openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => embedder }), embedder };
}
