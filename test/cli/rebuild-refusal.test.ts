// `papers index --rebuild` with no path would start the library over from the sample digests and
// drop every other source: it is refused, naming the sources to give, and the library is untouched.
import { describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

describe('papers index --rebuild', () => {
  it('a bare --rebuild never empties a library that holds sources', async () => {
    const indexDir = scratchDir('bare-rebuild');
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    const result = runCli(['--index-dir', indexDir, 'index', '--rebuild']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--rebuild starts the library over from the paths you give, and none was given \(the library holds 4 sources\)/);
    expect(result.stderr).toMatch(/papers --index-dir \S+ index --rebuild \S+000_ff0cc63952a9f99a\.txt/);
    const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    try {
      expect(index.papers).toHaveLength(137);
    } finally {
      await index.close();
    }
  });
});
