// The Embedder interface every stage uses: texts in, L2-normalised Float32Array vectors out.
// The default is the committed MiniLM; tests hand stages a deterministic fake.

export interface Embedder {
  /** Model id recorded in the manifest ("all-MiniLM-L6-v2"). */
  readonly modelId: string;
  /** Hash of the weights and tokenizer: an index made with other bytes is refused. */
  readonly fingerprint: string;
  readonly dimensions: number;
  readonly maxTokens: number;
  /** One unit-length vector per text, in input order. */
  embed(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}
