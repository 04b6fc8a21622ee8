// The CLI as a user runs it: output, JSON shape, and one-line errors with the right exit codes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/paths.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

describe('papers search', () => {
  const dir = () => ['--index-dir', sampleIndexDir()];

  it('prints ranked results with scores, titles and digests', () => {
    const result = runCli([...dir(), 'search', 'compressing the KV cache for long-context inference', '-k', '5']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^rank +rrf +cosine +title/m);
    expect(result.stdout).toMatch(/^ +1 +\d\.\d+ +0\.\d{3} +RazorAttention/m);
  });

  it('prints a JSON array best first with id, title, score and metadata', () => {
    const result = runCli([...dir(), 'search', 'attention sink', '--json', '-k', '3', '--mode', 'dense']);
    const hits = JSON.parse(result.stdout) as { id: string; title: string; score: number; digests: string[] }[];
    expect(hits).toHaveLength(3);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    expect(hits[0]).toHaveProperty('digests');
    expect(hits[0]!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads an abstract from standard input for similar --file -', () => {
    const result = runCli([...dir(), 'similar', '--file', '-', '--json', '-k', '1'], {
      input: 'We identify retrieval heads and compress the KV cache of the other heads to serve long contexts cheaply.',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it.each([
    [['search', 'x', '-k', '0'], 2, /argument '0' is invalid/],
    [['search', 'x', '-k', '-1'], 2, /invalid|unknown option/],
    [['search', 'x', '-k', 'abc'], 2, /argument 'abc' is invalid/],
    [['search', '   '], 2, /the query is empty/],
    [['search', 'x', '--mode', 'fuzzy'], 2, /expected one of dense, lexical, hybrid/],
    [['search', 'x', '--bogus'], 2, /unknown option/],
    [['similar', 'no such paper title'], 1, /no paper has the id, arXiv id or title/],
    [['similar', 'The'], 1, /matches 3 papers/],
    [['similar', '--file', '/no/such/file'], 1, /^papers: no such file or folder: \/no\/such\/file \(check the path/],
  ])('rejects %j with a one-line error and exit %i', (args, status, message) => {
    const result = runCli([...dir(), ...(args as string[])]);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message as RegExp);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('tells the user to build the index first when there is none', () => {
    const result = runCli(['--index-dir', scratchDir('empty'), 'search', 'kv cache']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no index in .*run `papers --index-dir \S+ index` first/);
  });

  it('takes the index folder from PAPERS_INDEX_DIR', () => {
    const result = runCli(['info'], { env: { PAPERS_INDEX_DIR: sampleIndexDir() } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/137 papers from 190 entries in 4 files/);
  });
});
