// `papers index --db` as a separate process with a fake embedder that logs every text it embeds:
// `node --import tsx postgres-index-worker.ts <url> <log file> <workers> <delay ms> <inputs...>`.
// The embedding tests start several and count how often each paper was embedded.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeEmbedder } from './fake-embedder.js';
import { indexIntoPostgres } from './postgres-library.js';

class LoggingEmbedder extends FakeEmbedder {
  constructor(
    private readonly log: string,
    private readonly delayMs: number,
  ) {
    super();
  }

  override async embed(texts: string[]): Promise<Float32Array[]> {
    await sleep(this.delayMs);
    const vectors = await super.embed(texts);
    fs.appendFileSync(this.log, texts.map((text) => `${process.pid}\t${createHash('sha256').update(text).digest('hex')}\n`).join(''));
    return vectors;
  }
}

const [url, log, workers, delayMs, ...inputs] = process.argv.slice(2);
const summary = await indexIntoPostgres(url!, inputs, { workers: Number(workers), embedder: () => new LoggingEmbedder(log!, Number(delayMs)) });
process.stdout.write(`${JSON.stringify(summary)}\n`);
