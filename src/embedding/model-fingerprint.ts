// Identifies the model bytes cheaply: the graph, the tokenizer and the size of the external
// weights. Hashing the 54 MB weight file on every query would cost more than the query.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PapersError } from '../errors.js';

export const MODEL_FILES = ['onnx/model_q4.onnx', 'onnx/model_q4.onnx_data', 'tokenizer.json', 'config.json'] as const;

const computed = new Map<string, string>();

/** Computed once per folder and process: commands and the embedder both ask for it. */
export function modelFingerprint(modelDir: string): string {
  const known = computed.get(modelDir);
  if (known) return known;
  const hash = createHash('sha256');
  for (const name of MODEL_FILES) {
    const file = path.join(modelDir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      throw new PapersError('MODEL_MISSING', `model file missing: ${file}`, 'restore models/ from the repository (git checkout -- models)');
    }
    hash.update(`${name}:${stat.size}\n`);
    if (!name.endsWith('_data')) hash.update(fs.readFileSync(file));
  }
  const fingerprint = hash.digest('hex').slice(0, 16);
  computed.set(modelDir, fingerprint);
  return fingerprint;
}
