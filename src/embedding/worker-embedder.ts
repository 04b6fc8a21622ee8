// The default Embedder of the CLI: TransformersEmbedder run on a worker thread. The model's
// modules, tokenizer and ONNX session load on the second core while this thread opens the
// library, reads FTS5 and loads the graph, so a cold search pays for the slower of the two
// instead of their sum; the vectors are the same bytes TransformersEmbedder makes in-thread.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MODEL, PROJECT_ROOT, type ModelVariant } from '../config.js';
import { PapersError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { modelFingerprint } from './model-fingerprint.js';
import type { TransformersEmbedderOptions } from './transformers-embedder.js';
import type { FromWorker, ToWorker, WorkerFailure } from './worker-messages.js';

/** The compiled worker (tsc output): also what a run from src/ (tests, scripts) starts. */
export const EMBED_WORKER_FILE = path.join(PROJECT_ROOT, 'dist', 'embedding', 'embed-worker.js');

/** A worker loading the model. */
export interface StartingEmbedder {
  readonly variant: ModelVariant;
  readonly ready: Promise<WorkerEmbedder>;
}

/** Every worker started in this process, as its loading. */
const started = new Set<Promise<WorkerEmbedder>>();

/**
 * Waits for every embedding worker to finish loading and then disposes it. The process must not
 * exit while onnxruntime is inside a native call on a worker thread (creating its session, or
 * running a batch): the thread's teardown then aborts the process. The entry point awaits this
 * before it returns, and an interrupt before it exits.
 */
export async function settleEmbedders(): Promise<void> {
  const loading = [...started];
  started.clear();
  await Promise.all(loading.map((ready) => ready.then((embedder) => embedder.dispose(), () => undefined)));
}

interface Pending {
  resolve(vectors: Float32Array[]): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
}

export class WorkerEmbedder implements Embedder {
  readonly modelId: string;
  readonly fingerprint: string;
  readonly dimensions = MODEL.dimensions;
  readonly maxTokens = MODEL.maxTokens;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;
  private disposed: Promise<void> | null = null;

  private constructor(worker: Worker, modelId: string, fingerprint: string) {
    this.worker = worker;
    this.modelId = modelId;
    this.fingerprint = fingerprint;
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('the embedding worker stopped')));
  }

  /** Starts the worker and resolves once its model is loaded (or rejects with the worker's error). */
  static async load(options: TransformersEmbedderOptions = {}): Promise<WorkerEmbedder> {
    return WorkerEmbedder.start(options).ready;
  }

  /** Starts the worker; `ready` settles once its model is loaded or has failed to load. */
  static start(options: TransformersEmbedderOptions = {}): StartingEmbedder {
    const modelDir = options.modelDir ?? MODEL.dir;
    const modelId = options.modelId ?? MODEL.id;
    const variant = options.variant ?? MODEL.defaultVariant;
    // Checked here too, so a missing model is the same error before any thread starts.
    const fingerprint = modelFingerprint(path.join(modelDir, modelId), variant);
    if (!fs.existsSync(EMBED_WORKER_FILE)) {
      throw new PapersError('NOT_BUILT', `the embedding worker is not built: ${EMBED_WORKER_FILE} is missing`, 'run `npm run build` in the papers folder');
    }
    const worker = new Worker(EMBED_WORKER_FILE, { workerData: { ...options, modelDir, modelId, variant } });
    const ready = new Promise<WorkerEmbedder>((resolve, reject) => {
      const onStart = (message: FromWorker): void => {
        if (message.type !== 'ready' && !(message.type === 'failed' && message.id === null)) return;
        worker.off('message', onStart);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (message.type === 'ready') resolve(new WorkerEmbedder(worker, modelId, fingerprint));
        else void worker.terminate().finally(() => reject(errorOf(message.error)));
      };
      const onError = (error: Error): void => {
        worker.off('message', onStart);
        worker.off('exit', onExit);
        reject(error);
      };
      const onExit = (code: number): void => {
        worker.off('message', onStart);
        reject(new Error(`the embedding worker stopped while loading the model (exit ${code})`));
      };
      worker.on('message', onStart);
      worker.once('error', onError);
      worker.once('exit', onExit);
    });
    // A failure is reported by whoever uses the embedder; one nobody used is not an error.
    ready.catch(() => undefined);
    started.add(ready);
    return { variant, ready };
  }

  embed(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (texts.length === 0) return Promise.resolve([]);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.send({ type: 'embed', id, texts });
    });
  }

  dispose(): Promise<void> {
    this.disposed ??= new Promise<void>((resolve) => {
      if (this.failure) {
        resolve();
        return;
      }
      // Results of a cancelled request may still arrive first.
      const onDisposed = (message: FromWorker): void => {
        if (message.type !== 'disposed') return;
        this.worker.off('message', onDisposed);
        void this.worker.terminate().then(() => resolve());
      };
      this.worker.on('message', onDisposed);
      this.worker.once('exit', () => resolve());
      this.send({ type: 'dispose' });
    });
    return this.disposed;
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'progress') this.reportProgress(message.id, message.done, message.total);
    else if (message.type === 'vectors') {
      this.pending.get(message.id)?.resolve(message.vectors);
      this.pending.delete(message.id);
    } else if (message.type === 'failed' && message.id !== null) {
      this.pending.get(message.id)?.reject(errorOf(message.error));
      this.pending.delete(message.id);
    }
  }

  /** A progress callback that throws (an interrupt) fails its request, which the worker stops between batches. */
  private reportProgress(id: number, done: number, total: number): void {
    const waiting = this.pending.get(id);
    try {
      waiting?.onProgress?.(done, total);
    } catch (error) {
      this.pending.delete(id);
      this.send({ type: 'cancel', id });
      waiting?.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

function errorOf(failure: WorkerFailure): Error {
  return failure.code ? new PapersError(failure.code, failure.message, failure.hint) : new Error(failure.message);
}
