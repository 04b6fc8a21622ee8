// Paths shared by the tests: the repository, the sample digests, the built CLI, scratch folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE_DIGESTS = path.join(ROOT, 'data', 'digests');
export const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

export function scratchDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `papers-${prefix}-`));
}
