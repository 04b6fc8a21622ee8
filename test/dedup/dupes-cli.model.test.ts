// `papers dupes` as a user runs it on the sample index: the summary, the JSON shape, the same
// answer every time, and one-line errors.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { openSampleIndex, sampleIndexDir } from '../helpers/sample-index.js';

describe('papers dupes', () => {
  const dir = () => ['--index-dir', sampleIndexDir()];
  const repeated = () => openSampleIndex().papers.filter((paper) => paper.entryIds.length > 1);

  it('summarises the groups, then lists each with its kind, similarity and entries', () => {
    const result = runCli([...dir(), 'dupes']);
    expect(result.status).toBe(0);
    const count = repeated().length;
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^${count} duplicate groups \\(${count} identical, 0 revised, 0 rewritten\\) covering \\d+ entries$`));
    expect(result.stdout).toMatch(/^identical · 4 entries · cosine 1\.0000 · same folded title and abstract\n {2}000_ff0cc63952a9f99a\.txt #\d+ +17 Feb +Circuit Component Reuse/m);
  });

  it('prints { groups } as JSON with kind, similarity, evidence and entries (id, title, digest, date)', () => {
    const result = runCli([...dir(), 'dupes', '--json']);
    expect(result.status).toBe(0);
    const { groups } = JSON.parse(result.stdout) as { groups: { kind: string; similarity: number; evidence: object; entries: object[] }[] };
    expect(groups).toHaveLength(repeated().length);
    for (const group of groups) {
      expect(group).toMatchObject({ kind: 'identical', similarity: 1, evidence: expect.any(Object) });
      for (const entry of group.entries) {
        expect(entry).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), digest: expect.any(String), date: expect.any(String) }));
      }
    }
  });

  it('gives the same output on every run', () => {
    expect(runCli([...dir(), 'dupes', '--json']).stdout).toBe(runCli([...dir(), 'dupes', '--json']).stdout);
  });

  it.each([['1.5'], ['-0.1'], ['abc'], ['']])('rejects --threshold %j with a one-line usage error and exit 2', (value) => {
    const result = runCli([...dir(), 'dupes', '--threshold', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/expected a number from 0 to 1/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('tells the user to build the index first when there is none', () => {
    const empty = scratchDir('no-index');
    const result = runCli(['--index-dir', empty, 'dupes']);
    fs.rmSync(empty, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no index in .*run `papers --index-dir \S+ index` first/);
  });
});
