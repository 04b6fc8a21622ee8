// Global setup of the model test group: builds the sample-digest index with the real model once
// per run, and only when a test of that group (*.model.test.ts, *.browser.test.ts) is queued.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { currentModel, loadEmbedder } from '../src/cli/context.js';
import { buildIndex } from '../src/cli/context.js';
import { SAMPLE_DIGESTS } from './helpers/paths.js';

export default async function setup(project: TestProject) {
  // A model-group run that needs no sample index can skip its build: PAPERS_NO_SAMPLE_INDEX=1.
  if (process.env.PAPERS_NO_SAMPLE_INDEX === '1') {
    project.provide('sampleIndexDir', '');
    return () => undefined;
  }
  // A sample index built beforehand (`papers --index-dir <dir> index data/digests`) saves a minute per run.
  const prebuilt = process.env.PAPERS_SAMPLE_INDEX;
  if (prebuilt) {
    project.provide('sampleIndexDir', prebuilt);
    return () => undefined;
  }
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-sample-index-'));
  await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: currentModel(), loadEmbedder });
  project.provide('sampleIndexDir', indexDir);
  return () => fs.rmSync(indexDir, { recursive: true, force: true });
}
