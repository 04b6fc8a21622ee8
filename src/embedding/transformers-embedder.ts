// The default Embedder: the committed q4 all-MiniLM-L6-v2 run by @huggingface/transformers on
// onnxruntime-node, loaded only from models/ (remote loading is off).
import path from 'node:path';
import fs from 'node:fs';
import { MODEL } from '../config.js';
import { PapersError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { meanPool } from './mean-pool.js';
import { modelFingerprint } from './model-fingerprint.js';

interface Tensor {
  data: ArrayLike<number | bigint>;
  dims: number[];
}
type Tokenizer = (texts: string[], options: Record<string, unknown>) => Record<string, Tensor>;
type Model = ((inputs: Record<string, Tensor>) => Promise<Record<string, Tensor>>) & { dispose(): Promise<void> };

export interface TransformersEmbedderOptions {
  modelDir?: string;
  modelId?: string;
  batchSize?: number;
  threads?: number;
}

export class TransformersEmbedder implements Embedder {
  readonly modelId: string;
  readonly fingerprint: string;
  readonly dimensions = MODEL.dimensions;
  readonly maxTokens = MODEL.maxTokens;
  private readonly tokenizer: Tokenizer;
  private readonly model: Model;
  private readonly batchSize: number;

  private constructor(modelId: string, fingerprint: string, tokenizer: Tokenizer, model: Model, batchSize: number) {
    this.modelId = modelId;
    this.fingerprint = fingerprint;
    this.tokenizer = tokenizer;
    this.model = model;
    this.batchSize = batchSize;
  }

  static async load(options: TransformersEmbedderOptions = {}): Promise<TransformersEmbedder> {
    const modelDir = options.modelDir ?? MODEL.dir;
    const modelId = options.modelId ?? MODEL.id;
    const folder = path.join(modelDir, modelId);
    if (!fs.existsSync(folder)) {
      throw new PapersError('MODEL_MISSING', `model folder not found: ${folder}`, 'restore models/ from the repository (git checkout -- models)');
    }
    const fingerprint = modelFingerprint(folder);
    const { env, AutoTokenizer, AutoModel } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = modelDir.endsWith(path.sep) ? modelDir : modelDir + path.sep;
    const threads = options.threads ?? MODEL.threads;
    const tokenizer = (await AutoTokenizer.from_pretrained(modelId, { local_files_only: true })) as unknown as Tokenizer;
    const model = (await AutoModel.from_pretrained(modelId, {
      dtype: MODEL.dtype,
      local_files_only: true,
      session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
    })) as unknown as Model;
    return new TransformersEmbedder(modelId, fingerprint, tokenizer, model, options.batchSize ?? MODEL.batchSize);
  }

  /** Token count of each text after truncation, used to batch texts of similar length. */
  private tokenLengths(texts: string[]): number[] {
    return texts.map((text) => {
      const encoded = this.tokenizer([text], { truncation: true, max_length: this.maxTokens });
      return encoded.input_ids!.dims[1]!;
    });
  }

  async embed(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
    const result: Float32Array[] = new Array(texts.length);
    // Sorting by length keeps each batch's padding, and so its wasted compute, small.
    const lengths = this.tokenLengths(texts);
    const order = texts.map((_, index) => index).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const batchIndices = order.slice(start, start + this.batchSize);
      const vectors = await this.embedBatch(batchIndices.map((index) => texts[index]!));
      batchIndices.forEach((index, position) => {
        result[index] = vectors[position]!;
      });
      onProgress?.(Math.min(start + this.batchSize, texts.length), texts.length);
    }
    return result;
  }

  private async embedBatch(texts: string[]): Promise<Float32Array[]> {
    const inputs = this.tokenizer(texts, { padding: true, truncation: true, max_length: this.maxTokens });
    const output = await this.model(inputs);
    const hidden = output.last_hidden_state!;
    const [batch, tokens, dims] = hidden.dims as [number, number, number];
    return meanPool(hidden.data as Float32Array, inputs.attention_mask!.data, batch, tokens, dims);
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}
