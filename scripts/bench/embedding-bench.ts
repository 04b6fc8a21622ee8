// Embedding throughput of the indexing path (TransformersEmbedder: texts sorted by length, batches
// of MODEL.batchSize) with the int8 and the q4 graph, against a bare onnxruntime-node baseline on
// the q4 graph, all in one process on the same texts (baseline: one session, 2 intra-op threads,
// the same tokenizer output, batches of 16 in input order). Also one short query's latency, warm.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { MODEL, PROJECT_ROOT } from '../../src/config.js';
import { meanPool } from '../../src/embedding/mean-pool.js';
import { TransformersEmbedder } from '../../src/embedding/transformers-embedder.js';
import { buildCorpus } from '../../src/ingest/build-corpus.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { median, printRows, type BenchRow } from './bench-row.js';

interface Encoded {
  data: ArrayLike<number | bigint>;
  dims: number[];
}
type Tokenize = (texts: string[], options: Record<string, unknown>) => Record<string, Encoded>;

export function sampleTexts(): string[] {
  const { papers } = buildCorpus(readInputs([path.join(PROJECT_ROOT, 'data', 'digests')]).sources);
  return papers.map((paper) => embeddingText(paper.title, paper.abstract));
}

/** The baseline's batch size, fixed whatever the indexing path uses. */
const BASELINE_BATCH = 16;

async function bareOnnxBaseline(texts: string[]): Promise<() => Promise<void>> {
  env.allowRemoteModels = false;
  env.localModelPath = MODEL.dir + path.sep;
  const tokenizer = (await AutoTokenizer.from_pretrained(MODEL.id, { local_files_only: true })) as unknown as Tokenize;
  const session = await ort.InferenceSession.create(path.join(MODEL.dir, MODEL.id, 'onnx', 'model_q4.onnx'), {
    intraOpNumThreads: MODEL.threads,
    interOpNumThreads: 1,
  });
  return async () => {
    for (let start = 0; start < texts.length; start += BASELINE_BATCH) {
      const encoded = tokenizer(texts.slice(start, start + BASELINE_BATCH), { padding: true, truncation: true, max_length: MODEL.maxTokens });
      const feeds: Record<string, ort.Tensor> = {};
      for (const name of session.inputNames) {
        const tensor = encoded[name]!;
        feeds[name] = new ort.Tensor('int64', tensor.data as BigInt64Array, tensor.dims);
      }
      const output = await session.run(feeds);
      const hidden = output.last_hidden_state!;
      const [batch, tokens, dims] = hidden.dims as [number, number, number];
      meanPool(hidden.data as Float32Array, encoded.attention_mask!.data, batch, tokens, dims);
    }
  };
}

/**
 * The sample texts cut after a seeded number of sentences (1 to all): the mix of lengths a corpus
 * with short postings has. Every full sample text is longer than 256 tokens, so on those the two
 * paths run identical batch shapes.
 */
function mixedLengthTexts(texts: string[]): string[] {
  let state = 12345;
  return texts.map((text) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const sentences = text.split(/(?<=\.) /);
    return sentences.slice(0, 1 + (state % sentences.length)).join(' ');
  });
}

async function compare(label: string, texts: string[], int8: TransformersEmbedder, q4: TransformersEmbedder, rounds: number, int8Target?: string): Promise<BenchRow[]> {
  const baseline = await bareOnnxBaseline(texts);
  await int8.embed(texts.slice(0, 16));
  await q4.embed(texts.slice(0, 16));
  await baseline();
  const rates = { int8: [] as number[], q4: [] as number[], bare: [] as number[] };
  const timed = async (run: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await run();
    into.push(texts.length / ((performance.now() - start) / 1000));
  };
  // Interleave the three so that a busy moment of the machine hits all alike.
  for (let round = 0; round < rounds; round += 1) {
    await timed(() => int8.embed(texts), rates.int8);
    await timed(() => q4.embed(texts), rates.q4);
    await timed(baseline, rates.bare);
  }
  const int8Rate = median(rates.int8);
  const q4Rate = median(rates.q4);
  const bareRate = median(rates.bare);
  return [
    { name: `embedding, indexing path, int8 (${label})`, value: int8Rate, unit: 'texts/s' },
    { name: `embedding, indexing path, q4 (${label})`, value: q4Rate, unit: 'texts/s' },
    { name: `embedding, bare onnxruntime-node on the q4 graph (${label})`, value: bareRate, unit: 'texts/s' },
    { name: `embedding ratio, int8 path / bare q4 baseline (${label})`, value: int8Rate / bareRate, unit: '×', ...(int8Target ? { target: int8Target } : {}) },
    { name: `embedding ratio, q4 path / bare q4 baseline (${label})`, value: q4Rate / bareRate, unit: '×' },
  ];
}

/** Milliseconds to embed one short query with a warm model (median of many). */
async function queryLatency(embedder: TransformersEmbedder, rounds = 50): Promise<number> {
  const query = 'compressing the KV cache for long-context inference';
  await embedder.embed([query]);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    await embedder.embed([query]);
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function benchEmbedding(rounds = 5): Promise<BenchRow[]> {
  const texts = sampleTexts();
  const int8 = await TransformersEmbedder.load({ variant: 'int8' });
  const q4 = await TransformersEmbedder.load({ variant: 'q4' });
  try {
    return [
      ...(await compare(`${texts.length} sample papers, all over 256 tokens`, texts, int8, q4, rounds, '≥ 1.8')),
      ...(await compare(`${texts.length} sample papers cut to 1-n sentences`, mixedLengthTexts(texts), int8, q4, rounds)),
      { name: 'one short query, warm, int8', value: await queryLatency(int8), unit: 'ms' },
      { name: 'one short query, warm, q4', value: await queryLatency(q4), unit: 'ms' },
    ];
  } finally {
    await int8.dispose();
    await q4.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchEmbedding());
