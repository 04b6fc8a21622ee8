// The sample digests with the re-post fixtures: "like this abstract" MRR on rewritten abstracts
// (test/fixtures/paraphrases.json and the re-posts of rewritten-digest.txt), and duplicate
// precision/recall by kind on revised-digest.txt (edited re-posts) and rewritten-digest.txt.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { DuplicateOptions } from '../../src/dedup/duplicate-input.js';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import type { Embedder } from '../../src/embedding/embedder.js';
import { buildCorpus } from '../../src/ingest/build-corpus.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { Entry, Paper } from '../../src/ingest/types.js';
import { findSimilar, type SimilarFusion } from '../../src/search/find-similar.js';
import type { SearchMode } from '../../src/search/search-papers.js';
import { graphOf } from './graph-of.js';
import { embedCached } from './embedding-cache.js';
import { EvalIndex } from './eval-index.js';
import { mean, reciprocalRank } from './ranking-metrics.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');
const SAMPLE = path.join(PROJECT_ROOT, 'data', 'digests');

interface Corpus {
  papers: Paper[];
  entries: Entry[];
  vectors: Float32Array[];
}

async function corpusOf(embedder: Embedder, inputs: string[]): Promise<Corpus> {
  const { papers, entries } = buildCorpus(readInputs(inputs).sources);
  const vectors = await embedCached(embedder, 'sample', papers.map((paper) => embeddingText(paper.title, paper.abstract)));
  return { papers, entries, vectors };
}

function startsWith<T extends { title: string }>(papers: readonly T[], prefix: string): T {
  const found = papers.filter((paper) => paper.title.startsWith(prefix));
  if (found.length !== 1) throw new Error(`"${prefix}" names ${found.length} sample papers, expected 1`);
  return found[0]!;
}

export interface ParaphraseRow {
  setting: string;
  paraphrases: number;
  reposts: number;
}

/** MRR of the original paper for each rewritten abstract, by mode and fusion. */
export async function evaluateParaphrases(embedder: Embedder, settings: { name: string; mode: SearchMode; fusion?: SimilarFusion }[]): Promise<ParaphraseRow[]> {
  const sample = await corpusOf(embedder, [SAMPLE]);
  const paraphrases = (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'paraphrases.json'), 'utf8')) as { paraphrases: { text: string; original: string }[] }).paraphrases;
  const key = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rewritten-key.json'), 'utf8')) as { reposts: { title: string; original: string }[] };
  const digest = buildCorpus(readInputs([path.join(FIXTURES, 'rewritten-digest.txt')]).sources).papers;
  const reposts = key.reposts.map((repost) => ({ text: startsWith(digest, repost.title).abstract, original: repost.original }));
  const queries = [...paraphrases, ...reposts];
  const queryVectors = await embedCached(embedder, 'fixture-queries', queries.map((query) => query.text));
  const index = new EvalIndex(sample.papers.map((paper) => ({ id: paper.id, title: paper.title, abstract: paper.abstract })), sample.vectors);
  const rows: ParaphraseRow[] = [];
  for (const setting of settings) {
    const reciprocal: number[] = [];
    for (const [q, query] of queries.entries()) {
      const hits = await findSimilar(index, { text: query.text, vector: queryVectors[q] }, { mode: setting.mode, topK: 10, fusion: setting.fusion });
      reciprocal.push(reciprocalRank(hits.map((hit) => hit.paper.id), startsWith(sample.papers, query.original).id));
    }
    rows.push({ setting: setting.name, paraphrases: mean(reciprocal.slice(0, paraphrases.length)), reposts: mean(reciprocal.slice(paraphrases.length)) });
  }
  return rows;
}

export interface FixtureDupesRow {
  fixture: string;
  kind: string;
  expected: number;
  found: number;
  /** Fixture entries grouped that should not be (distinct papers, or the wrong original). */
  wrong: number;
  precision: string;
  recall: string;
}

interface Expectation {
  entry: string;
  /** Title prefix of the sample paper it re-posts; null for a distinct paper. */
  original: string | null;
  kind: 'revised' | 'rewritten' | 'identical' | 'distinct';
}

