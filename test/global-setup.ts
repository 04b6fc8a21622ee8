// Builds the sample-digest index with the real model once per test run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { currentModel, loadEmbedder } from '../src/cli/context.js';
import { buildIndex } from '../src/cli/context.js';
import { SAMPLE_DIGESTS } from './helpers/paths.js';

export default async function setup(project: TestProject) {
  // Unit runs that need no model skip the sample build: PAPERS_NO_SAMPLE_INDEX=1 npx vitest run <files>.
  if (process.env.PAPERS_NO_SAMPLE_INDEX === '1') {
    project.provide('sampleIndexDir', '');
    return () => undefined;
  }
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-sample-index-'));
  await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: currentModel(), loadEmbedder });
  project.provide('sampleIndexDir', indexDir);
  return () => fs.rmSync(indexDir, { recursive: true, force: true });
}
