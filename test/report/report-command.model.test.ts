// `papers report` as a user runs it, on a copy of the sample index.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';

let indexDir: string;

beforeAll(() => {
  indexDir = path.join(scratchDir('report-command'), 'index');
  fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
});

describe('papers report', () => {
  it('writes report.html into the index folder by default and says what it holds', () => {
    const result = runCli(['--index-dir', indexDir, 'report']);
    expect(result.status, result.stderr).toBe(0);
    const out = path.join(indexDir, 'report.html');
    expect(fs.existsSync(out)).toBe(true);
    const papers = (JSON.parse(runCli(['--index-dir', indexDir, 'info', '--json']).stdout) as { counts: { papers: number } }).counts.papers;
    expect(result.stdout).toMatch(new RegExp(`^wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${papers} papers, \\d+ topics in \\d+ areas, \\d+ duplicate groups, map by UMAP in`));
    expect(result.stdout).toContain(`open file://${out}`);
  });

  it('writes the same page twice for the same index (the map is seeded)', () => {
    const first = path.join(indexDir, 'first.html');
    const second = path.join(indexDir, 'second.html');
    expect(runCli(['--index-dir', indexDir, 'report', '--out', first]).status).toBe(0);
    expect(runCli(['--index-dir', indexDir, 'report', '--out', second]).status).toBe(0);
    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));
  });

  it('fails on an output folder that does not exist, naming it, as a run-time failure', () => {
    const out = path.join(indexDir, 'no-such-folder', 'report.html');
    const result = runCli(['--index-dir', indexDir, 'report', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot write the report to ${out} (ENOENT)`);
  });
});
