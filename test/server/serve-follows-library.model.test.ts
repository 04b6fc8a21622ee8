// `papers serve` follows the library: papers added while it runs are found by the next request,
// and no request fails because the library changed under it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';
import { writeJsonl } from '../helpers/jsonl-index.js';

const ADDED = [
  { title: 'Photosynthetic efficiency of kelp forests under ocean warming', abstract: 'We measure how kelp forests convert light into biomass as sea temperatures rise, across three coastal sites.' },
  { title: 'Bird migration timing and urban light pollution', abstract: 'Artificial light at night shifts the departure dates of migratory songbirds; we track 4,000 birds by radio tags.' },
];

describe('papers serve while the library grows', () => {
  const dir = scratchDir('serve-follow');
  const indexDir = path.join(dir, 'index');
  fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
  const child = spawn(process.execPath, [CLI, '--index-dir', indexDir, 'serve', '--port', '0'], { cwd: ROOT });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  afterAll(() => {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // A new connection per request: a kept-alive socket the server closes while `papers index`
  // runs would fail the next request for reasons that are not the server's.
  const get = async <T>(target: string): Promise<{ status: number; body: T }> => {
    const address = new URL(target, await url);
    return new Promise((resolve, reject) => {
      http
        .get(address, { agent: false }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as T }));
        })
        .on('error', reject);
    });
  };
  const search = (query: string) => get<{ hits: { id: string; title: string }[] }>(`/api/search?q=${encodeURIComponent(query)}&k=3`);

  it('finds papers added by two `papers index` runs, answering 200 throughout', { timeout: 240_000 }, async () => {
    expect((await search('kelp forests ocean warming')).status).toBe(200);
    for (const [position, paper] of ADDED.entries()) {
      const file = path.join(dir, `added-${position}.jsonl`);
      writeJsonl(file, [paper]);
      const added = runCli(['--index-dir', indexDir, 'index', file]);
      expect(added.status, added.stderr).toBe(0);
      const found = await search(paper.title);
      expect(found.status).toBe(200);
      expect(found.body.hits[0]!.title).toBe(paper.title);
      const byId = await get<{ title: string }>(`/api/papers/${found.body.hits[0]!.id}`);
      expect(byId).toMatchObject({ status: 200, body: { title: paper.title } });
    }
    const health = await get<{ papers: number }>('/api/health');
    expect(health.body.papers).toBe(137 + ADDED.length);
  });
});
