// `papers compact` as a user runs it: the sizes it prints are the files' sizes on disk before and
// after, the write-ahead log included, and a compaction that frees space says it got smaller.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCliLibrary } from '../helpers/cli-library.js';
import { SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

function bytesOnDisk(indexDir: string, matches: (name: string) => boolean): number {
  return fs
    .readdirSync(indexDir)
    .filter(matches)
    .reduce((sum, name) => sum + fs.statSync(path.join(indexDir, name)).size, 0);
}

const isDatabase = (name: string) => name === 'papers.db' || name === 'papers.db-wal';
const isGraph = (name: string) => /^hnsw-.*\.bin$/.test(name);

describe('papers compact', () => {
  it('reports the sizes the files have before and after, not a WAL left full by VACUUM', async () => {
    const indexDir = path.join(scratchDir('compact'), 'index');
    await buildCliLibrary(indexDir, [SAMPLE_DIGESTS]);
    expect(runCli(['--index-dir', indexDir, 'remove', path.join(SAMPLE_DIGESTS, '001_4dd571cfbadb3e50.txt')]).status).toBe(0);
    const databaseBefore = bytesOnDisk(indexDir, isDatabase);
    const graphsBefore = bytesOnDisk(indexDir, isGraph);

    const result = runCli(['--index-dir', indexDir, 'compact', '--json']);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as { databaseBytes: { before: number; after: number }; graphBytes: { before: number; after: number }; bytesBefore: number; bytesAfter: number };
    expect(printed.databaseBytes.before).toBe(databaseBefore);
    expect(printed.graphBytes.before).toBe(graphsBefore);
    expect(printed.databaseBytes.after).toBe(bytesOnDisk(indexDir, isDatabase));
    expect(printed.graphBytes.after).toBe(bytesOnDisk(indexDir, isGraph));
    expect(printed.bytesAfter).toBe(printed.databaseBytes.after + printed.graphBytes.after);
    // 10 papers' rows and vectors went: the database shrank, and nothing is left in a WAL.
    expect(printed.databaseBytes.after).toBeLessThan(databaseBefore);
    expect(fs.existsSync(path.join(indexDir, 'papers.db-wal')) ? fs.statSync(path.join(indexDir, 'papers.db-wal')).size : 0).toBe(0);
  });

  it('prints the database and graph sizes in words', async () => {
    const indexDir = path.join(scratchDir('compact-text'), 'index');
    await buildCliLibrary(indexDir, [SAMPLE_DIGESTS]);
    const result = runCli(['--index-dir', indexDir, 'compact']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^compacted the library in \S+: 137 papers, graph rebuilt\npapers\.db \(with its write-ahead log\) [\d.]+ MiB → [\d.]+ MiB; graph files \d+ KiB → \d+ KiB/);
  });
});
