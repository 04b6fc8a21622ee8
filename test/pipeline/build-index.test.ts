// The library semantics of `papers index`, `remove` and `compact`, with the fake embedder: the
// library only grows unless told otherwise, a changed source replaces its own entries, and a
// removed paper's vector stays until a compaction.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt, openLibrary } from '../../src/cli/context.js';
import { compactLibrary, removeSources } from '../../src/pipeline/remove-sources.js';
import { LibraryStore } from '../../src/store/library-store.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

function digestFiles(): string[] {
  return fs.readdirSync(SAMPLE_DIGESTS).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(SAMPLE_DIGESTS, name));
}

function build(indexDir: string, inputs: string[], embedder: FakeEmbedder, extra: { prune?: boolean; rebuild?: boolean } = {}) {
  return buildIndex({ indexDir, inputs, model: FAKE_MODEL, loadEmbedder: async () => embedder, ...extra });
}

async function withLibrary<T>(indexDir: string, embedder: FakeEmbedder, use: (context: ReturnType<typeof openLibrary>) => Promise<T>): Promise<T> {
  const context = openLibrary({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => embedder });
  try {
    return await use(context);
  } finally {
    context.store.close();
  }
}

function labelsOf(indexDir: string): Map<string, number> {
  const store = LibraryStore.open(indexDir);
  try {
    return new Map(store.labelPairs());
  } finally {
    store.close();
  }
}

describe('papers index', () => {
  it('embeds nothing and writes nothing when run again on unchanged input', async () => {
    const indexDir = scratchDir('rerun');
    const summary = await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder());
    expect(summary).toMatchObject({ entries: 190, papers: 137, embedded: 137, newPapers: 137 });
    const second = new FakeEmbedder();
    const again = await build(indexDir, [SAMPLE_DIGESTS], second);
    expect(again).toMatchObject({ embedded: 0, unchanged: true, papers: 137 });
    expect(again.meta.generation).toBe(summary.meta.generation);
    expect(second.calls).toBe(0);
  });

  it('adds to the library: a later digest alone keeps the earlier ones', async () => {
    const indexDir = scratchDir('add');
    const files = digestFiles();
    await build(indexDir, [files[0]!], new FakeEmbedder());
    const summary = await build(indexDir, [files[1]!], new FakeEmbedder());
    expect(summary).toMatchObject({ entries: 38 + 34, sources: 2 });
    expect(summary.removedPapers).toBe(0);
  });

  it('embeds only the new papers of an added digest, and changes no existing paper\'s label', async () => {
    const indexDir = scratchDir('grow');
    const files = digestFiles();
    await build(indexDir, files.slice(0, 3), new FakeEmbedder());
    const labelsBefore = labelsOf(indexDir);
    const embedder = new FakeEmbedder();
    const summary = await build(indexDir, [files[3]!], embedder);
    expect(summary.papers).toBe(137);
    expect(summary.graphRebuilt).toBe(false);
    expect(embedder.textsEmbedded).toBe(summary.embedded);
    expect(summary.embedded).toBe(137 - labelsBefore.size);
    expect(summary.merge.newEntriesOfIndexedPapers).toBeGreaterThan(0);
    const labelsAfter = labelsOf(indexDir);
    for (const [id, label] of labelsBefore) expect(labelsAfter.get(id), id).toBe(label);
    const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => embedder });
    try {
      expect(index.papers).toHaveLength(137);
      const added = index.papers.find((paper) => !labelsBefore.has(paper.id))!;
      const [nearest] = await index.vectorIndex().search(index.vectorOf(added.id), 1);
      expect(nearest!.id).toBe(added.id);
    } finally {
      await index.close();
    }
  });

  it('picks up the changes of a source read again: its own entries are replaced', async () => {
    const dir = scratchDir('changed');
    const digest = path.join(dir, 'digest.txt');
    const original = fs.readFileSync(digestFiles()[0]!, 'utf8');
    fs.writeFileSync(digest, original);
    const indexDir = path.join(dir, 'index');
    const first = await build(indexDir, [digest], new FakeEmbedder());
    // Drop the last entry: its title, abstract and metadata lines (title, blank, abstract, blank, authors…).
    const lines = original.split('\n');
    const lastAuthors = lines.findLastIndex((line) => line.startsWith('  •'));
    fs.writeFileSync(digest, lines.slice(0, lastAuthors - 4).join('\n'));
    const second = await build(indexDir, [digest], new FakeEmbedder());
    expect(second.merge).toMatchObject({ sourcesChanged: 1, sourcesNew: 0 });
    expect(second.entries).toBe(first.entries - 1);
    expect(second.removedPapers).toBe(1);
    expect(second.embedded).toBe(0);
  });

  it('counts the new entries that repeat or revise papers already indexed', async () => {
    const indexDir = scratchDir('revised');
    await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder());
    const summary = await build(indexDir, [path.join(ROOT, 'test', 'fixtures', 'revised-digest.txt')], new FakeEmbedder());
    expect(summary.merge.newEntriesOfIndexedPapers).toBe(1);
    expect(summary.newEntriesRevisingIndexedPapers).toBe(10);
  });

  it('keeps the groups of re-posts added later, so search reads a hit\'s group without searching the library', async () => {
    const indexDir = scratchDir('revised-groups');
    await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder());
    const revisedDigest = path.join(ROOT, 'test', 'fixtures', 'revised-digest.txt');
    await build(indexDir, [revisedDigest], new FakeEmbedder());
    const groupedNewPapers = () => {
      const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
      try {
        const duplicates = index.storedDuplicates();
        expect(duplicates).not.toBeNull();
        const store = LibraryStore.open(indexDir);
        const newIds = store.entriesOfSources([fs.realpathSync(revisedDigest)]).map((entry) => entry.paperId);
        store.close();
        return { newIds, grouped: newIds.filter((id) => (duplicates!.membersOf(id) ?? []).some((member) => member.id !== id)) };
      } finally {
        void index.close();
      }
    };
    const added = groupedNewPapers();
    expect(added.newIds.length).toBeGreaterThan(10);
    expect(new Set(added.grouped).size).toBe(10);
    await withLibrary(indexDir, new FakeEmbedder(), (context) => removeSources(context, [revisedDigest]));
    const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    try {
      for (const id of added.grouped) expect(index.storedDuplicates()!.membersOf(id)).toBeUndefined();
    } finally {
      await index.close();
    }
  });

  it('removes the sources not among the inputs only with --prune, and re-adding them embeds nothing', async () => {
    const indexDir = scratchDir('prune');
    const files = digestFiles();
    await build(indexDir, files, new FakeEmbedder());
    const narrowed = await build(indexDir, [files[0]!], new FakeEmbedder(), { prune: true });
    expect(narrowed.merge.sourcesRemoved).toBe(3);
    expect(narrowed.removedPapers).toBe(137 - narrowed.papers);
    expect(narrowed.removedPapers).toBeGreaterThan(0);
    const embedder = new FakeEmbedder();
    const restored = await build(indexDir, files, embedder);
    expect(restored.papers).toBe(137);
    expect(embedder.calls).toBe(0);
  });

  it('starts over from the inputs and embeds everything again with --rebuild', async () => {
    const indexDir = scratchDir('rebuild');
    const files = digestFiles();
    await build(indexDir, files, new FakeEmbedder());
    const summary = await build(indexDir, [files[0]!], new FakeEmbedder(), { rebuild: true });
    expect(summary).toMatchObject({ sources: 1, entries: 38, embedded: summary.papers, graphRebuilt: true });
  });

  it('refuses to open an index made by another model', async () => {
    const indexDir = scratchDir('model');
    await build(indexDir, [SAMPLE_DIGESTS], new FakeEmbedder());
    expect(() => openIndexAt({ indexDir, model: { ...FAKE_MODEL, fingerprint: 'other' }, loadEmbedder: async () => new FakeEmbedder() })).toThrow(
      /made with model fake-hashing \(fake0001\), not fake-hashing \(other\)/,
    );
  });
});

