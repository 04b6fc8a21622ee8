// A small index built from title/abstract pairs written as JSON Lines, with the fake embedder:
// for tests of lexical search and of the store that need no model.
import fs from 'node:fs';
import path from 'node:path';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { FAKE_MODEL, FakeEmbedder } from './fake-embedder.js';
import { scratchDir } from './paths.js';

export interface TitledText {
  title: string;
  abstract: string;
}

export function writeJsonl(file: string, documents: readonly TitledText[]): void {
  fs.writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
}

export async function buildJsonlIndex(documents: readonly TitledText[]): Promise<{ index: OpenIndex; indexDir: string; inputFile: string }> {
  const dir = scratchDir('jsonl');
  const inputFile = path.join(dir, 'papers.jsonl');
  writeJsonl(inputFile, documents);
  const indexDir = path.join(dir, 'index');
  await buildIndex({ indexDir, inputs: [inputFile], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
  return { index: openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() }), indexDir, inputFile };
}
