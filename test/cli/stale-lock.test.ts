// A write.lock whose owner is gone (a dead pid, a pid now used by another program, garbage left by
// a crash) is taken over with a one-line notice; a live papers writer still blocks, clearly.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/store/lock.js';
import { buildCliLibrary } from '../helpers/cli-library.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

let indexDir = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  indexDir = path.join(scratchDir('stale-lock'), 'index');
  await buildCliLibrary(indexDir, [path.join(SAMPLE_DIGESTS, '000_ff0cc63952a9f99a.txt')]);
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  fs.rmSync(path.join(indexDir, LOCK_FILE), { force: true });
});

function startSleeper(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

function writeLock(content: string, ageSeconds = 0): void {
  const file = path.join(indexDir, LOCK_FILE);
  fs.writeFileSync(file, content);
  const when = new Date(Date.now() - ageSeconds * 1000);
  fs.utimesSync(file, when, when);
}

function compact() {
  return runCli(['--index-dir', indexDir, 'compact']);
}

describe('write.lock', () => {
  it('takes over a lock naming a live pid that is not papers (a pid alone)', () => {
    const pid = startSleeper();
    writeLock(`${pid}\n`);
    const result = compact();
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toBe(`warning: ${indexDir}: took over a stale write.lock (pid ${pid} is sleep, not papers)`);
    expect(fs.existsSync(path.join(indexDir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose pid now belongs to a process started at another time', () => {
    const pid = startSleeper();
    writeLock(`${pid}\n${JSON.stringify({ pid, host: os.hostname(), started: '1', token: 'old' })}\n`);
    const result = compact();
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`took over a stale write.lock (pid ${pid} is now another process)`);
  });

  it('takes over garbage once it is older than a half-written lock could be', () => {
    writeLock('\u0000\u0000garbage', 60);
    const result = compact();
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/took over a stale write\.lock \(it names no process and is 6\d s old\)/);
  });

  it('takes over a lock of a pid that no longer runs', () => {
    writeLock('2147483646\n');
    const result = compact();
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('took over a stale write.lock (pid 2147483646 no longer runs)');
  });

  it('waits for fresh garbage: it may be a lock being written', () => {
    writeLock('');
    const result = compact();
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`papers: another papers process is writing ${indexDir} (wait for it to finish, then run the command again)`);
  });

  it('a live papers writer still blocks, with its pid', async () => {
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `
      const { acquireLock } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'store', 'lock.js'))});
      acquireLock(${JSON.stringify(indexDir)});
      console.log('locked');
      setTimeout(() => {}, 60000);
    `]);
    children.push(holder);
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const result = compact();
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`papers: another papers process (pid ${holder.pid}) is writing ${indexDir} (wait for it to finish, then run the command again)`);
    expect(fs.readFileSync(path.join(indexDir, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(holder.pid));
  });
});
