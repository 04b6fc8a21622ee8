// What search tells the user beyond a ranking: the cosine, weak matches and "nothing close",
// dates that cannot be misread, a date range, and counts in words. Runs the real model on the
// sample digests.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

interface JsonHit {
  title: string;
  publishedIso: string | null;
}

describe('papers search signals', () => {
  const dir = () => ['--index-dir', sampleIndexDir()];

  it('a topic the corpus lacks ("speculative decoding") says nothing is close and marks every hit weak', () => {
    const result = runCli([...dir(), 'search', 'speculative decoding', '-k', '3']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('nothing in the index is close to this query (no paper is near it in meaning or holds all its words): these are the nearest papers, not matches');
    expect(result.stdout.match(/weak match · /g)).toHaveLength(3);
  });

  it('--json carries the weak-match signal: weakMatch on every hit, and "nothing close" on stderr', () => {
    const absent = runCli([...dir(), 'search', 'speculative decoding', '-k', '3', '--json']);
    expect(absent.status).toBe(0);
    expect((JSON.parse(absent.stdout) as { weakMatch: boolean }[]).map((hit) => hit.weakMatch)).toEqual([true, true, true]);
    expect(absent.stderr).toMatch(/^nothing in the index is close to this query/m);
    const present = runCli([...dir(), 'search', 'compressing the KV cache for long-context inference', '-k', '3', '--json']);
    expect((JSON.parse(present.stdout) as { weakMatch: boolean }[])[0]!.weakMatch).toBe(false);
    expect(present.stderr).not.toMatch(/nothing in the index is close/);
  });

  it('does not call a short query on a present topic weak when the paper holds all its words', () => {
    const result = runCli([...dir(), 'search', 'data selection', '-k', '1']);
    expect(result.stdout).toMatch(/^ +1 +[01]\.\d{4} +0\.3\d\d +Predictive Data Selection/m);
    expect(result.stdout).not.toMatch(/weak match|nothing in the index is close/);
  });

  it('shows the cosine beside the fused score and does not call a real match weak', () => {
    const result = runCli([...dir(), 'search', 'compressing the KV cache for long-context inference', '-k', '3']);
    expect(result.stdout).not.toMatch(/nothing in the index is close/);
    const [header, first, firstDetails] = result.stdout.split('\n');
    expect(header).toMatch(/^rank +rrf +cosine +title$/);
    expect(first).toMatch(/^ +1 +[01]\.\d{4} +0\.[4-9]\d\d +RazorAttention/);
    expect(firstDetails).not.toMatch(/weak match/);
  });

  it('writes dates day first, with no year when the digest gave none, and digests by their date', () => {
    const result = runCli([...dir(), 'search', 'Task-KV: Task-aware KV Cache Optimization', '-k', '1']);
    // Published "Jan 25" (no year) must not read as January 2025; posted in the Dec 12 and Sep 10 digests.
    expect(result.stdout).toMatch(/^ +25 Jan · 3 authors · posted \d{1,2} [A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} · id [0-9a-f]{16}$/m);
    expect(result.stdout).not.toMatch(/\.txt/);
  });

  it('names the digest files with --show-files', () => {
    const result = runCli([...dir(), 'search', 'Robust-Multi-Task Gradient Boosting', '-k', '1', '--show-files']);
    expect(result.stdout).toMatch(/15 Jul 2025 · 3 authors · posted 17 Feb \(000_ff0cc63952a9f99a\.txt\)/);
  });

  it('says "1 upvote", not "1 upvotes"', () => {
    const result = runCli([...dir(), 'search', 'Large Scale Transfer Learning for Tabular Data via Language Modeling', '-k', '1']);
    expect(result.stdout).toMatch(/· 1 upvote · /);
  });

  it('keeps only papers dated within --since and --until, and says how many had no full date', () => {
    const result = runCli([...dir(), 'search', 'attention heads', '--since', '2024-06-01', '--until', '2024-12-31', '-k', '20', '--json']);
    expect(result.status).toBe(0);
    const hits = JSON.parse(result.stdout) as JsonHit[];
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) expect(hit.publishedIso! >= '2024-06-01' && hit.publishedIso! <= '2024-12-31', `${hit.title} ${hit.publishedIso}`).toBe(true);
    const human = runCli([...dir(), 'search', 'attention heads', '--since', '2024-06-01']);
    expect(human.stderr).toMatch(/^\d+ papers without a full date \(with its year\) left out by --since\/--until$/m);
  });

  it('rejects --since after --until as misuse', () => {
    const result = runCli([...dir(), 'search', 'x', '--since', '2025-01-02', '--until', '2025-01-01']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('papers: --since 2025-01-02 is after --until 2025-01-01');
  });
});
