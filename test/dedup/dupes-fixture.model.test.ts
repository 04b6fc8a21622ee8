// test/fixtures/revised-digest.txt indexed with the four samples (real model): each edited re-post
// joins its original as `revised`, papers written to resemble sample papers join nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import { countRevisedEntries } from '../../src/dedup/find-revised-of.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import { buildIndex } from '../../src/cli/context.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { openSampleIndex, sampleIndexDir } from '../helpers/sample-index.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'revised-digest.txt');

/** Fixture entry → the sample paper it re-posts, by the edit it makes. */
const REPOSTS: [edit: string, entry: string, original: string][] = [
  ['title casing and punctuation', 'revised-digest.txt#1', 'DuoAttention: Efficient Long-Context LLM Inference with Retrieval and Streaming Heads'],
  ['venue suffix', 'revised-digest.txt#2', 'Pointer Networks'],
  ['a typo fixed', 'revised-digest.txt#3', 'Knowledge Composition using Task Vectors with Learned Anisotropic Scaling'],
  ['typos and grammar fixed', 'revised-digest.txt#4', 'Task-KV: Task-aware KV Cache Optimization via Semantic Differentiation of Attention Heads'],
  ['a sentence added', 'revised-digest.txt#5', 'LongHeads: Multi-Head Attention is Secretly a Long Context Processor'],
  ['a sentence removed', 'revised-digest.txt#6', 'RazorAttention: Efficient KV Cache Compression Through Retrieval Heads'],
  ['sentences reordered', 'revised-digest.txt#7', 'AdaMerging: Adaptive Model Merging for Multi-Task Learning'],
  ['a truncated abstract', 'revised-digest.txt#8', 'When Attention Sink Emerges in Language Models: An Empirical View'],
  ['British spelling', 'revised-digest.txt#9', 'Order Matters: Sequence to sequence for sets'],
  ['venue tag, British spelling and last sentence cut', 'revised-digest.txt#10', 'Task Arithmetic in the Tangent Space: Improved Editing of Pre-Trained Models'],
];
const CASING_ONLY = { entry: 'revised-digest.txt#11', original: 'Successor Heads: Recurring, Interpretable Attention Heads In The Wild' };
const DISTINCT = ['revised-digest.txt#12', 'revised-digest.txt#13', 'revised-digest.txt#14', 'revised-digest.txt#15', 'revised-digest.txt#16'];

describe('findDuplicates on the samples plus edited re-posts (real model)', () => {
  const sample = openSampleIndex();
  let indexDir = '';
  let index: OpenIndex;
  let groups: DuplicateGroup[];
  const groupOf = (entryId: string) => groups.find((group) => group.entries.some((entry) => entry.id === entryId));
  const sampleEntriesOf = (title: string) => sample.papers.find((paper) => paper.title === title)!.entryIds;

  beforeAll(async () => {
    indexDir = scratchDir('dupes-fixture');
    fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
    await buildIndex({ indexDir, inputs: [FIXTURE], model: currentModel(), loadEmbedder });
    index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
    groups = await findDuplicates({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() });
  });

  afterAll(() => fs.rmSync(indexDir, { recursive: true, force: true }));

  it('indexes the fixture as one more digest of sixteen entries', () => {
    expect(index.entries.filter((entry) => entry.digest === 'revised-digest.txt')).toHaveLength(REPOSTS.length + 1 + DISTINCT.length);
  });

  it.each(REPOSTS)('groups the re-post with %s (%s) with every entry of its original as revised', (_edit, entry, original) => {
    const group = groupOf(entry);
    expect(group?.kind).toBe('revised');
    expect(group!.entries.map((member) => member.id).sort()).toEqual([...sampleEntriesOf(original), entry].sort());
    expect(group!.evidence.basis).toBe('abstract');
    expect(group!.evidence.basis === 'abstract' ? group!.evidence.textSimilarity : 0).toBeGreaterThanOrEqual(0.6);
  });

  it('counts a title that differs only in casing as an identical repeat', () => {
    const group = groupOf(CASING_ONLY.entry);
    expect(group?.kind).toBe('identical');
    expect(group!.entries.map((member) => member.id).sort()).toEqual([...sampleEntriesOf(CASING_ONLY.original), CASING_ONLY.entry].sort());
  });

  it.each(DISTINCT)('leaves the distinct paper %s, written to resemble sample papers, in no group', (entry) => {
    expect(groupOf(entry)).toBeUndefined();
  });

  it('leaves every other sample repeat an identical group of its own', () => {
    const touched = new Set([...REPOSTS.map(([, entry]) => entry), CASING_ONLY.entry]);
    const untouched = groups.filter((group) => !group.entries.some((entry) => touched.has(entry.id)));
    const repeated = sample.papers.filter((paper) => paper.entryIds.length > 1);
    const absorbed = repeated.filter((paper) => groups.some((group) => group.entries.some((entry) => touched.has(entry.id)) && group.entries.some((entry) => entry.paperId === paper.id)));
    expect(untouched.every((group) => group.kind === 'identical')).toBe(true);
    expect(untouched).toHaveLength(repeated.length - absorbed.length);
  });

  it('tells `papers index` how many new entries revise papers already indexed', async () => {
    const count = await countRevisedEntries({
      papers: index.papers,
      entries: index.entries,
      vectors: index.vectors(),
      vectorIndex: index.vectorIndex(),
      previousPaperIds: new Set(sample.papers.map((paper) => paper.id)),
      previousEntryIds: new Set(sample.entries.map((entry) => entry.id)),
    });
    expect(count).toBe(REPOSTS.length);
  });

  it('prints each revised group with the titles as posted and the evidence', () => {
    const result = runCli(['--index-dir', indexDir, 'dupes']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^revised · 2 entries · cosine 0\.\d{4} · text 1\.00 \(title 1\.00, abstract containment 1\.00, overlap 1\.00\)\n.*#29 +10 Sep +Pointer Networks\n.*revised-digest\.txt #2 +14 Nov +Pointer Networks \(NeurIPS 2015\)$/m);
  });
});
