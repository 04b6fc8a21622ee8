// `papers index --category`: a value that is not an arXiv category is a misuse of the command
// line, refused in one line with exit 2 before anything is read or written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'arxiv-sample.jsonl');

describe('papers index --category', () => {
  it.each([
    ['cs.CL;cs.LG', /"cs.CL;cs.LG" is not an arXiv category/],
    [' , ', /--category is empty/],
    ['foo', /"foo" is not an arXiv category/],
    ['cs', /"cs" is an arXiv archive, not a category \(write cs\.\* for the whole archive/],
    ['cs.CL,bio.XY', /"bio.XY" is not an arXiv category/],
  ])('refuses %j with a one-line error and exit 2', (value, message) => {
    const indexDir = path.join(scratchDir('category'), 'index');
    const result = runCli(['--index-dir', indexDir, 'index', FIXTURE, '--category', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(indexDir)).toBe(false);
  });

  it('a bare word that is not an archive (--category foo) is refused, not a filter that keeps nothing', () => {
    const indexDir = path.join(scratchDir('category'), 'index');
    const result = runCli(['--index-dir', indexDir, 'index', FIXTURE, '--category', 'foo']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^papers: "foo" is not an arXiv category \(give categories such as cs\.CL, stat\.ML, hep-th, or cs\.\* for a whole archive\)$/);
    expect(result.stdout).toBe('');
  });
});
