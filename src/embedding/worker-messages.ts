// The messages between WorkerEmbedder and its worker thread (embed-worker.ts).
import type { ErrorCode } from '../errors.js';

/** `cancel` stops a request between batches (its progress callback threw: Ctrl-C). */
export type ToWorker = { type: 'embed'; id: number; texts: string[] } | { type: 'cancel'; id: number } | { type: 'dispose' };

/** A failure inside the worker: a PapersError's code and hint survive the thread boundary. */
export interface WorkerFailure {
  code: ErrorCode | null;
  message: string;
  hint?: string;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'vectors'; id: number; vectors: Float32Array[] }
  | { type: 'failed'; id: number | null; error: WorkerFailure }
  | { type: 'disposed' };
