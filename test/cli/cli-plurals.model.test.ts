// Counts read as words: "1 author", "1 upvote", "1 duplicate group", never "1 authors".
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/paths.js';

const HEADER = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nMar 3\n\n';
const ENTRY = `A Lone Author on Sparse Attention Kernels\n\n${'We study sparse attention kernels for long sequences on small accelerators. '.repeat(6).trim()}\n\n  • 1 author\n·\nMar 1, 2025 1\n`;

describe('plurals in the CLI', () => {
  it('says 1 author, 1 upvote and 1 duplicate group covering 2 entries', () => {
    const dir = scratchDir('plurals');
    const inputs = path.join(dir, 'digests');
    fs.mkdirSync(inputs);
    fs.writeFileSync(path.join(inputs, 'one.txt'), `${HEADER}${ENTRY}`);
    fs.writeFileSync(path.join(inputs, 'two.txt'), `${HEADER}${ENTRY}`);
    const indexDir = path.join(dir, 'index');
    expect(runCli(['--index-dir', indexDir, 'index', inputs]).status).toBe(0);

    const search = runCli(['--index-dir', indexDir, 'search', 'sparse attention kernels', '-k', '1']);
    expect(search.stdout).toMatch(/1 Mar 2025 · 1 author · 1 upvote · posted 3 Mar, 3 Mar · id/);

    const dupes = runCli(['--index-dir', indexDir, 'dupes']);
    expect(dupes.stdout.split('\n')[0]).toBe('1 duplicate group (1 identical, 0 revised, 0 rewritten) covering 2 entries');
  });
});
