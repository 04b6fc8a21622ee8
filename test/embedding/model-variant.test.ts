// The model variant is part of an index's identity: an index built with one graph is refused by
// the other with the fix, and an unknown variant is a misuse of the command line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFingerprint, modelFiles } from '../../src/embedding/model-fingerprint.js';
import { MODEL } from '../../src/config.js';
import { PapersError } from '../../src/errors.js';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

describe('model variants', () => {
  it('int8 is the default and each variant names its own graph files', () => {
    expect(MODEL.defaultVariant).toBe('int8');
    expect(modelFiles('int8')).toContain('onnx/model_int8.onnx');
    expect(modelFiles('q4')).toEqual(expect.arrayContaining(['onnx/model_q4.onnx', 'onnx/model_q4.onnx_data']));
  });

  it('gives the two committed graphs different fingerprints', () => {
    const folder = path.join(MODEL.dir, MODEL.id);
    expect(modelFingerprint(folder, 'int8')).not.toBe(modelFingerprint(folder, 'q4'));
  });

  it('refuses an index built with another variant, naming the variant that reads it', async () => {
    const indexDir = scratchDir('variant');
    const embedder = new FakeEmbedder();
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: { ...FAKE_MODEL, variant: 'q4' }, loadEmbedder: async () => embedder });
    const open = () => openIndexAt({ indexDir, model: { ...FAKE_MODEL, variant: 'int8' }, loadEmbedder: async () => embedder });
    let thrown: unknown;
    try {
      open();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PapersError);
    expect((thrown as PapersError).message).toMatch(/made with the q4 variant/);
    expect((thrown as PapersError).hint).toMatch(/--model-variant q4/);
  });

  it('refuses to add to an index with another variant (no silent re-embedding), and re-embeds it with --rebuild', async () => {
    const indexDir = scratchDir('variant-add');
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: { ...FAKE_MODEL, variant: 'int8' }, loadEmbedder: async () => new FakeEmbedder() });
    const other = new FakeEmbedder();
    const add = (rebuild: boolean) => buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], rebuild, model: { ...FAKE_MODEL, variant: 'q4' }, loadEmbedder: async () => other });
    await expect(add(false)).rejects.toThrow(/made with the int8 variant/);
    expect(other.calls).toBe(0);
    const rebuilt = await add(true);
    expect(rebuilt.embedded).toBe(137);
  });

  it('rejects an unknown variant as a misuse (exit 2, one line)', () => {
    const result = runCli(['--index-dir', scratchDir('variant-cli'), '--model-variant', 'fp64', 'search', 'attention']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown model variant "fp64"/);
  });
});
