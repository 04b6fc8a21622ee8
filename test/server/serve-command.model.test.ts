// `papers serve` as a user runs it: prints where it listens, answers, and stops cleanly on a signal.
import net from 'node:net';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

function startServe(args: string[]) {
  const child = spawn(process.execPath, [CLI, '--index-dir', sampleIndexDir(), 'serve', ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
  });
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('papers serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves on loopback and closes cleanly on %s', async (signal) => {
    const serve = startServe(['--port', '0']);
    const url = await serve.url;
    const health = (await (await fetch(new URL('/api/health', url))).json()) as { status: string };
    expect(health.status).toBe('ok');
    serve.child.kill(signal);
    expect(await serve.exited).toBe(0);
    expect(serve.output().stderr).toContain(`${signal}: closing the server`);
  });

  it('fails on a port another program holds, as a run-time failure', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const result = runCli(['--index-dir', sampleIndexDir(), 'serve', '--port', String(port)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`port ${port} is in use on 127.0.0.1`);
    } finally {
      holder.close();
    }
  });

  it('refuses a port that is not a number, as a usage error', () => {
    const result = runCli(['--index-dir', sampleIndexDir(), 'serve', '--port', 'eighty']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('expected a port from 0 to 65535, got "eighty"');
  });
});
