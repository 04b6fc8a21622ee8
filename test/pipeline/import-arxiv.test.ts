// An arXiv import stored batch by batch: each batch committed on its own, an import stopped
// part-way keeping its batches and continuing after them without embedding them again, and
// --category keeping exactly the matching papers of a synthetic file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/context.js';
import { LibraryStore } from '../../src/store/library-store.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { scratchDir } from '../helpers/paths.js';

const WORDS = ['graph', 'attention', 'sparse', 'kernel', 'robust', 'quantum', 'lattice', 'policy', 'gradient', 'manifold', 'spectral', 'token', 'diffusion', 'bayesian', 'convex', 'agent'];
const CATEGORIES = ['cs.CL', 'cs.LG', 'hep-th', 'math.PR', 'cs.CV quant-ph', 'stat.ML cs.LG'];

/** `lines` arXiv-shaped records with distinct texts, categories cycling through CATEGORIES. */
function writeArxivFile(lines: number): string {
  const file = path.join(scratchDir('import-arxiv'), 'arxiv.jsonl');
  const records = Array.from({ length: lines }, (_, index) => {
    const words = [0, 1, 2, 3, 4].map((shift) => WORDS[(index * (shift + 3) + shift * 7) % WORDS.length]);
    return JSON.stringify({
      id: `2401.${String(index + 1).padStart(5, '0')}`,
      title: `Paper ${index + 1} on ${words.slice(0, 3).join(' ')}`,
      abstract: `  We study ${words.join(' ')} in setting number ${index + 1}.\nThe method is\nnew.\n`,
      authors: 'A. Author and B. Author',
      categories: CATEGORIES[index % CATEGORIES.length],
      versions: [{ version: 'v1', created: 'Mon, 1 Jan 2024 00:00:00 GMT' }],
      update_date: '2024-01-02',
    });
  });
  fs.writeFileSync(file, `${records.join('\n')}\n`);
  return file;
}

function countsOf(indexDir: string): { papers: number; entries: number; generation: number; imports: number } {
  const store = LibraryStore.open(indexDir);
  try {
    const meta = store.readMeta();
    return { papers: meta.counts.papers, entries: meta.counts.entries, generation: meta.generation, imports: store.importProgress(store.sources()[0]!.path) ? 1 : 0 };
  } finally {
    store.close();
  }
}

describe('arXiv import in batches', () => {
  it('commits each batch on its own: 1,000 papers in batches of 200 make five generations', async () => {
    const file = writeArxivFile(1000);
    const indexDir = path.join(scratchDir('import-arxiv'), 'index');
    const summary = await buildIndex({ indexDir, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder(), arxivBatchSize: 200 });
    expect(summary).toMatchObject({ papers: 1000, entries: 1000, embedded: 1000, sources: 1 });
    expect(countsOf(indexDir)).toEqual({ papers: 1000, entries: 1000, generation: 5, imports: 0 });
  });

  it('keeps the batches committed before an interruption and continues after them without embedding them again', async () => {
    const file = writeArxivFile(1000);
    const indexDir = path.join(scratchDir('import-arxiv'), 'index');
    const first = new FakeEmbedder();
    // Interrupted while the third batch is embedded: two batches are committed.
    const stopped = buildIndex({ indexDir, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => first, arxivBatchSize: 200, isInterrupted: () => first.calls >= 3 });
    await expect(stopped).rejects.toThrow(/^interrupted: the first 400 papers of .*arxiv\.jsonl are stored; run the same command again/);
    expect(countsOf(indexDir)).toEqual({ papers: 400, entries: 400, generation: 2, imports: 1 });

    const second = new FakeEmbedder();
    const summary = await buildIndex({ indexDir, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => second, arxivBatchSize: 200 });
    expect(second.textsEmbedded).toBe(600);
    expect(summary.arxivImports[0]).toMatchObject({ status: 'resumed', resumedAfterLine: 400 });
    expect(countsOf(indexDir)).toEqual({ papers: 1000, entries: 1000, generation: 5, imports: 0 });

    const third = new FakeEmbedder();
    const again = await buildIndex({ indexDir, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => third, arxivBatchSize: 200 });
    expect(again.unchanged).toBe(true);
    expect(again.arxivImports[0]!.status).toBe('unchanged');
    expect(third.calls).toBe(0);
  });

  it('gives the same library whether the import ran at once or was resumed', async () => {
    const file = writeArxivFile(600);
    const whole = path.join(scratchDir('import-arxiv'), 'whole');
    const resumed = path.join(scratchDir('import-arxiv'), 'resumed');
    await buildIndex({ indexDir: whole, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder(), arxivBatchSize: 200 });
    const embedder = new FakeEmbedder();
    await expect(buildIndex({ indexDir: resumed, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => embedder, arxivBatchSize: 200, isInterrupted: () => embedder.calls >= 2 })).rejects.toThrow(/interrupted/);
    await buildIndex({ indexDir: resumed, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder(), arxivBatchSize: 200 });
    const entriesOf = (indexDir: string) => {
      const store = LibraryStore.open(indexDir);
      try {
        return store.allEntries().map((entry) => [entry.id, entry.paperId, entry.externalId]);
      } finally {
        store.close();
      }
    };
    expect(entriesOf(resumed)).toEqual(entriesOf(whole));
  });

  it('keeps exactly the papers of the listed categories', async () => {
    const file = writeArxivFile(1200);
    // cs.LG is listed in two of the six category strings, cs.CL in one: half of the lines.
    const indexDir = path.join(scratchDir('import-arxiv'), 'index');
    const summary = await buildIndex({ indexDir, inputs: [file], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder(), categories: ['cs.CL', 'cs.LG'], arxivBatchSize: 1000 });
    expect(summary.papers).toBe(600);
    expect(summary.arxivImports[0]!.counts).toMatchObject({ kept: 600, outsideCategories: 600 });
  });
});
