// Embedding throughput of the indexing path (TransformersEmbedder: texts sorted by length,
// batches of MODEL.batchSize) against a bare onnxruntime-node baseline run in the same process on the same
// texts: one session, 2 intra-op threads, the same tokenizer output, batches of 16 in input order.
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

async function compare(label: string, texts: string[], embedder: TransformersEmbedder, rounds: number): Promise<BenchRow[]> {
  const baseline = await bareOnnxBaseline(texts);
  await embedder.embed(texts.slice(0, 16));
  await baseline();
  const ours: number[] = [];
  const bare: number[] = [];
  // Alternate the two so that a busy moment of the machine hits both alike.
  for (let round = 0; round < rounds; round += 1) {
    let start = performance.now();
    await embedder.embed(texts);
    ours.push(texts.length / ((performance.now() - start) / 1000));
    start = performance.now();
    await baseline();
    bare.push(texts.length / ((performance.now() - start) / 1000));
  }
  const oursRate = median(ours);
  const bareRate = median(bare);
  return [
    { name: `embedding, indexing path (${label})`, value: oursRate, unit: 'texts/s' },
    { name: `embedding, bare onnxruntime-node baseline (${label})`, value: bareRate, unit: 'texts/s' },
    { name: `embedding throughput ratio, indexing path / baseline (${label})`, value: oursRate / bareRate, unit: '×', target: '≥ 1.0' },
  ];
}

export async function benchEmbedding(rounds = 5): Promise<BenchRow[]> {
  const texts = sampleTexts();
  const embedder = await TransformersEmbedder.load();
  try {
    return [
      ...(await compare(`${texts.length} sample papers, all over 256 tokens`, texts, embedder, rounds)),
      ...(await compare(`${texts.length} sample papers cut to 1-n sentences`, mixedLengthTexts(texts), embedder, rounds)),
    ];
  } finally {
    await embedder.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchEmbedding());
