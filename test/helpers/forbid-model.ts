// Setup file of the fast test group: loading the real model there fails at once with the fix,
// instead of quietly making the fast group slow.
import { vi } from 'vitest';

vi.mock('@huggingface/transformers', () => {
  throw new Error('the fast test group never loads the model: hand the code a FakeEmbedder (test/helpers/fake-embedder.ts), or name the test file *.model.test.ts');
});
