// Setup file of the fast test group: loading the real model there fails at once with the fix,
// instead of quietly making the fast group slow. The CLI's embedder runs transformers.js on a
// worker thread, out of vitest's reach, so the worker's starter is refused too.
import { vi } from 'vitest';

const FORBIDDEN = 'the fast test group never loads the model: hand the code a FakeEmbedder (test/helpers/fake-embedder.ts), or name the test file *.model.test.ts';

vi.mock('@huggingface/transformers', () => {
  throw new Error(FORBIDDEN);
});

vi.mock('../../src/embedding/worker-embedder.js', () => ({
  WorkerEmbedder: {
    load: () => Promise.reject(new Error(FORBIDDEN)),
    start: () => {
      throw new Error(FORBIDDEN);
    },
  },
  settleEmbedders: () => Promise.resolve(),
}));