describe('papers remove and compact', () => {
  it('removes a source and the papers only it carried; compact then drops their vectors', async () => {
    const indexDir = scratchDir('remove');
    const files = digestFiles();
    await build(indexDir, files, new FakeEmbedder());
    const removed = await withLibrary(indexDir, new FakeEmbedder(), (context) => removeSources(context, [files[3]!]));
    expect(removed.merge.sourcesRemoved).toBe(1);
    expect(removed.sources).toBe(3);
    expect(removed.removedPapers).toBeGreaterThan(0);
    expect(removed.papers).toBe(137 - removed.removedPapers);

    const compacted = await withLibrary(indexDir, new FakeEmbedder(), (context) => compactLibrary(context));
    expect(compacted.graphRebuilt).toBe(true);
    expect(compacted.meta.graph.points).toBe(compacted.papers);
    const embedder = new FakeEmbedder();
    const readded = await build(indexDir, [files[3]!], embedder);
    expect(readded.papers).toBe(137);
    expect(readded.embedded).toBe(removed.removedPapers);
  });

  it('the same library ranks the same after a digest is added and removed again, twice', async () => {
    const indexDir = scratchDir('remove-rank');
    const files = digestFiles();
    const lexical = async () => {
      const index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
      try {
        return (await index.lexicalIndex().search('attention heads for long context', 6)).map((hit) => `${hit.id} ${hit.bm25.toFixed(6)}`);
      } finally {
        await index.close();
      }
    };
    await build(indexDir, files.slice(0, 3), new FakeEmbedder());
    const before = await lexical();
    expect(before).toHaveLength(6);
    for (let round = 0; round < 2; round += 1) {
      await build(indexDir, [files[3]!], new FakeEmbedder());
      await withLibrary(indexDir, new FakeEmbedder(), (context) => removeSources(context, [files[3]!]));
      expect(await lexical()).toEqual(before);
    }
  });

  it('says which source it does not know', async () => {
    const indexDir = scratchDir('remove-unknown');
    await build(indexDir, [digestFiles()[0]!], new FakeEmbedder());
    await expect(withLibrary(indexDir, new FakeEmbedder(), (context) => removeSources(context, ['nope.txt']))).rejects.toThrow(/no source of the library is nope\.txt/);
  });

  it('rebuilds the graph once more than a fifth of its points are removed papers', async () => {
    const indexDir = scratchDir('graph-rebuild');
    const files = digestFiles();
    await build(indexDir, files, new FakeEmbedder());
    const removed = await withLibrary(indexDir, new FakeEmbedder(), (context) => removeSources(context, files.slice(0, 2)));
    expect(removed.removedPapers / 137).toBeGreaterThan(0.2);
    expect(removed.graphRebuilt).toBe(true);
    expect(removed.meta.graph.points).toBe(removed.papers);
  });
});