/** Duplicates on the sample plus one fixture digest, scored against the fixture's key. */
export async function evaluateFixtureDupes(embedder: Embedder, options: DuplicateOptions = {}): Promise<{ rows: FixtureDupesRow[]; groups: DuplicateGroup[] }> {
  const rows: FixtureDupesRow[] = [];
  let shown: DuplicateGroup[] = [];
  for (const fixture of ['revised-digest.txt', 'rewritten-digest.txt']) {
    const corpus = await corpusOf(embedder, [SAMPLE, path.join(FIXTURES, fixture)]);
    const groups = await findDuplicates({ ...corpus, vectorIndex: graphOf(corpus.papers.map((paper) => paper.id), corpus.vectors, embedder.dimensions) }, options);
    const fixtureEntries = corpus.entries.filter((entry) => entry.digest === fixture);
    const samplePapers = corpus.papers.filter((paper) => !paper.digests.every((digest) => digest === fixture));
    const expectations = fixture === 'revised-digest.txt' ? revisedKey(fixtureEntries) : rewrittenKey(fixtureEntries);
    const groupOf = (entryId: string) => groups.find((group) => group.entries.some((entry) => entry.id === entryId));
    const kinds = [...new Set(expectations.map((expectation) => expectation.kind))];
    for (const kind of kinds) {
      const wanted = expectations.filter((expectation) => expectation.kind === kind);
      let found = 0;
      let wrong = 0;
      for (const expectation of wanted) {
        const group = groupOf(expectation.entry);
        if (!group) continue;
        const original = expectation.original && startsWith(samplePapers, expectation.original);
        const right = original ? group.entries.some((entry) => entry.paperId === original.id) : false;
        if (right) found += 1;
        else wrong += 1;
      }
      const positives = kind === 'distinct' ? 0 : wanted.length;
      rows.push({
        fixture,
        kind,
        expected: positives,
        found,
        wrong,
        precision: found + wrong === 0 ? '-' : (found / (found + wrong)).toFixed(2),
        recall: positives === 0 ? '-' : (found / positives).toFixed(2),
      });
    }
    if (fixture === 'rewritten-digest.txt') shown = groups.filter((group) => group.entries.some((entry) => entry.digest === fixture));
  }
  return { rows, groups: shown };
}

/** test/fixtures/revised-digest.txt: entries 1-10 are edited re-posts, 11 a casing-only repeat, 12-16 distinct. */
function revisedKey(entries: Entry[]): Expectation[] {
  const originals = ['DuoAttention', 'Pointer Networks', 'Knowledge Composition', 'Task-KV', 'LongHeads', 'RazorAttention', 'AdaMerging', 'When Attention Sink', 'Order Matters', 'Task Arithmetic in the Tangent Space'];
  return entries.map((entry) => {
    if (entry.position <= 10) return { entry: entry.id, original: originals[entry.position - 1]!, kind: 'revised' };
    if (entry.position === 11) return { entry: entry.id, original: 'Successor Heads', kind: 'identical' };
    return { entry: entry.id, original: null, kind: 'distinct' };
  });
}

function rewrittenKey(entries: Entry[]): Expectation[] {
  const key = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rewritten-key.json'), 'utf8')) as { reposts: { title: string; original: string }[]; distinct: { title: string }[] };
  return [
    ...key.reposts.map((repost): Expectation => ({ entry: startsWith(entries, repost.title).id, original: repost.original, kind: 'rewritten' })),
    ...key.distinct.map((paper): Expectation => ({ entry: startsWith(entries, paper.title).id, original: null, kind: 'distinct' })),
  ];
}

/** Groups by kind on the sample digests alone. */
export async function evaluateSampleDupes(embedder: Embedder): Promise<Record<string, number>> {
  const corpus = await corpusOf(embedder, [SAMPLE]);
  const groups = await findDuplicates({ ...corpus, vectorIndex: graphOf(corpus.papers.map((paper) => paper.id), corpus.vectors, embedder.dimensions) });
  const counts: Record<string, number> = { identical: 0, revised: 0, rewritten: 0 };
  for (const group of groups) counts[group.kind] = (counts[group.kind] ?? 0) + 1;
  return counts;
}
