// A damaged or missing graph file is repaired by the next `papers index`, even one with nothing
// new to read: rebuilt from the stored vectors, never by embedding again, and said so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCliLibrary } from '../helpers/cli-library.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const DIGEST = path.join(SAMPLE_DIGESTS, '000_ff0cc63952a9f99a.txt');

async function libraryWithGraph(): Promise<{ indexDir: string; graph: string }> {
  const indexDir = path.join(scratchDir('graph-repair'), 'index');
  await buildCliLibrary(indexDir, [DIGEST]);
  const graph = fs.readdirSync(indexDir).find((name) => /^hnsw-.*\.bin$/.test(name))!;
  return { indexDir, graph: path.join(indexDir, graph) };
}

function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}

describe('a damaged graph file', () => {
  it('papers info names the command that repairs it', async () => {
    const { indexDir, graph } = await libraryWithGraph();
    flipByte(graph);
    const info = runCli(['--index-dir', indexDir, 'info']);
    expect(info.status).toBe(1);
    expect(info.stderr.trim()).toBe(
      `papers: index file ${path.basename(graph)} does not match its checksum (altered or damaged) (rebuild it from the stored vectors with \`papers --index-dir ${indexDir} compact\` or any \`papers --index-dir ${indexDir} index\` run; nothing is embedded again)`,
    );
  });

  it('is rebuilt by a papers index that finds nothing new, without embedding, and says so', async () => {
    const { indexDir, graph } = await libraryWithGraph();
    flipByte(graph);
    const repaired = runCli(['--index-dir', indexDir, 'index', DIGEST, '--json']);
    expect(repaired.status).toBe(0);
    expect(repaired.stderr).toMatch(/^warning: \S+: index file hnsw-\S+\.bin does not match its checksum \(altered or damaged\); rebuilt it from the stored vectors \(nothing embedded again\)$/m);
    expect(JSON.parse(repaired.stdout)).toMatchObject({ unchanged: false, embedded: 0, graphRebuilt: true, papers: 38 });
    expect(runCli(['--index-dir', indexDir, 'info']).status).toBe(0);
    const again = runCli(['--index-dir', indexDir, 'index', DIGEST]);
    expect(again.stdout).toMatch(/is up to date \(38 papers from 38 entries in 1 file\); nothing written/);
  });

  it('a missing graph file is rebuilt the same way', async () => {
    const { indexDir, graph } = await libraryWithGraph();
    fs.rmSync(graph);
    const repaired = runCli(['--index-dir', indexDir, 'index', DIGEST]);
    expect(repaired.status).toBe(0);
    expect(repaired.stderr).toMatch(/index file missing: .*; rebuilt it from the stored vectors/);
    expect(repaired.stdout).toMatch(/now holds 38 papers from 38 entries in 1 file \(generation 2, graph rebuilt\)/);
    expect(runCli(['--index-dir', indexDir, 'info']).status).toBe(0);
  });
});
