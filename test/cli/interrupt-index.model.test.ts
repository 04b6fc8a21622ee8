// Ctrl-C during `papers index` stops the build, says what was kept, and leaves the previous
// index answering as before; once or twice, it exits 130 and leaves no write lock behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

describe('papers index interrupted', () => {
  it('keeps the previous index and says so', async () => {
    const indexDir = path.join(scratchDir('interrupt'), 'index');
    const first = path.join(SAMPLE_DIGESTS, fs.readdirSync(SAMPLE_DIGESTS).filter((name) => name.endsWith('.txt')).sort()[0]!);
    expect(runCli(['--index-dir', indexDir, 'index', first]).status).toBe(0);
    const before = runCli(['--index-dir', indexDir, 'info', '--json']).stdout;

    const child = spawn(process.execPath, [CLI, '--index-dir', indexDir, 'index', SAMPLE_DIGESTS], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Interrupt once embedding has begun, as a user pressing Ctrl-C would.
      if (stderr.includes('embedding ') && !child.killed) child.kill('SIGINT');
    });
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    expect(stderr).toMatch(/embedding \d+ new papers/);
    expect(stderr).toMatch(`interrupted: nothing was written; the index in ${indexDir} is as it was before`);
    expect(status).toBe(130);
    expect(fs.existsSync(path.join(indexDir, 'write.lock'))).toBe(false);
    expect(runCli(['--index-dir', indexDir, 'info', '--json']).stdout).toBe(before);
    const search = runCli(['--index-dir', indexDir, 'search', 'multi-task gradient boosting', '-k', '1']);
    expect(search.status).toBe(0);
    expect(search.stdout).toMatch(/Robust-Multi-Task Gradient Boosting/);
  });

  it('on a first build says no index was written, and its leftover database is no index', async () => {
    const indexDir = path.join(scratchDir('interrupt-first'), 'index');
    const child = spawn(process.execPath, [CLI, '--index-dir', indexDir, 'index', SAMPLE_DIGESTS], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('embedding ') && !child.killed) child.kill('SIGINT');
    });
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(status).toBe(130);
    expect(stderr).toContain('SIGINT: stopping; no index will be written');
    expect(stderr).toContain(`papers: interrupted: no index was written in ${indexDir}`);
    expect(stderr).not.toMatch(/existing index/);
    expect(runCli(['--index-dir', indexDir, 'search', 'kv cache']).stderr).toMatch(/^papers: no index in /);
  });

  it('exits 130 at once on a second Ctrl-C and leaves no stale write lock', async () => {
    const indexDir = path.join(scratchDir('interrupt-twice'), 'index');
    const child = spawn(process.execPath, [CLI, '--index-dir', indexDir, 'index', SAMPLE_DIGESTS], { cwd: ROOT });
    let stderr = '';
    let signals = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (signals === 0 && stderr.includes('embedding ')) {
        signals = 1;
        child.kill('SIGINT');
      } else if (signals === 1 && stderr.includes('stopping')) {
        signals = 2;
        child.kill('SIGINT');
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(signals).toBe(2);
    expect(status).toBe(130);
    expect(fs.existsSync(path.join(indexDir, 'write.lock'))).toBe(false);
    expect(runCli(['--index-dir', indexDir, 'search', 'kv cache']).stderr).toMatch(/no index in/);
  });
});
