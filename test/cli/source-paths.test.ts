// Sources are recorded by absolute path with links resolved: the same digest named from another
// folder, by a relative path or through a link, is one source; `papers remove` finds a source by
// what the user types from any folder, by file name or by digest date; paths written relative by
// older versions are made absolute, or matched by file name when they cannot be found.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildCliLibrary } from '../helpers/cli-library.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const NAME = '000_ff0cc63952a9f99a.txt';
const DIGEST = path.join(SAMPLE_DIGESTS, NAME);

function sourcesOf(indexDir: string): string[] {
  const db = new Database(path.join(indexDir, 'papers.db'), { readonly: true });
  try {
    return db.prepare('SELECT path FROM sources ORDER BY path').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** What a library written by an older version holds: its source paths relative to where it ran. */
function makeRelative(indexDir: string, from: string, to: string): void {
  const db = new Database(path.join(indexDir, 'papers.db'));
  db.prepare('UPDATE sources SET path = ? WHERE path = ?').run(to, from);
  db.prepare('UPDATE entries SET source = ? WHERE source = ?').run(to, from);
  db.close();
}

async function library(): Promise<string> {
  const indexDir = path.join(scratchDir('source-paths'), 'index');
  await buildCliLibrary(indexDir, [DIGEST]);
  return indexDir;
}

describe('source paths', () => {
  it('the same digest named from other folders, relatively or through a link, is one source', async () => {
    const indexDir = await library();
    const link = path.join(scratchDir('linked'), 'digests');
    fs.symlinkSync(SAMPLE_DIGESTS, link);
    for (const [cwd, given] of [
      [ROOT, `data/digests/${NAME}`],
      [path.join(ROOT, 'data'), `digests/${NAME}`],
      [path.join(ROOT, 'test'), `../data/digests/${NAME}`],
      ['/', path.join(link, NAME)],
    ] as const) {
      const result = runCli(['--index-dir', indexDir, 'index', given], { cwd });
      expect(result.stdout, `${given} from ${cwd}`).toMatch(/^read 1 file \(1 unchanged\)\nthe library in \S+ is up to date \(38 papers from 38 entries in 1 file\); nothing written\n$/);
    }
    expect(sourcesOf(indexDir)).toEqual([fs.realpathSync(DIGEST)]);
  });

  it('papers info shows a source relative to the working folder when under it, absolute otherwise', async () => {
    const indexDir = await library();
    expect(runCli(['--index-dir', indexDir, 'info'], { cwd: ROOT }).stdout).toMatch(new RegExp(`^sources {5}data/digests/${NAME}$`, 'm'));
    expect(runCli(['--index-dir', indexDir, 'info'], { cwd: '/' }).stdout).toMatch(new RegExp(`^sources {5}${fs.realpathSync(DIGEST)}$`, 'm'));
  });

  it.each([
    ['a relative path from another folder', path.join(ROOT, 'data'), `digests/${NAME}/`],
    ['the absolute path', '/', DIGEST],
    ['the folder holding it', '/', SAMPLE_DIGESTS],
    ['its file name', '/', NAME],
    ['its digest date as shown', '/', '17 Feb'],
    ['its digest date as printed in the digest', '/', 'Feb 17'],
  ])('papers remove finds a source by %s', async (_how, cwd, given) => {
    const indexDir = await library();
    const result = runCli(['--index-dir', indexDir, 'remove', given], { cwd });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^removed 1 file, 38 entries, 38 papers/);
    expect(sourcesOf(indexDir)).toEqual([]);
  });

  it('refuses a file name two sources share, naming both', async () => {
    const indexDir = await library();
    const copy = path.join(scratchDir('copy'), NAME);
    fs.copyFileSync(DIGEST, copy);
    await buildCliLibrary(indexDir, [copy]);
    const result = runCli(['--index-dir', indexDir, 'remove', NAME], { cwd: '/' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`papers: 2 sources of the library are named ${NAME}: ${[fs.realpathSync(copy), fs.realpathSync(DIGEST)].sort().join(', ')} (give the path of the one to remove)`);
  });

  it('a relative path an older version wrote is made absolute when it can be found', async () => {
    const indexDir = await library();
    makeRelative(indexDir, fs.realpathSync(DIGEST), `data/digests/${NAME}`);
    const result = runCli(['--index-dir', indexDir, 'index', DIGEST], { cwd: '/' });
    expect(result.stdout).toMatch(/up to date \(38 papers from 38 entries in 1 file\)/);
    expect(sourcesOf(indexDir)).toEqual([fs.realpathSync(DIGEST)]);
  });

  it('one that cannot be found is matched by its file name: indexed again, it is not counted twice', async () => {
    const indexDir = await library();
    makeRelative(indexDir, fs.realpathSync(DIGEST), `gone/${NAME}`);
    const result = runCli(['--index-dir', indexDir, 'index', DIGEST], { cwd: '/' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^read 1 file \(1 changed\)$/m);
    expect(result.stdout).toMatch(/now holds 38 papers from 38 entries in 1 file/);
    expect(sourcesOf(indexDir)).toEqual([fs.realpathSync(DIGEST)]);
  });
});
