// A damaged index folder is reported in one line with the fix, never answered with wrong results
// or a crash; `papers index --rebuild` repairs it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/paths.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

function copyOfSampleIndex(): { indexDir: string; generation: string } {
  const indexDir = path.join(scratchDir('corrupt'), 'index');
  fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(indexDir, 'manifest.json'), 'utf8')) as { generation: string };
  return { indexDir, generation: path.join(indexDir, manifest.generation) };
}

function flipByte(file: string, at: number): void {
  const bytes = fs.readFileSync(file);
  const position = Math.floor(bytes.length * at);
  bytes[position] = bytes[position]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}

const damages: [string, (index: { indexDir: string; generation: string }) => void, RegExp][] = [
  ['a truncated HNSW file', ({ generation }) => fs.truncateSync(path.join(generation, 'hnsw.bin'), 1000), /hnsw\.bin has 1000 bytes/],
  ['an altered byte in the HNSW file', ({ generation }) => flipByte(path.join(generation, 'hnsw.bin'), 0.5), /hnsw\.bin does not match its checksum/],
  ['an altered byte in the papers file', ({ generation }) => flipByte(path.join(generation, 'papers.jsonl'), 0.1), /papers\.jsonl does not match its checksum/],
  ['an altered byte in the BM25 file', ({ generation }) => flipByte(path.join(generation, 'lexical.bin'), 0.7), /lexical\.bin does not match its checksum/],
  ['a missing offsets file', ({ generation }) => fs.rmSync(path.join(generation, 'papers.offsets')), /index file missing: .*papers\.offsets/],
  ['a manifest that is not JSON', ({ indexDir }) => fs.writeFileSync(path.join(indexDir, 'manifest.json'), '{"formatVersion": 1, "gen'), /manifest is not valid JSON/],
  [
    'a manifest of a future format',
    ({ indexDir }) => {
      const file = path.join(indexDir, 'manifest.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"formatVersion": 1', '"formatVersion": 99'));
    },
    /format version 99 is not supported/,
  ],
  [
    'an index made by another model',
    ({ indexDir }) => {
      const file = path.join(indexDir, 'manifest.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"fingerprint": "[0-9a-f]+"/, '"fingerprint": "0000000000000000"'));
    },
    /was made with model all-MiniLM-L6-v2 \(0000000000000000\)/,
  ],
];

describe('a damaged index', () => {
  it.each(damages)('is refused with one line naming the damage: %s', (_name, damage, message) => {
    const index = copyOfSampleIndex();
    damage(index);
    const result = runCli(['--index-dir', index.indexDir, 'search', 'kv cache compression']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/papers --index-dir \S+ index --rebuild/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is built anew by papers index, with a warning, and then answers again', () => {
    const index = copyOfSampleIndex();
    flipByte(path.join(index.generation, 'vectors.f32'), 0.5);
    const rebuilt = runCli(['--index-dir', index.indexDir, 'index', 'data/digests']);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stderr).toMatch(/previous index not reused \(index file vectors\.f32 does not match its checksum/);
    expect(rebuilt.stdout).toMatch(/embedded 137, reused 0/);
    const search = runCli(['--index-dir', index.indexDir, 'search', 'kv cache compression', '-k', '1']);
    expect(search.status).toBe(0);
    expect(search.stdout).toMatch(/RazorAttention/);
  });
});
