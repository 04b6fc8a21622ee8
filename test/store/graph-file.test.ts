// The graph file's checks: a search verifies a large graph by its size and a sampled checksum (so
// opening a million papers does not hash 1.7 GB), `papers info` by the whole sha256.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_CHECK_BYTES, verifiedGraphPath, writeGraphFile } from '../../src/store/graph-file.js';
import type { IndexMeta } from '../../src/store/index-meta.js';
import { scratchDir } from '../helpers/paths.js';

function graphOf(bytes: number): { indexDir: string; file: string; meta: IndexMeta } {
  const indexDir = scratchDir('graph-file');
  const content = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += 4096) content.writeUInt32LE((at * 2654435761) >>> 0, at);
  const written = writeGraphFile(indexDir, 1, (file) => fs.writeFileSync(file, content));
  const meta = { graph: { file: written.file, sha256: written.sha256, sampleSha256: written.sampleSha256, bytes: written.bytes, points: 1 } } as IndexMeta;
  return { indexDir, file: path.join(indexDir, written.file), meta };
}

function flipByteAt(file: string, position: number): void {
  const fd = fs.openSync(file, 'r+');
  const byte = Buffer.alloc(1);
  fs.readSync(fd, byte, 0, 1, position);
  byte[0] = byte[0]! ^ 0xff;
  fs.writeSync(fd, byte, 0, 1, position);
  fs.closeSync(fd);
}

describe('verifiedGraphPath', () => {
  const large = FULL_CHECK_BYTES + (1 << 20);

  it('refuses a large graph whose header changed, even by the quick check', () => {
    const graph = graphOf(large);
    expect(verifiedGraphPath(graph.indexDir, graph.meta, 'quick')).toBe(graph.file);
    flipByteAt(graph.file, 40);
    expect(() => verifiedGraphPath(graph.indexDir, graph.meta, 'quick')).toThrow(/does not match its checksum/);
  });

  it('leaves damage between the sampled blocks of a large graph to the full check (papers info)', () => {
    const graph = graphOf(large);
    flipByteAt(graph.file, (64 << 10) + 5000);
    expect(verifiedGraphPath(graph.indexDir, graph.meta, 'quick')).toBe(graph.file);
    expect(() => verifiedGraphPath(graph.indexDir, graph.meta, 'full')).toThrow(/does not match its checksum/);
  });

  it('hashes a small graph whole even for the quick check', () => {
    const graph = graphOf(1 << 20);
    flipByteAt(graph.file, (64 << 10) + 5000);
    expect(() => verifiedGraphPath(graph.indexDir, graph.meta, 'quick')).toThrow(/does not match its checksum/);
  });

  it('checks a graph recorded without a sampled checksum (an older library) by its whole sha256', () => {
    const graph = graphOf(large);
    const older = { graph: { ...graph.meta.graph, sampleSha256: undefined } } as IndexMeta;
    flipByteAt(graph.file, (64 << 10) + 5000);
    expect(() => verifiedGraphPath(graph.indexDir, older, 'quick')).toThrow(/does not match its checksum/);
  });
});
