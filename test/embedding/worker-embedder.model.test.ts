// The CLI's embedder runs the model on a worker thread: the same vectors as the model run in
// this thread, progress forwarded, errors with their code, and an early start that is claimed
// once and only by the variant it loaded.
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedderEarly, takeEarlyEmbedder } from '../../src/embedding/early-embedder.js';
import { TransformersEmbedder } from '../../src/embedding/transformers-embedder.js';
import { WorkerEmbedder } from '../../src/embedding/worker-embedder.js';
import { PapersError } from '../../src/errors.js';
import { scratchDir } from '../helpers/paths.js';

const TEXTS = [
  'KV cache compression for long-context inference',
  'Attention sinks: why the first token soaks up attention',
  'Model merging without retraining. '.repeat(40),
  '',
];

describe('WorkerEmbedder', () => {
  const opened: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((embedder) => embedder.dispose()));
  });

  it('gives the vectors the in-thread model gives, in input order, with progress', async () => {
    const inThread = await TransformersEmbedder.load({ batchSize: 2 });
    const worker = await WorkerEmbedder.load({ batchSize: 2 });
    opened.push(inThread, worker);
    expect(worker.fingerprint).toBe(inThread.fingerprint);
    const progress: number[] = [];
    const [expected, actual] = await Promise.all([inThread.embed(TEXTS), worker.embed(TEXTS, (done) => progress.push(done))]);
    expect(actual).toHaveLength(TEXTS.length);
    actual.forEach((vector, position) => expect(Array.from(vector)).toEqual(Array.from(expected[position]!)));
    expect(progress).toEqual([2, 4]);
    expect(await worker.embed([])).toEqual([]);
  });

  it('stops a request whose progress callback throws (Ctrl-C), and still disposes', async () => {
    const worker = await WorkerEmbedder.load({ batchSize: 2 });
    const seen: number[] = [];
    const stopped = worker.embed(Array.from({ length: 40 }, (_, i) => `paper ${i} on attention sinks`), (done) => {
      seen.push(done);
      throw new Error('interrupted');
    });
    await expect(stopped).rejects.toThrow('interrupted');
    expect(seen).toEqual([2]);
    await expect(worker.dispose()).resolves.toBeUndefined();
  });

  it('reports a missing model folder with its code and fix', async () => {
    const missing = WorkerEmbedder.load({ modelDir: scratchDir('no-models') });
    await expect(missing).rejects.toBeInstanceOf(PapersError);
    await expect(missing).rejects.toMatchObject({ code: 'MODEL_MISSING' });
  });

  it('hands the early embedder to the first taker of its variant only', async () => {
    startEmbedderEarly('int8');
    expect(takeEarlyEmbedder('q4')).toBeNull();
    startEmbedderEarly('int8');
    const early = takeEarlyEmbedder('int8');
    expect(early).not.toBeNull();
    expect(takeEarlyEmbedder('int8')).toBeNull();
    const embedder = await early!;
    opened.push(embedder);
    const [vector] = await embedder.embed(['attention sinks']);
    expect(vector).toHaveLength(384);
  });
});
