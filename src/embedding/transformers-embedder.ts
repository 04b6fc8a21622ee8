// The default Embedder: the committed all-MiniLM-L6-v2 (int8 graph, or the q4 one) run by
// @huggingface/transformers on onnxruntime-node, loaded only from models/ (remote loading is off).
import path from 'node:path';
import fs from 'node:fs';
import { MODEL, MODEL_VARIANTS, type ModelVariant } from '../config.js';
import { PapersError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { meanPool } from './mean-pool.js';
import { modelFingerprint } from './model-fingerprint.js';

interface Tensor {
  data: ArrayLike<number | bigint>;
  dims: number[];
}
type Tokenizer = (texts: string[], options: Record<string, unknown>) => Record<string, Tensor>;
type Model = ((inputs: Record<string, unknown>) => Promise<Record<string, Tensor>>) & { dispose(): Promise<void> };
type TensorClass = new (type: 'int64', data: BigInt64Array, dims: number[]) => unknown;

export interface TransformersEmbedderOptions {
  modelDir?: string;
  modelId?: string;
  /** Which committed graph to run (default MODEL.defaultVariant). */
  variant?: ModelVariant;
  batchSize?: number;
  threads?: number;
}

export class TransformersEmbedder implements Embedder {
  readonly modelId: string;
  readonly fingerprint: string;
  readonly variant: ModelVariant;
  readonly dimensions = MODEL.dimensions;
  readonly maxTokens = MODEL.maxTokens;
  private readonly tokenizer: Tokenizer;
  private readonly model: Model;
  private readonly batchSize: number;
  private readonly Tensor: TensorClass;

  private constructor(modelId: string, variant: ModelVariant, fingerprint: string, tokenizer: Tokenizer, model: Model, batchSize: number, tensorClass: TensorClass) {
    this.modelId = modelId;
    this.variant = variant;
    this.fingerprint = fingerprint;
    this.tokenizer = tokenizer;
    this.model = model;
    this.batchSize = batchSize;
    this.Tensor = tensorClass;
  }

  static async load(options: TransformersEmbedderOptions = {}): Promise<TransformersEmbedder> {
    const modelDir = options.modelDir ?? MODEL.dir;
    const modelId = options.modelId ?? MODEL.id;
    const folder = path.join(modelDir, modelId);
    if (!fs.existsSync(folder)) {
      throw new PapersError('MODEL_MISSING', `model folder not found: ${folder}`, 'restore models/ from the repository (git checkout -- models)');
    }
    const variant = options.variant ?? MODEL.defaultVariant;
    const fingerprint = modelFingerprint(folder, variant);
    const { env, AutoTokenizer, AutoModel, Tensor } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = modelDir.endsWith(path.sep) ? modelDir : modelDir + path.sep;
    const threads = options.threads ?? MODEL.threads;
    const tokenizer = (await AutoTokenizer.from_pretrained(modelId, { local_files_only: true })) as unknown as Tokenizer;
    const model = (await AutoModel.from_pretrained(modelId, {
      dtype: MODEL_VARIANTS[variant].dtype,
      local_files_only: true,
      session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
    })) as unknown as Model;
    return new TransformersEmbedder(modelId, variant, fingerprint, tokenizer, model, options.batchSize ?? MODEL.batchSize, Tensor as unknown as TensorClass);
  }

  /** Token ids of one text, truncated to the model's limit. */
  private tokenIds(text: string): BigInt64Array {
    const encoded = this.tokenizer([text.slice(0, MODEL.maxChars)], { truncation: true, max_length: this.maxTokens });
    return BigInt64Array.from(encoded.input_ids!.data as ArrayLike<bigint>);
  }

  async embed(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
    const result: Float32Array[] = new Array(texts.length);
    // Each text is tokenised once; sorting by length keeps each batch's padding, and so its
    // wasted compute, small.
    const ids = texts.map((text) => this.tokenIds(text));
    const order = texts.map((_, index) => index).sort((a, b) => ids[a]!.length - ids[b]!.length || a - b);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const batchIndices = order.slice(start, start + this.batchSize);
      const vectors = await this.embedBatch(batchIndices.map((index) => ids[index]!));
      batchIndices.forEach((index, position) => {
        result[index] = vectors[position]!;
      });
      onProgress?.(Math.min(start + this.batchSize, texts.length), texts.length);
    }
    return result;
  }

  /** Pads a batch of token id lists to its longest member and runs the model once. */
  private async embedBatch(batchIds: BigInt64Array[]): Promise<Float32Array[]> {
    const tokens = Math.max(...batchIds.map((row) => row.length));
    const inputIds = new BigInt64Array(batchIds.length * tokens);
    const attentionMask = new BigInt64Array(batchIds.length * tokens);
    batchIds.forEach((row, b) => {
      inputIds.set(row, b * tokens);
      attentionMask.fill(1n, b * tokens, b * tokens + row.length);
    });
    const dims = [batchIds.length, tokens];
    const output = await this.model({
      input_ids: new this.Tensor('int64', inputIds, dims),
      attention_mask: new this.Tensor('int64', attentionMask, dims),
      token_type_ids: new this.Tensor('int64', new BigInt64Array(inputIds.length), dims),
    });
    const hidden = output.last_hidden_state!;
    const [batch, outTokens, hiddenDims] = hidden.dims as [number, number, number];
    return meanPool(hidden.data as Float32Array, attentionMask, batch, outTokens, hiddenDims);
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}
