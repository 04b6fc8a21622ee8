// `papers similar <id prefix>`: 8 characters of an id name the paper; fewer are refused with the
// minimum, not with "no paper has this title".
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCliLibrary } from '../helpers/cli-library.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

// RazorAttention in the sample digests.
const RAZOR_ID = 'c775748a760499eb';
let indexDir = '';

beforeAll(async () => {
  indexDir = path.join(scratchDir('similar-ref'), 'index');
  await buildCliLibrary(indexDir, [SAMPLE_DIGESTS]);
});

describe('papers similar <id prefix>', () => {
  it('accepts an unambiguous 8-character prefix and says which paper it resolved to', () => {
    const result = runCli(['--index-dir', indexDir, 'similar', RAZOR_ID.slice(0, 8), '-k', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('papers like "RazorAttention: Efficient KV Cache Compression Through Retrieval Heads"');
  });

  it('says a 7-character prefix is too short, naming the minimum', () => {
    const result = runCli(['--index-dir', indexDir, 'similar', RAZOR_ID.slice(0, 7)]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('papers: "c775748" is too short for an id prefix (7 characters; at least 8 are needed) (give at least 8 characters of the id)');
  });
});
