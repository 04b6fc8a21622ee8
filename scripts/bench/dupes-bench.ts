// Duplicate finding at scale: `findDuplicates` on 100k synthetic papers with planted re-posts,
// against an all-pairs cosine baseline timed in the same run on a sample and scaled by n².
// Run alone: npx tsx scripts/bench/dupes-bench.ts [papers]
//
// The text is generated from the sample digests' own words (a word-bigram chain), so unrelated
// papers share the usual phrases. The vectors are synthetic, not model output: each paper sits
// near a field and a topic centre (same-topic cosine ≈ 0.72, like same-topic papers in the sample),
// and each planted re-post sits near its original (cosine 0.85-0.99, by edit).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEDUP, HNSW, PROJECT_ROOT } from '../../src/config.js';
import type { DuplicateCorpus, DuplicateSourceEntry } from '../../src/dedup/duplicate-input.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import type { PaperText } from '../../src/dedup/text-fingerprint.js';
import { buildCorpus } from '../../src/ingest/build-corpus.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { dotProduct } from '../../src/vector-math.js';
import { HnswIndex } from '../../src/vector-index/hnsw-index.js';
import type { VectorIndex } from '../../src/vector-index/vector-index.js';
import { createRandom, type Random } from '../../src/seeded-random.js';
import { printRows, type BenchRow } from './bench-row.js';

const DIMENSIONS = 384;
const FIELDS = 20;
const TOPICS = 2_000;

export async function benchDupes(papers = 100_000, repostShare = 0.02): Promise<BenchRow[]> {
  const corpus = syntheticCorpus(papers, repostShare);
  const start = performance.now();
  const vectorIndex = HnswIndex.create(DIMENSIONS, HNSW, undefined, papers);
  vectorIndex.upsertNow(corpus.papers.map((paper, ordinal) => ({ id: paper.id, vector: corpus.vectors[ordinal]! })));
  const buildSeconds = (performance.now() - start) / 1000;
  const found = await measureFind(corpus, vectorIndex);

  const baselineSample = Math.min(papers, 2_000);
  const baselineSeconds = allPairsSeconds(corpus.vectors, baselineSample) * (papers / baselineSample) ** 2;
  return [
    { name: `synthetic papers (${corpus.planted.size} planted re-posts)`, value: papers, unit: 'papers' },
    { name: 'HNSW build (part of `papers index`, not of dupes)', value: buildSeconds, unit: 's' },
    { name: `findDuplicates (neighbour search at efSearch ${DEDUP.efSearch}), wall`, value: found.wallSeconds, unit: 's', target: '≤ 60' },
    // On a shared machine the wall time includes waiting for a core; CPU time does not.
    { name: `findDuplicates (neighbour search at efSearch ${DEDUP.efSearch}), CPU`, value: found.cpuSeconds, unit: 's' },
    { name: '  planted re-posts grouped with their original', value: found.recall, unit: 'share', target: '≥ 0.95' },
    { name: '  groups joining papers of different origin', value: found.falseGroups, unit: 'groups', target: '0' },
    { name: `baseline: all-pairs cosine alone (${baselineSample} sample, scaled by n²)`, value: baselineSeconds, unit: 's' },
  ];
}

async function measureFind(corpus: SyntheticCorpus, vectorIndex: VectorIndex) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const groups = await findDuplicates({ ...corpus, vectorIndex });
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);

  const familyOf = (paperId: string) => corpus.familyOf.get(paperId)!;
  const found = new Set<string>();
  let falseGroups = 0;
  for (const group of groups) {
    if (new Set(group.entries.map((entry) => familyOf(entry.paperId))).size > 1) falseGroups += 1;
    const members = new Set(group.entries.map((entry) => entry.paperId));
    for (const paperId of members) {
      const original = corpus.planted.get(paperId);
      if (original !== undefined && members.has(original)) found.add(paperId);
    }
  }
  return { wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, recall: found.size / corpus.planted.size, falseGroups };
}

interface SyntheticCorpus extends Omit<DuplicateCorpus, 'vectorIndex'> {
  papers: PaperText[];
  entries: DuplicateSourceEntry[];
  vectors: Float32Array[];
  /** Re-post paper id → its original's id. */
  planted: Map<string, string>;
  /** Paper id → id of the original it descends from (itself for originals). */
  familyOf: Map<string, string>;
}

function syntheticCorpus(total: number, repostShare: number): SyntheticCorpus {
  const random = createRandom(20240917);
  const text = textGenerator(random);
  const fields = Array.from({ length: FIELDS }, () => randomUnit(random));
  const topics = Array.from({ length: TOPICS }, () => randomUnit(random));
  const repostCount = Math.round(total * repostShare);
  const papers: PaperText[] = [];
  const vectors: Float32Array[] = [];
  const planted = new Map<string, string>();
  const familyOf = new Map<string, string>();

  for (let ordinal = 0; ordinal < total - repostCount; ordinal += 1) {
    const topic = Math.floor(random() * TOPICS);
    const paper = { id: `p${ordinal}`, title: text.title(), abstract: text.abstract() };
    papers.push(paper);
    familyOf.set(paper.id, paper.id);
    vectors.push(mix([fields[topic % FIELDS]!, 0.55], [topics[topic]!, 0.65], [randomUnit(random), 0.52]));
  }
  for (let index = 0; index < repostCount; index += 1) {
    const originalOrdinal = Math.floor(random() * (total - repostCount));
    const original = papers[originalOrdinal]!;
    const edit = EDITS[index % EDITS.length]!;
    const repost = { id: `r${index}`, ...edit.apply(original, random, text) };
    papers.push(repost);
    planted.set(repost.id, original.id);
    familyOf.set(repost.id, original.id);
    // Noise weight w gives cosine ≈ 1/√(1+w²) to the original: 0.99 for light edits, 0.85 for a cut.
    vectors.push(mix([vectors[originalOrdinal]!, 1], [randomUnit(random), edit.noise]));
  }
  const entries = papers.map((paper, ordinal) => ({
    id: `synthetic-${ordinal % 50}.txt#${Math.floor(ordinal / 50) + 1}`,
    paperId: paper.id,
    title: paper.title,
    digest: `synthetic-${ordinal % 50}.txt`,
    digestDate: null,
    position: Math.floor(ordinal / 50) + 1,
  }));
  return { papers, entries, vectors, planted, familyOf };
}

