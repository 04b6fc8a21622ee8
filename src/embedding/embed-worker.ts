// The worker-thread side of WorkerEmbedder: loads the committed model with TransformersEmbedder
// and answers embed requests, posting progress and the vectors (their buffers transferred).
import { parentPort, workerData } from 'node:worker_threads';
import { isPapersError } from '../errors.js';
import { TransformersEmbedder, type TransformersEmbedderOptions } from './transformers-embedder.js';
import type { FromWorker, ToWorker, WorkerFailure } from './worker-messages.js';

const port = parentPort!;
const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

function failure(error: unknown): WorkerFailure {
  if (isPapersError(error)) return { code: error.code, message: error.message, hint: error.hint };
  return { code: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

try {
  const embedder = await TransformersEmbedder.load(workerData as TransformersEmbedderOptions);
  // The session is released only once no batch runs in it.
  const running = new Set<Promise<void>>();
  const cancelled = new Set<number>();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') {
      cancelled.add(message.id);
      return;
    }
    if (message.type === 'dispose') {
      void Promise.allSettled([...running])
        .then(() => embedder.dispose())
        .finally(() => post({ type: 'disposed' }));
      return;
    }
    const embedding = embedder
      .embed(message.texts, (done, total) => {
        if (cancelled.has(message.id)) throw new Error('cancelled');
        post({ type: 'progress', id: message.id, done, total });
      })
      .then((vectors) => post({ type: 'vectors', id: message.id, vectors }, vectors.map((vector) => vector.buffer as ArrayBuffer)))
      .catch((error: unknown) => post({ type: 'failed', id: message.id, error: failure(error) }))
      .finally(() => cancelled.delete(message.id));
    running.add(embedding);
    void embedding.finally(() => running.delete(embedding));
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', id: null, error: failure(error) });
}
