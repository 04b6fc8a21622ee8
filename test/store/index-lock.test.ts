// One writer per index folder: a second build is refused while the first holds the lock, and a
// lock left by a dead process is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/context.js';
import { LibraryStore } from '../../src/store/library-store.js';
import { LOCK_FILE } from '../../src/store/lock.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

function build(indexDir: string) {
  return buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
}

describe('index lock', () => {
  it('refuses a second writer while another papers process holds the folder', async () => {
    const indexDir = scratchDir('locked');
    fs.writeFileSync(path.join(indexDir, LOCK_FILE), `${process.pid}\n`);
    await expect(build(indexDir)).rejects.toThrow(`another papers process (pid ${process.pid}) is writing ${indexDir}`);
    const store = LibraryStore.open(indexDir);
    expect(store.readMetaIfAny()).toBeNull();
    store.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const indexDir = scratchDir('stale');
    fs.writeFileSync(path.join(indexDir, LOCK_FILE), '2147483646\n');
    const summary = await build(indexDir);
    expect(summary.papers).toBe(137);
    expect(fs.existsSync(path.join(indexDir, LOCK_FILE))).toBe(false);
  });

  it('lets only one of two concurrent builds write, and leaves a complete index', async () => {
    const indexDir = scratchDir('concurrent');
    const results = await Promise.allSettled([build(indexDir), build(indexDir)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((result) => result.status === 'rejected');
    expect(String(refused?.reason)).toContain(`another papers process (pid ${process.pid}) is writing ${indexDir}`);
    const again = await build(indexDir);
    expect(again).toMatchObject({ papers: 137, unchanged: true });
  });
});
