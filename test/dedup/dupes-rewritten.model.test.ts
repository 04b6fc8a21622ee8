// test/fixtures/rewritten-digest.txt indexed with the four samples (real model): each re-post
// whose abstract was rewritten (some under a new title) joins its original as `rewritten`; the
// close but distinct papers (-v2, -Lite, ++ variants, same topic) join nothing. Then search and
// similar on that index show each re-posted paper once.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rewritten-digest.txt');
const KEY = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rewritten-key.json'), 'utf8')) as {
  reposts: { title: string; original: string }[];
  distinct: { title: string; near: string }[];
};

describe('findDuplicates on the samples plus rewritten re-posts (real model)', () => {
  let indexDir = '';
  let index: OpenIndex;
  let groups: DuplicateGroup[];
  const fixturePaper = (title: string) => index.papers.find((paper) => paper.title === title && paper.digests.includes('rewritten-digest.txt'))!;
  const samplePaper = (prefix: string) => {
    const found = index.papers.filter((paper) => paper.title.startsWith(prefix) && !paper.digests.includes('rewritten-digest.txt'));
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const groupOf = (paperId: string) => groups.find((group) => group.entries.some((entry) => entry.paperId === paperId));

  beforeAll(async () => {
    indexDir = scratchDir('dupes-rewritten');
    fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
    await buildIndex({ indexDir, inputs: [FIXTURE], model: currentModel(), loadEmbedder });
    index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
    groups = await findDuplicates({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() });
  });

  afterAll(async () => {
    await index.close();
    fs.rmSync(indexDir, { recursive: true, force: true });
  });

  it.each(KEY.reposts.map((repost) => [repost.original, repost.title]))('groups the rewritten re-post of "%s" with its original, with the shared facts', (original, title) => {
    const group = groupOf(fixturePaper(title).id);
    expect(group?.kind).toBe('rewritten');
    expect(group!.entries.some((entry) => entry.paperId === samplePaper(original).id)).toBe(true);
    expect(group!.evidence.basis === 'facts' ? group!.evidence.sharedFacts.length : 0).toBeGreaterThan(0);
  });

  it.each(KEY.distinct.map((paper) => [paper.title]))('leaves the close but distinct paper "%s" in no group', (title) => {
    expect(groupOf(fixturePaper(title).id)).toBeUndefined();
  });

  it('keeps every other of the 34 identical sample groups identical', () => {
    const sampleOnly = groups.filter((group) => group.entries.every((entry) => entry.digest !== 'rewritten-digest.txt'));
    const repeatedOriginals = KEY.reposts.filter((repost) => samplePaper(repost.original).entryIds.length > 1);
    expect(sampleOnly.every((group) => group.kind === 'identical')).toBe(true);
    // Three re-posted sample papers were already repeated: their identical groups became rewritten ones.
    expect(repeatedOriginals).toHaveLength(3);
    expect(sampleOnly).toHaveLength(34 - repeatedOriginals.length);
  });

  it('prints a rewritten group with the facts both postings state', () => {
    const result = runCli(['--index-dir', indexDir, 'dupes']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^41 duplicate groups \(31 identical, 0 revised, 10 rewritten\)/);
    expect(result.stdout).toMatch(/^rewritten · \d+ entries · cosine 0\.\d{4} · same facts: .*2\.55×.*; surprise \d+\.\d ≥ \d+\.\d; title 0\.\d\d/m);
  });

  it('says which paper `similar` starts from, accepts 8 characters of its id, and never returns its re-post', () => {
    const original = samplePaper('DuoAttention');
    const repost = fixturePaper(KEY.reposts.find((repost) => repost.original === 'DuoAttention')!.title);
    const result = runCli(['--index-dir', indexDir, 'similar', original.id.slice(0, 8), '--json']);
    expect(result.status).toBe(0);
    const ids = (JSON.parse(result.stdout) as { id: string }[]).map((hit) => hit.id);
    expect(ids).toHaveLength(10);
    expect(ids).not.toContain(repost.id);
    expect(ids).not.toContain(original.id);
    const human = runCli(['--index-dir', indexDir, 'similar', original.id.slice(0, 8)]);
    expect(human.stdout.split('\n')[0]).toBe(`papers like "${original.title}"`);
  });

  it('resolves a title shared with a rewritten re-post to one paper', () => {
    const result = runCli(['--index-dir', indexDir, 'similar', 'AdaMerging: Adaptive Model Merging', '-k', '3']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^papers like "AdaMerging: Adaptive Model Merging for Multi-Task Learning"/);
  });

  it('shows a re-posted paper once in search, naming the other posting', () => {
    const result = runCli(['--index-dir', indexDir, 'search', 'DuoAttention retrieval heads streaming heads', '--json']);
    const hits = JSON.parse(result.stdout) as { id: string; alsoPostedAs: { id: string }[] }[];
    const duo = [samplePaper('DuoAttention').id, fixturePaper(KEY.reposts[0]!.title).id];
    const shown = hits.filter((hit) => duo.includes(hit.id));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.alsoPostedAs.map((other) => other.id)).toEqual(duo.filter((id) => id !== shown[0]!.id));
  });
});
