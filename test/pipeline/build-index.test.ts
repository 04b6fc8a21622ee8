import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/pipeline/build-index.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

function digestFiles(): string[] {
  return fs.readdirSync(SAMPLE_DIGESTS).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(SAMPLE_DIGESTS, name));
}

function build(indexDir: string, inputs: string[], embedder: FakeEmbedder, extra: { add?: boolean; rebuild?: boolean } = {}) {
  return buildIndex({ indexDir, inputs, model: FAKE_MODEL, loadEmbedder: async () => embedder, ...extra });
}

describe('buildIndex', () => {
  it('embeds nothing when run again on unchanged input', async () => {
    const indexDir = scratchDir('rerun');
    const first = new FakeEmbedder();
    const summary = await build(indexDir, [SAMPLE_DIGESTS], first);
    expect(summary).toMatchObject({ entries: 190, papers: 137, embedded: 137, reused: 0 });
    const second = new FakeEmbedder();
    const again = await build(indexDir, [SAMPLE_DIGESTS], second);
    expect(again).toMatchObject({ embedded: 0, reused: 137, unchanged: true });
    expect(second.calls).toBe(0);
  });

  it('embeds only the new papers of an added digest', async () => {
    const indexDir = scratchDir('grow');
    const files = digestFiles();
    await build(indexDir, files.slice(0, 3), new FakeEmbedder());
    const embedder = new FakeEmbedder();
    const summary = await build(indexDir, files, embedder);
    const before = OpenIndex.open({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => embedder });
    expect(summary.papers).toBe(137);
    expect(embedder.textsEmbedded).toBe(summary.embedded);
    expect(summary.embedded).toBeLessThan(66);
    expect(summary.newEntriesOfIndexedPapers).toBeGreaterThan(0);
    expect(before.papers).toHaveLength(137);
  });

  it('keeps earlier digests with --add', async () => {
    const indexDir = scratchDir('add');
    const files = digestFiles();
    await build(indexDir, [files[0]!], new FakeEmbedder());
    const summary = await build(indexDir, [files[1]!], new FakeEmbedder(), { add: true });
    expect(summary.entries).toBe(38 + 34);
    expect(summary.digests).toBe(2);
  });

  it('counts the new entries that repeat or revise papers already indexed', async () => {
    const indexDir = scratchDir('revised');
    await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder());
    const summary = await build(indexDir, [path.join(ROOT, 'test', 'fixtures', 'revised-digest.txt')], new FakeEmbedder(), { add: true });
    expect(summary).toMatchObject({ newEntriesOfIndexedPapers: 1, newEntriesRevisingIndexedPapers: 10 });
  });

  it('says how many papers a narrower input leaves out, and keeps them all with --add --rebuild', async () => {
    const indexDir = scratchDir('narrow');
    const files = digestFiles();
    await build(indexDir, files, new FakeEmbedder());
    const rebuilt = await build(indexDir, [files[0]!], new FakeEmbedder(), { add: true, rebuild: true });
    expect(rebuilt).toMatchObject({ papers: 137, embedded: 137, droppedPapers: 0 });
    const narrowed = await build(indexDir, [files[0]!], new FakeEmbedder());
    expect(narrowed.droppedPapers).toBe(137 - narrowed.papers);
    expect(narrowed.droppedPapers).toBeGreaterThan(0);
  });

  it('embeds everything again with --rebuild', async () => {
    const indexDir = scratchDir('rebuild');
    await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder());
    const summary = await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder(), { rebuild: true });
    expect(summary.embedded).toBe(137);
  });

  it('refuses to open an index made by another model', async () => {
    const indexDir = scratchDir('model');
    await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder());
    expect(() => OpenIndex.open({ indexDir, model: { ...FAKE_MODEL, fingerprint: 'other' }, loadEmbedder: async () => new FakeEmbedder() })).toThrow(
      /made with model fake-hashing \(fake0001\), not fake-hashing \(other\)/,
    );
  });
});
