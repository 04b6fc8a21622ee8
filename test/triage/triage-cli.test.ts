// `papers triage` on bad input, as a user meets it: one line on stderr and the exit codes of the
// other commands (2 for misuse, 1 for input that cannot be triaged); nothing here loads the model.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const DIGEST = path.join(ROOT, 'test', 'fixtures', 'triage-digest.txt');

describe('papers triage, bad input', () => {
  const empty = scratchDir('triage-cli');

  it.each([
    ['no digest named', 2, ['triage'], /^papers: missing required argument 'digests'$/],
    ['an unknown option', 2, ['triage', '--bogus', DIGEST], /^papers: unknown option '--bogus'$/],
    ['a digest that does not exist', 1, ['triage', 'no-such-digest.txt'], /^papers: no such file or folder: no-such-digest\.txt/],
    ['a file that is not a digest', 1, ['triage', path.join(ROOT, 'package.json')], /^papers: no entries found\b.*package\.json/],
    ['no library yet', 1, ['triage', DIGEST], /^papers: no index in .*run `papers --index-dir \S+ index` first/],
  ])('%s: exit %i and one line', (_name, status, args, message) => {
    const result = runCli(['--index-dir', path.join(empty, 'library'), ...args]);
    expect(result.status).toBe(status);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('creates no library when there is none to triage against', () => {
    runCli(['--index-dir', path.join(empty, 'library'), 'triage', DIGEST]);
    expect(fs.existsSync(path.join(empty, 'library', 'papers.db'))).toBe(false);
  });
});
