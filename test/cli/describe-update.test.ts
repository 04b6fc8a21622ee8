// The summary `papers index` prints after a digest changed: what was added, edited and removed,
// and which paper each new text revises.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeUpdate } from '../../src/cli/commands/describe-update.js';
import { buildIndex } from '../../src/cli/context.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

const DIGEST = '000_ff0cc63952a9f99a.txt';

function build(indexDir: string, inputs: string[]) {
  return buildIndex({ indexDir, inputs, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
}

describe('describeUpdate', () => {
  it('an edited digest says which entries changed and which paper each new text revises', async () => {
    const dir = scratchDir('edited');
    const digest = path.join(dir, DIGEST);
    fs.copyFileSync(path.join(SAMPLE_DIGESTS, DIGEST), digest);
    const indexDir = path.join(dir, 'index');
    const first = await build(indexDir, [digest]);
    const text = fs.readFileSync(digest, 'utf8');
    fs.writeFileSync(
      digest,
      text
        .replace('a novel boosting framework that explicitly models', 'a new boosting framework that explicitly models')
        .replace('\n  • 3 authors\n·\nJun 17, 2024 1', '\n  • 3 authors\n·\nJun 17, 2024 9'),
    );
    const summary = await build(indexDir, [digest]);
    const lines = describeUpdate(summary, indexDir).split('\n');
    expect(lines[0]).toBe('read 1 file (1 changed)');
    expect(lines[1]).toBe('edited 1 entry (new text), updated the details of 1 entry → 1 new paper, 1 embedded');
    expect(lines[2]).toMatch(/^ {2}"Robust-Multi-Task Gradient Boosting" \(id [0-9a-f]{16}\) revises "Robust-Multi-Task Gradient Boosting" \(id [0-9a-f]{16}\), edited in place \(the old text leaves the library\)$/);
    expect(lines[3]).toBe(`the library in ${indexDir} now holds ${first.papers} papers from ${first.entries} entries in 1 file (generation 2)`);
    expect(lines).toHaveLength(4);
    expect(summary.revisions).toEqual([expect.objectContaining({ basis: 'edited in place', replaced: true })]);
  });

  it('names the indexed paper that a new digest\'s re-post revises', async () => {
    const indexDir = scratchDir('revised-summary');
    await build(indexDir, [SAMPLE_DIGESTS]);
    const summary = await build(indexDir, [path.join(ROOT, 'test', 'fixtures', 'revised-digest.txt')]);
    const text = describeUpdate(summary, indexDir);
    expect(text).toMatch(/^added 16 entries → 15 new papers, 15 embedded; of the new entries, 1 repeat and 10 revise papers already indexed$/m);
    expect(text).toMatch(/^ {2}"DuoAttention — efficient long-context LLM inference with retrieval and streaming heads" \(id [0-9a-f]{16}\) revises "DuoAttention: Efficient Long-Context LLM Inference with Retrieval and Streaming Heads" \(id 144885a362270a8a\)$/m);
    expect(text).toMatch(/^ {2}and 5 more revisions \(--json lists them all\)$/m);
  });
});
