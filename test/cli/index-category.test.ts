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
  ])('refuses %j with a one-line error and exit 2', (value, message) => {
    const indexDir = path.join(scratchDir('category'), 'index');
    const result = runCli(['--index-dir', indexDir, 'index', FIXTURE, '--category', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(indexDir)).toBe(false);
  });
});
