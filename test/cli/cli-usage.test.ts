// Exit codes and one-line errors a user meets before any index exists: misuse exits 2 with
// usage, a run-time failure exits 1, and every hint is a command that works from where they stand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultIndexDir } from '../../src/config.js';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/paths.js';

function expectOneLineError(stderr: string, message: RegExp): void {
  const errorLines = stderr.trim().split('\n').filter((line) => line.startsWith('papers:'));
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('papers usage', () => {
  it('exits 2 with usage on stderr when no command is given', () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: papers/);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for help on a command that does not exist, naming the commands', () => {
    const result = runCli(['help', 'nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: papers/);
    expectOneLineError(result.stderr, /unknown command 'nope' \(the commands are index, remove, compact, search, similar/);
  });

  it('still shows help for a real command and exits 0', () => {
    const result = runCli(['help', 'search']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: papers search/);
  });

  it.each([
    [['search', 'x', '-k', '101'], /at most 100 results can be asked for, got 101/],
    [['search', 'x', '-k', '99999'], /at most 100 results/],
    [['similar', 'x', '-k', '500'], /at most 100 results/],
    [['search', 'x', '--since', '2025-13-01'], /expected a date written YYYY-MM-DD, got "2025-13-01"/],
    [['search', 'x', '--until', 'yesterday'], /expected a date written YYYY-MM-DD/],
  ])('rejects %j as misuse (exit 2) before opening any index', (args, message) => {
    const result = runCli(['--index-dir', scratchDir('usage'), ...args]);
    expect(result.status).toBe(2);
    expectOneLineError(result.stderr, message);
  });

  it('refuses a folder given to similar --file with exit 2, as it does a binary file', () => {
    const folder = scratchDir('folder-as-file');
    const result = runCli(['--index-dir', scratchDir('usage'), 'similar', '--file', folder]);
    expect(result.status).toBe(2);
    expectOneLineError(result.stderr, /is a folder; give a file holding an abstract/);
  });

  it('accepts --mode in any case', () => {
    const result = runCli(['--index-dir', path.join(scratchDir('usage'), 'none'), 'search', 'x', '--mode', 'DENSE']);
    // Past option parsing: the failure is the missing index (exit 1), not the mode (exit 2).
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no index in/);
  });
});

describe('the index folder', () => {
  it('says in one line that an --index-dir which is a file cannot hold an index (index exits 1)', () => {
    const file = path.join(scratchDir('index-file'), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    for (const command of [['index'], ['search', 'kv cache'], ['info']]) {
      const result = runCli(['--index-dir', file, ...command]);
      expect(result.status).toBe(1);
      expectOneLineError(result.stderr, /the index folder \S+not-a-folder is a file, not a folder/);
    }
  });

  it('puts the --index-dir the user gave into the command a hint suggests', () => {
    const dir = path.join(scratchDir('hint'), 'my lib');
    const result = runCli(['--index-dir', dir, 'search', 'kv cache']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`run \`papers --index-dir '${dir}' index\` first`);
  });

  it('defaults to the per-user data folder, from any working folder', () => {
    const dataHome = scratchDir('xdg');
    const elsewhere = scratchDir('elsewhere');
    const result = runCli(['search', 'kv cache'], { cwd: elsewhere, env: { XDG_DATA_HOME: dataHome, PAPERS_INDEX_DIR: '' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`no index in ${path.join(dataHome, 'papers')} (run \`papers index\` first)`);
  });

  it('names the folder a relative input path was read from', () => {
    const elsewhere = scratchDir('elsewhere');
    const result = runCli(['--index-dir', path.join(elsewhere, 'lib'), 'index', 'digests'], { cwd: elsewhere });
    expect(result.status).toBe(1);
    expectOneLineError(result.stderr, new RegExp(`no such file or folder: digests \\(check the path; a relative one is read from ${elsewhere}\\)`));
  });
});

describe('defaultIndexDir', () => {
  it('follows each platform’s convention for per-user data', () => {
    expect(defaultIndexDir('linux', { XDG_DATA_HOME: '/data/me' }, '/home/me')).toBe('/data/me/papers');
    expect(defaultIndexDir('linux', {}, '/home/me')).toBe('/home/me/.local/share/papers');
    expect(defaultIndexDir('linux', { XDG_DATA_HOME: 'relative/path' }, '/home/me')).toBe('/home/me/.local/share/papers');
    expect(defaultIndexDir('darwin', {}, '/Users/me')).toBe('/Users/me/Library/Application Support/papers');
    expect(defaultIndexDir('win32', { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'C:\\Users\\me')).toBe('C:\\Users\\me\\AppData\\Local\\papers');
  });
});
