// The model started before the command line is parsed: `papers search` and the other commands
// that embed text load the model on a worker thread from their first milliseconds, while this
// thread loads the program, opens the library and asks FTS5. Whoever loads the embedder later
// takes this one if it is the same variant; one nobody takes is disposed by settleEmbedders.
import type { ModelVariant } from '../config.js';
import type { Embedder } from './embedder.js';
import { WorkerEmbedder, type StartingEmbedder } from './worker-embedder.js';

let early: StartingEmbedder | null = null;

export function startEmbedderEarly(variant: ModelVariant): void {
  try {
    early = WorkerEmbedder.start({ variant });
  } catch {
    // A missing model is reported by the command, when it loads the model itself.
    early = null;
  }
}

/** The early embedder of this variant, once; null when none was started (or another variant was). */
export function takeEarlyEmbedder(variant: ModelVariant): Promise<Embedder> | null {
  const taken = early;
  early = null;
  return taken && taken.variant === variant ? taken.ready : null;
}
