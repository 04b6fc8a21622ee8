// What a new user reads at the edges: dates day first and in order, and one clear line for
// interruptions, a first build in progress and inputs that are no digest.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCliLibrary } from '../helpers/cli-library.js';
import { CLI, ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

let indexDir = '';

beforeAll(async () => {
  indexDir = path.join(scratchDir('new-user'), 'index');
  await buildCliLibrary(indexDir, [SAMPLE_DIGESTS]);
}, 120_000);

describe('dates', () => {
  it('themes --trend writes digest dates day first, in text and JSON', () => {
    const text = runCli(['--index-dir', indexDir, 'themes', '--trend']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/first posted 10 Sep to 12 Dec against before/);
    const json = runCli(['--index-dir', indexDir, 'themes', '--trend', '--json']);
    const trends = JSON.parse(json.stdout) as { dates: string[]; recentDates: string[]; topics: { byDate: { date: string }[] }[] };
    expect(trends.dates).toEqual(['17 Feb', '10 Sep', '31 Oct', '12 Dec']);
    expect(trends.recentDates).toEqual(['10 Sep', '31 Oct', '12 Dec']);
    expect(trends.topics[0]!.byDate[0]!.date).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
  });

  it('lists the digests a paper was posted in by date, oldest first', () => {
    // The store keeps this paper's postings as Feb 17, Dec 12, Oct 31 (digest file order).
    const result = runCli(['--index-dir', indexDir, 'similar', '05581ee1239a1d1e', '-k', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('posted 17 Feb, 31 Oct, 12 Dec · id 05581ee1239a1d1e');
  });
});

describe('inputs that are no digest', () => {
  it('a lone non-digest is refused in one sentence with one fix', () => {
    const folder = scratchDir('not-digest');
    const notes = path.join(folder, 'notes.txt');
    fs.writeFileSync(notes, 'just some notes\n');
    const result = runCli(['--index-dir', path.join(folder, 'index'), 'index', notes]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `papers: no entries found: ${notes}: does not look like a digest (no "Daily Papers" header, no metadata blocks); give digest .txt, .jsonl (for other sources) or arXiv metadata files`,
    );
  });

  it('a stray file in a folder walk is reported once, as a warning', async () => {
    const folder = scratchDir('stray-file');
    const digests = path.join(folder, 'digests');
    fs.mkdirSync(digests);
    fs.copyFileSync(path.join(SAMPLE_DIGESTS, '000_ff0cc63952a9f99a.txt'), path.join(digests, 'a.txt'));
    fs.writeFileSync(path.join(digests, 'paper.pdf'), 'x');
    const library = path.join(folder, 'index');
    await buildCliLibrary(library, [digests]);
    const result = runCli(['--index-dir', library, 'index', digests]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`warning: ${digests}: skipped 1 file that is not .txt, .jsonl, .ndjson or .jsonl.gz: paper.pdf`);
    expect(result.stdout).not.toMatch(/skipped/);
  });
});

describe('a first index being built', () => {
  it('a read command names the writer instead of asking for `papers index`', async () => {
    const building = path.join(scratchDir('first-build'), 'index');
    fs.mkdirSync(building);
    // A writer that holds the lock and has created the database but committed nothing yet.
    fs.writeFileSync(path.join(building, 'papers.db'), '');
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `
      const { acquireLock } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'store', 'lock.js'))});
      acquireLock(${JSON.stringify(building)});
      console.log('locked');
      setTimeout(() => {}, 60000);
    `]);
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      const result = runCli(['--index-dir', building, 'search', 'kv cache']);
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(`papers: the index in ${building} is being built by pid ${holder.pid}; try again when it finishes`);
    } finally {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
    }
    // The writer is gone: its leftover empty database and stale lock are no index, as before.
    const after = runCli(['--index-dir', building, 'search', 'kv cache']);
    expect(after.stderr).toMatch(/^papers: no index in /);
  });
});

describe('papers triage interrupted', () => {
  it('says what was kept, as papers index does, and exits 130', async () => {
    const folder = scratchDir('triage-interrupt');
    const library = path.join(folder, 'index');
    await buildCliLibrary(library, [path.join(SAMPLE_DIGESTS, '000_ff0cc63952a9f99a.txt')]);
    // Today's digest is new to the library, so triage has papers to embed when Ctrl-C comes.
    const digests = path.join(folder, 'digests');
    fs.mkdirSync(digests);
    fs.copyFileSync(path.join(SAMPLE_DIGESTS, '003_be81b5dcf9d38130.txt'), path.join(digests, 'today.txt'));
    // A stray file: its warning is the first line triage prints, the moment to press Ctrl-C.
    fs.writeFileSync(path.join(digests, 'paper.pdf'), 'x');
    const child = spawn(process.execPath, [CLI, '--index-dir', library, 'triage', digests], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('warning: ') && !child.killed) child.kill('SIGINT');
    });
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(status).toBe(130);
    expect(stderr).toContain('SIGINT: stopping; the existing index is kept');
    expect(stderr).toContain(`papers: interrupted: nothing was written; the library in ${library} is as it was before the triage`);
  });
});
