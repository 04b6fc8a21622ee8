// Vectors for papers: those the library stores for the same text and model are reused (a paper
// removed and added again costs nothing); only the rest are embedded, in one batch.
import { createHash } from 'node:crypto';
import type { Embedder } from '../embedding/embedder.js';
import { PapersError } from '../errors.js';
import { embeddingText } from '../ingest/normalize.js';
import type { LibraryStore } from '../store/library-store.js';

export interface EmbedRequest {
  id: string;
  textHash: string;
  /** The text to embed; only read when no vector is stored. */
  text: () => string;
}

export interface EmbedOptions {
  fingerprint: string;
  /** Embed everything again, ignoring stored vectors (`--rebuild`). */
  ignoreStored: boolean;
  loadEmbedder: () => Promise<Embedder>;
  /** Called with (0, total) before the model loads, then after each embedding batch. */
  onProgress?: (done: number, total: number) => void;
  isInterrupted?: () => boolean;
}

export interface EmbedResult {
  /** By paper id. */
  vectors: Map<string, Float32Array>;
  /** Vectors computed now, for the vectors table. */
  fresh: { textHash: string; vector: Float32Array }[];
}

export async function embedMissing(store: LibraryStore, requests: readonly EmbedRequest[], options: EmbedOptions): Promise<EmbedResult> {
  const stored = options.ignoreStored ? new Map<string, Float32Array>() : store.vectorsOf(new Set(requests.map((request) => request.textHash)), options.fingerprint);
  const vectors = new Map<string, Float32Array>();
  const missingByHash = new Map<string, EmbedRequest[]>();
  for (const request of requests) {
    const vector = stored.get(request.textHash);
    if (vector) vectors.set(request.id, vector);
    else missingByHash.set(request.textHash, [...(missingByHash.get(request.textHash) ?? []), request]);
  }
  const fresh: EmbedResult['fresh'] = [];
  if (missingByHash.size === 0) return { vectors, fresh };

  const hashes = [...missingByHash.keys()];
  options.onProgress?.(0, hashes.length);
  const embedder = await options.loadEmbedder();
  try {
    const texts = hashes.map((hash) => missingByHash.get(hash)![0]!.text());
    const embedded = await embedder.embed(texts, (done, total) => {
      if (options.isInterrupted?.()) throw interrupted();
      options.onProgress?.(done, total);
    });
    hashes.forEach((hash, position) => {
      const vector = embedded[position]!;
      fresh.push({ textHash: hash, vector });
      for (const request of missingByHash.get(hash)!) vectors.set(request.id, vector);
    });
  } finally {
    await embedder.dispose();
  }
  return { vectors, fresh };
}

/** The key a vector is stored under: the exact text the model embeds. */
export function textHashOf(title: string, abstract: string): string {
  return createHash('sha256').update(embeddingText(title, abstract)).digest('hex');
}

export function interrupted(): PapersError {
  return new PapersError('INTERRUPTED', 'interrupted before the index was written');
}