type TextGenerator = ReturnType<typeof textGenerator>;

const EDITS: { noise: number; apply: (paper: PaperText, random: Random, text: TextGenerator) => Omit<PaperText, 'id'> }[] = [
  { noise: 0.1, apply: (paper) => ({ title: `${paper.title} (NeurIPS 2015)`, abstract: paper.abstract }) },
  { noise: 0.15, apply: (paper, random) => ({ title: paper.title, abstract: dropSentence(paper.abstract, random) }) },
  { noise: 0.15, apply: (paper, _random, text) => ({ title: paper.title, abstract: `${paper.abstract} ${text.sentence()}` }) },
  { noise: 0.1, apply: (paper) => ({ title: paper.title, abstract: swapSentences(paper.abstract) }) },
  { noise: 0.6, apply: (paper) => ({ title: paper.title, abstract: paper.abstract.slice(0, Math.floor(paper.abstract.length / 2)) }) },
  { noise: 0.1, apply: (paper, random) => ({ title: paper.title.toUpperCase(), abstract: withTypos(paper.abstract, random) }) },
  { noise: 0.1, apply: (paper) => ({ title: paper.title, abstract: paper.abstract.replace(/iz(e|ed|es|ing|ation)\b/g, 'is$1').replace(/or\b/g, 'our') }) },
];

function sentencesOf(abstract: string): string[] {
  return abstract.split(/(?<=\.) /);
}

function dropSentence(abstract: string, random: Random): string {
  const sentences = sentencesOf(abstract);
  if (sentences.length > 2) sentences.splice(1 + Math.floor(random() * (sentences.length - 1)), 1);
  return sentences.join(' ');
}

function swapSentences(abstract: string): string {
  const sentences = sentencesOf(abstract);
  if (sentences.length > 2) [sentences[0], sentences[1]] = [sentences[1]!, sentences[0]!];
  return sentences.join(' ');
}

function withTypos(abstract: string, random: Random): string {
  const words = abstract.split(' ');
  for (let typo = 0; typo < 4; typo += 1) {
    const at = Math.floor(random() * words.length);
    const word = words[at]!;
    if (word.length > 3) words[at] = `${word.slice(0, 1)}${word[2]}${word[1]}${word.slice(3)}`;
  }
  return words.join(' ');
}

/** Sentences from a word-bigram chain over the sample abstracts, titles from their title words. */
function textGenerator(random: Random) {
  const { papers } = buildCorpus(readInputs([path.join(PROJECT_ROOT, 'data', 'digests')]).sources);
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const paper of papers) {
    for (const sentence of sentencesOf(paper.abstract)) {
      const words = sentence.split(' ').filter(Boolean);
      if (words.length < 4) continue;
      starts.push(words[0]!);
      for (let i = 0; i + 1 < words.length; i += 1) {
        const list = next.get(words[i]!) ?? [];
        list.push(words[i + 1]!);
        next.set(words[i]!, list);
      }
    }
  }
  const titleWords = papers.flatMap((paper) => paper.title.split(' '));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = () => {
    const words = [pick(starts)];
    while (words.length < 40 && !words[words.length - 1]!.endsWith('.')) {
      const options = next.get(words[words.length - 1]!);
      if (!options) break;
      words.push(pick(options));
    }
    const last = words.length - 1;
    if (!words[last]!.endsWith('.')) words[last] = `${words[last]}.`;
    return words.join(' ');
  };
  return {
    sentence,
    title: () => Array.from({ length: 5 + Math.floor(random() * 8) }, () => pick(titleWords)).join(' '),
    abstract: () => Array.from({ length: 6 + Math.floor(random() * 5) }, sentence).join(' '),
  };
}

/** Seconds to compute every pairwise cosine of the first `sample` vectors: what an all-pairs finder pays. */
function allPairsSeconds(vectors: readonly Float32Array[], sample: number): number {
  const start = performance.now();
  let sink = 0;
  for (let i = 0; i < sample; i += 1) for (let j = i + 1; j < sample; j += 1) sink += dotProduct(vectors[i]!, vectors[j]!);
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return (performance.now() - start) / 1000;
}

function mix(...parts: [Float32Array, number][]): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  for (const [part, weight] of parts) for (let i = 0; i < DIMENSIONS; i += 1) vector[i]! += weight * part[i]!;
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

function randomUnit(random: Random): Float32Array {
  const vector = Float32Array.from({ length: DIMENSIONS }, () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchDupes(Number(process.argv[2] ?? 100_000)));
