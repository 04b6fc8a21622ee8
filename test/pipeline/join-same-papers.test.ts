// A digest entry and the arXiv record of the same paper, whose texts differ in LaTeX and line
// breaks, become one paper with both entries and the arXiv id, in either order or in one run;
// a revision with rewritten sentences under the same title stays a paper of its own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/context.js';
import type { Paper } from '../../src/ingest/types.js';
import { LibraryStore } from '../../src/store/library-store.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { scratchDir } from '../helpers/paths.js';

const TITLE = 'Sparse Attention Kernels for Long-Context Language Models';
const ABSTRACT =
  'We present sparse attention kernels that reduce the cost of long-context inference from quadratic to O(n log n) in the sequence length. ' +
  'The kernels exploit block sparsity patterns learned during a short calibration phase and run on commodity accelerators without custom hardware. ' +
  'On four long-document benchmarks they match dense attention within 0.3 points while using 5.2x less memory at 128k tokens. ' +
  'We release the kernels and the calibration code.';
/** The same paper as arXiv writes it: hard line breaks, indentation and LaTeX ("5.2×" where the digest has "5.2x"). */
const ARXIV_TITLE = 'Sparse Attention Kernels for Long-Context\n  Language Models';
const ARXIV_ABSTRACT =
  '  We present sparse attention kernels that reduce the cost of long-context\ninference from quadratic to $\\mathcal{O}(n \\log n)$ in the sequence length.\n' +
  'The kernels exploit block sparsity patterns learned during a short calibration\nphase and run on commodity accelerators without custom hardware. On four\n' +
  'long-document benchmarks they match dense attention within 0.3 points while\nusing $5.2\\times$ less memory at 128k tokens. We release the \\emph{kernels} and the\ncalibration code.\n';
const OTHER_TITLE = 'Gradient Noise Scales in Stochastic Optimisation';
const OTHER_ABSTRACT = 'We measure the gradient noise scale across training and relate it to the largest useful batch size for stochastic optimisation of deep networks on vision and language tasks.';

function writeDigest(dir: string, entries: { title: string; abstract: string }[]): string {
  const file = path.join(dir, 'digest.txt');
  const blocks = entries.map((entry) => `${entry.title}\n\n${entry.abstract}\n\n  • 3 authors\n·\nJan 2, 2024`);
  fs.writeFileSync(file, `Daily Papers\n\nJan 3\n\n${blocks.join('\n\n')}\n`);
  return file;
}

function writeArxiv(dir: string, records: { id: string; title: string; abstract: string }[]): string {
  const file = path.join(dir, 'arxiv.jsonl');
  const lines = records.map((record) => JSON.stringify({ ...record, authors: 'A. One and B. Two', categories: 'cs.CL cs.LG', versions: [{ version: 'v1', created: 'Mon, 1 Jan 2024 10:00:00 GMT' }], update_date: '2024-01-02' }));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function papersOf(indexDir: string): Paper[] {
  const store = LibraryStore.open(indexDir);
  try {
    return store.allPapers();
  } finally {
    store.close();
  }
}

async function build(indexDir: string, inputs: string[]) {
  return buildIndex({ indexDir, inputs, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
}

describe('a digest entry and its arXiv record', () => {
  const dir = scratchDir('join');
  const digest = writeDigest(dir, [{ title: TITLE, abstract: ABSTRACT }, { title: OTHER_TITLE, abstract: OTHER_ABSTRACT }]);
  const arxiv = writeArxiv(dir, [{ id: '2401.00001', title: ARXIV_TITLE, abstract: ARXIV_ABSTRACT }]);

  it.each([
    ['the digest first', [[digest], [arxiv]]],
    ['the arXiv record first', [[arxiv], [digest]]],
    ['both in one run', [[digest, arxiv]]],
  ])('are one paper with both entries and the arXiv id: %s', async (_order, runs) => {
    const indexDir = path.join(scratchDir('join'), 'index');
    for (const inputs of runs) await build(indexDir, inputs);
    const papers = papersOf(indexDir);
    expect(papers.map((paper) => paper.title).sort()).toEqual([OTHER_TITLE, TITLE]);
    const joined = papers.find((paper) => paper.title === TITLE)!;
    expect(joined.entryIds.sort()).toEqual(['arxiv.jsonl#1', 'digest.txt#1']);
    expect(joined.externalId).toBe('2401.00001');
  });

  it('keeps a revision with rewritten sentences under the same title apart', async () => {
    const revisedDir = scratchDir('join');
    const revised =
      'We present sparse attention kernels for long-context inference. ' +
      'A new routing scheme picks the blocks each query attends to, trained jointly with the model rather than calibrated afterwards. ' +
      'Across six benchmarks, including two new ones on code, the kernels stay within half a point of dense attention and cut memory by a factor of seven. ' +
      'We release the kernels, the routing code and the benchmarks.';
    const revisedArxiv = writeArxiv(revisedDir, [{ id: '2401.00001', title: ARXIV_TITLE, abstract: revised }]);
    const indexDir = path.join(revisedDir, 'index');
    await build(indexDir, [digest]);
    await build(indexDir, [revisedArxiv]);
    expect(papersOf(indexDir).filter((paper) => paper.title === TITLE)).toHaveLength(2);
  });
});
