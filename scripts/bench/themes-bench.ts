// Themes at scale: the whole `computeThemes` stage (k-means micro-clusters, the Ward tree, the
// topic and area cuts, names) on 20k and 100k synthetic 384-d unit vectors, its steps timed apart,
// against plain k-means at the same number of topics (the stage before the Ward tree) in the same run.
//
// The vectors are synthetic, not model output: 50 planted topics of unequal size, each paper at
// cosine ≈ 0.7 from its topic centre (like same-topic papers of the sample digests), so the NMI
// against the planted topics says whether the micro-clusters and the tree still find them.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { THEMES } from '../../src/config.js';
import { createRandom, type Random } from '../../src/seeded-random.js';
import { clusterVectors } from '../../src/themes/cluster-vectors.js';
import { computeThemes, type ThemePaper } from '../../src/themes/compute-themes.js';
import { normalizeVector } from '../../src/vector-math.js';
import { normalizedMutualInformation } from '../eval/themes-eval.js';
import { printRows, type BenchRow } from './bench-row.js';

const DIMENSIONS = 384;
const PLANTED = 50;
/** Per-dimension noise for a cosine of ≈ 0.7 to the topic centre: 1 / √(1 + 384 σ²) ≈ 0.7. */
const NOISE = 0.052;
/** Topic-like words for the synthetic titles, so names are computed as on real papers. */
const WORDS = ['cache', 'attention', 'retrieval', 'decoding', 'agents', 'reward', 'merging', 'pruning', 'alignment', 'graphs', 'speech', 'vision', 'proteins', 'robots', 'tables', 'code', 'math', 'music', 'images', 'video'];

export async function benchThemes(sizes: number[] = [20_000, 100_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const { vectors, topics } = plantedTopics(size, PLANTED, createRandom(size));
    const papers: ThemePaper[] = topics.map((topic, i) => ({
      id: `p${String(i).padStart(6, '0')}`,
      title: `${WORDS[topic % WORDS.length]} ${WORDS[(topic * 7 + 3) % WORDS.length]} systems for study ${i % 97}`,
      abstract: '',
    }));
    const steps: number[] = [];
    const stepsCpu: number[] = [];
    let lastCpu = process.cpuUsage();
    let last = performance.now();
    const started = last;
    const cpuStart = process.cpuUsage();
    const result = await computeThemes(papers, vectors, {
      embedder: { embed: (texts) => Promise.resolve(texts.map(hashVector)) },
      onProgress: () => {
        const now = performance.now();
        steps.push((now - last) / 1000);
        last = now;
        const cpuNow = process.cpuUsage();
        stepsCpu.push((cpuNow.user - lastCpu.user + cpuNow.system - lastCpu.system) / 1e6);
        lastCpu = cpuNow;
      },
    });
    const totalSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const label = `${size / 1000}k × ${DIMENSIONS}`;
    const topicOf = papers.map((paper) => result.assignments[paper.id]!);
    const areaOf = topicOf.map((topic) => result.clusters[topic - 1]!.areaId);
    rows.push(
      { name: `${label}: micro-clusters (${Math.min(size, THEMES.treeLeaves)} leaves, k-means in two passes)`, value: steps[0] ?? 0, unit: 's' },
      { name: `${label}: Ward tree, areas refined paper by paper, each area's tree, topic cut`, value: steps[1] ?? 0, unit: 's' },
      { name: `${label}: names (noun phrases of the central papers, c-TF-IDF, MMR)`, value: steps[2] ?? 0, unit: 's' },
      { name: `${label}: CPU time of the three steps (micro-clusters · areas, forest and cuts · names)`, value: stepsCpu.reduce((sum, seconds) => sum + seconds, 0), unit: `s (${stepsCpu.map((seconds) => seconds.toFixed(1)).join(' · ')})` },
      { name: `${label}: computeThemes total`, value: totalSeconds, unit: 's', target: size >= 100_000 ? '≤ 30' : undefined },
      { name: `${label}: computeThemes CPU time (user + system; wall time suffers when the cores are shared)`, value: (cpu.user + cpu.system) / 1e6, unit: 's' },
      { name: `${label}: automatic topics (${PLANTED} planted) / areas`, value: result.k, unit: `topics / ${result.areas.length} areas` },
      { name: `${label}: topics' NMI against the planted topics`, value: normalizedMutualInformation(topics, topicOf), unit: 'NMI' },
      { name: `${label}: areas' NMI against the planted topics`, value: normalizedMutualInformation(topics, areaOf), unit: 'NMI' },
    );
    if (size <= 20_000) {
      const baselineStart = performance.now();
      const kmeans = clusterVectors(vectors, result.k);
      rows.push(
        { name: `baseline ${label}: k-means at k = ${result.k} (one level, no areas)`, value: (performance.now() - baselineStart) / 1000, unit: 's' },
        { name: `baseline ${label}: k-means NMI against the planted topics`, value: normalizedMutualInformation(topics, kmeans.assignments), unit: 'NMI' },
      );
    }
  }
  rows.push({ name: 'peak resident memory of the bench process', value: peakMebibytes(), unit: 'MiB', target: '≤ 2048' });
  return rows;
}

/** `size` unit vectors around `k` random centres; topic sizes vary by up to 3×. */
function plantedTopics(size: number, k: number, random: Random): { vectors: Float32Array[]; topics: number[] } {
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: k }, () => normalizeVector(Float32Array.from({ length: DIMENSIONS }, gaussian)));
  const weights = centres.map(() => 1 + 2 * random());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const vectors: Float32Array[] = [];
  const topics: number[] = [];
  for (let i = 0; i < size; i += 1) {
    let target = random() * total;
    let topic = 0;
    while (topic < k - 1 && (target -= weights[topic]!) > 0) topic += 1;
    const centre = centres[topic]!;
    vectors.push(normalizeVector(centre.map((value) => value + NOISE * gaussian())));
    topics.push(topic);
  }
  return { vectors, topics };
}

/** A deterministic stand-in for phrase embeddings: the model is not what this benchmark measures. */
function hashVector(text: string): Float32Array {
  const random = createRandom([...text].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7));
  return normalizeVector(Float32Array.from({ length: DIMENSIONS }, () => random() - 0.5));
}

function peakMebibytes(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchThemes());
