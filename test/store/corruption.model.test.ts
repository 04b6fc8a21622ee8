// A damaged index folder is reported in one line with the fix, never answered with wrong results
// or a crash; `papers index --rebuild` repairs it (a damaged graph: `papers compact` or any `papers index`).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/paths.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

function copyOfSampleIndex(): { indexDir: string; graph: string; database: string } {
  const indexDir = path.join(scratchDir('corrupt'), 'index');
  fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
  const graph = fs.readdirSync(indexDir).find((name) => /^hnsw-.*\.bin$/.test(name))!;
  return { indexDir, graph: path.join(indexDir, graph), database: path.join(indexDir, 'papers.db') };
}

function flipByte(file: string, at: number): void {
  const bytes = fs.readFileSync(file);
  const position = Math.floor(bytes.length * at);
  bytes[position] = bytes[position]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}

function setMeta(database: string, key: string, edit: (value: string) => string): void {
  const db = new Database(database);
  const value = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string;
  db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(edit(value), key);
  db.close();
}

type Damaged = ReturnType<typeof copyOfSampleIndex>;
const damages: [string, (index: Damaged) => void, RegExp][] = [
  ['a truncated graph file', ({ graph }) => fs.truncateSync(graph, 1000), /hnsw-.*\.bin has 1000 bytes, the database says/],
  ['an altered byte in the graph file', ({ graph }) => flipByte(graph, 0.5), /hnsw-.*\.bin does not match its checksum/],
  ['a missing graph file', ({ graph }) => fs.rmSync(graph), /index file missing: .*hnsw-.*\.bin/],
  ['a database that is not SQLite', ({ database }) => fs.writeFileSync(database, 'not a database at all, just some text '.repeat(200)), /papers\.db cannot be read/],
  ['a database of a future format', ({ database }) => setMeta(database, 'formatVersion', () => '99'), /format version 99 is not supported/],
  ['meta missing a field', ({ database }) => setMeta(database, 'graph', () => '{"file": "hnsw-1.bin"}'), /index meta in .* is incomplete \(graph\.sha256/],
  ['an index made by another model', ({ database }) => setMeta(database, 'model', (value) => value.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"0000000000000000"')), /was made with model all-MiniLM-L6-v2 \(0000000000000000\)/],
  [
    'a folder in the older format',
    ({ indexDir }) => {
      fs.rmSync(indexDir, { recursive: true });
      fs.mkdirSync(path.join(indexDir, 'g-1'), { recursive: true });
      fs.writeFileSync(path.join(indexDir, 'manifest.json'), '{"formatVersion": 1}');
    },
    /is in an older format \(manifest\.json and generation folders\)/,
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
    const graphDamage = /hnsw|index file/.test(message.source);
    expect(result.stderr).toMatch(graphDamage ? /rebuild it from the stored vectors with `papers --index-dir \S+ compact` or any `papers --index-dir \S+ index` run/ : /papers --index-dir \S+ index --rebuild/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is caught by papers info: integrity check and graph checksum', () => {
    const healthy = copyOfSampleIndex();
    const info = runCli(['--index-dir', healthy.indexDir, 'info']);
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/papers\.db passes SQLite's integrity check, hnsw-.*\.bin matches its checksum/);
    const damaged = copyOfSampleIndex();
    flipByte(damaged.graph, 0.9);
    const refused = runCli(['--index-dir', damaged.indexDir, 'info']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/does not match its checksum/);
  });

  it('has its graph rebuilt from the stored vectors by the next papers index, with a warning', () => {
    const index = copyOfSampleIndex();
    flipByte(index.graph, 0.5);
    const rebuilt = runCli(['--index-dir', index.indexDir, 'index', 'test/fixtures/revised-digest.txt']);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stderr).toMatch(/does not match its checksum.*; rebuilding the graph from the stored vectors/);
    const search = runCli(['--index-dir', index.indexDir, 'search', 'kv cache compression', '-k', '1']);
    expect(search.status).toBe(0);
    expect(search.stdout).toMatch(/RazorAttention/);
  });

  it('is started over by papers index --rebuild when SQLite cannot read it', () => {
    const index = copyOfSampleIndex();
    fs.writeFileSync(index.database, 'garbage '.repeat(1000));
    const rebuilt = runCli(['--index-dir', index.indexDir, 'index', '--rebuild', 'data/digests/001_4dd571cfbadb3e50.txt']);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    const search = runCli(['--index-dir', index.indexDir, 'search', 'kv cache compression', '-k', '1']);
    expect(search.status).toBe(0);
    expect(search.stdout).toMatch(/RazorAttention/);
  });
});
