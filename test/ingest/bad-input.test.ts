// The bad-input matrix: each case is either ingested correctly or reported with the file (and
// line), and the rest of the input still goes in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import type { BuildSummary } from '../../src/pipeline/build-index.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';
import { searchPapers } from '../../src/search/search-papers.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { scratchDir } from '../helpers/paths.js';

const HEADER = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nMar 3\n\n';

function abstract(topic: string): string {
  return `We study ${topic} in detail. `.repeat(12).trim();
}

function entry(title: string, topic = title): string {
  return `${title}\n\n${abstract(topic)}\n\n  • 4 authors\n·\nMar 1, 2025 3\n\n`;
}

const GOOD = `${HEADER}${entry('A Good Paper About Sparse Attention', 'sparse attention kernels')}`;

async function ingest(files: Record<string, string | Buffer>, inputs?: string[]): Promise<{ summary: BuildSummary; index: OpenIndex; dir: string }> {
  const dir = scratchDir('bad-input');
  const inputDir = path.join(dir, 'in');
  fs.mkdirSync(inputDir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(inputDir, name)), { recursive: true });
    fs.writeFileSync(path.join(inputDir, name), content);
  }
  const indexDir = path.join(dir, 'index');
  const embedder = new FakeEmbedder();
  const summary = await buildIndex({
    indexDir,
    inputs: (inputs ?? [inputDir]).map((input) => (path.isAbsolute(input) ? input : path.join(inputDir, input))),
    model: FAKE_MODEL,
    loadEmbedder: async () => embedder,
  });
  return { summary, index: openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => embedder }), dir: inputDir };
}

function warningsOf(summary: BuildSummary): string[] {
  return summary.warnings.map((warning) => `${path.basename(warning.file)}:${warning.line ?? '-'}: ${warning.message}`);
}

describe('bad input', () => {
  it('reports an empty file and indexes the rest', async () => {
    const { summary } = await ingest({ 'empty.txt': '', 'good.txt': GOOD });
    expect(summary.papers).toBe(1);
    expect(warningsOf(summary)).toContain('empty.txt:-: no entries found');
  });

  it('fails with a clear error when no input holds an entry', async () => {
    await expect(ingest({ 'empty.txt': '' })).rejects.toThrow(/^no entries found in \S+\/in$/);
  });

  it('skips a binary file', async () => {
    const { summary } = await ingest({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'good.txt': GOOD });
    expect(summary.papers).toBe(1);
    expect(warningsOf(summary)).toContain('image.txt:-: binary file (contains NUL bytes); skipped');
  });

  it('reads a Windows-1252 (Latin-1) digest as such and names the first line that is not UTF-8', async () => {
    const text = `${HEADER}Café Paper: Naïve Attention\n\n${abstract('sparse attention kernels')} “quoted”.\n\n  • 4 authors\n·\nMar 1, 2025 3\n`;
    // Windows-1252 puts the curly quotes and the bullet at 0x93, 0x94 and 0x95.
    const latin1 = Buffer.from(text.replace('“', '\x93').replace('”', '\x94').replace('•', '\x95'), 'latin1');
    const { summary, index } = await ingest({ 'latin1.txt': latin1, 'good.txt': GOOD });
    expect(summary.papers).toBe(2);
    expect(warningsOf(summary)).toContain('latin1.txt:13: 4 lines not valid UTF-8 (the first here); read as Windows-1252 (Latin-1)');
    expect(index.papers.find((each) => each.title.startsWith('Caf'))).toMatchObject({
      title: 'Café Paper: Naïve Attention',
      abstract: `${abstract('sparse attention kernels')} “quoted”.`,
      authors: 4,
      upvotes: 3,
    });
  });

  it('keeps a UTF-8 digest with one stray Latin-1 byte, reading only that line as Latin-1', async () => {
    const text = `${HEADER}${entry('Émigré Paper Using “Quotes”', 'retrieval heads')}`;
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from('Stray Caf'), Buffer.from([0xe9]), Buffer.from(` Paper\n\n${abstract('kv cache')}\n`)]);
    const { summary, index } = await ingest({ 'stray.txt': bytes });
    expect(index.papers.map((each) => each.title).sort()).toEqual(['Stray Café Paper', 'Émigré Paper Using “Quotes”']);
    expect(warningsOf(summary)).toContain('stray.txt:21: 1 line not valid UTF-8 (the first here); read as Windows-1252 (Latin-1)');
  });

  it('reads a UTF-8 BOM and CRLF line endings as if they were not there', async () => {
    const { index } = await ingest({ 'windows.txt': `\uFEFF${GOOD}`.replace(/\n/g, '\r\n'), 'unix.txt': GOOD });
    expect(index.papers).toHaveLength(1);
    expect(index.papers[0]).toMatchObject({ title: 'A Good Paper About Sparse Attention', authors: 4, upvotes: 3 });
    expect(index.entries).toHaveLength(2);
  });

  it('reports a digest header with no entries', async () => {
    const { summary } = await ingest({ 'header-only.txt': HEADER, 'good.txt': GOOD });
    expect(warningsOf(summary)).toContain('header-only.txt:-: no entries found');
  });

  it('indexes a title with no abstract by its title and says so', async () => {
    const { summary, index } = await ingest({ 'lonely.txt': `${HEADER}Lonely Title On Graph Kernels\n\n  • 2 authors\n·\nAug 4\n\n${entry('Next Paper')}` });
    expect(index.papers.map((paper) => paper.title).sort()).toEqual(['Lonely Title On Graph Kernels', 'Next Paper']);
    expect(warningsOf(summary)).toContain('lonely.txt:13: title with no abstract: "Lonely Title On Graph Kernels"');
  });

  it('indexes an abstract of 1 MB, keeping its first 20,000 characters with a warning', async () => {
    const huge = `${HEADER}Huge Abstract Paper\n\n${'tokens of a very long abstract '.repeat(35_000)}\n`;
    const { index, summary } = await ingest({ 'huge.txt': huge });
    expect(index.papers[0]!.abstract).toHaveLength(20_000);
    expect(warningsOf(summary)).toContain('huge.txt:13: abstract of 1,084,999 characters; kept the first 20,000');
    const hits = await searchPapers(index, 'huge abstract', { mode: 'lexical', topK: 1 });
    expect(hits[0]?.paper.title).toBe('Huge Abstract Paper');
  });

  it('indexes a digest of 10,000 entries', async () => {
    const body = Array.from({ length: 10_000 }, (_, i) => entry(`Paper number ${i}`, `topic ${i}`)).join('');
    const { summary } = await ingest({ 'big.txt': HEADER + body });
    expect(summary).toMatchObject({ entries: 10_000, papers: 10_000 });
  });

  it('keeps emoji, right-to-left and CJK text intact and searchable', async () => {
    const titles = ['Emoji 🚀 Transformers 🤖', 'نماذج اللغة الكبيرة', '大型语言模型的注意力机制'];
    const { index } = await ingest({ 'unicode.txt': HEADER + titles.map((title) => entry(title, `${title} study`)).join('') });
    expect(index.papers.map((paper) => paper.title).sort()).toEqual([...titles].sort());
    const arabic = await searchPapers(index, 'اللغة', { mode: 'lexical', topK: 1 });
    expect(arabic[0]?.paper.title).toBe(titles[1]);
  });

  it('reads a file given twice once', async () => {
    const { summary } = await ingest({ 'good.txt': GOOD }, ['good.txt', 'good.txt', '.']);
    expect(summary.entries).toBe(1);
  });

  it('skips a text file that is not a digest, such as a README, and says why', async () => {
    const notes = '# Notes\n\nSome thoughts about attention.\n\n## More\n\nA longer paragraph of notes that goes on.\n';
    const { summary } = await ingest({ 'notes.txt': notes, 'good.txt': GOOD }, ['notes.txt', 'good.txt']);
    expect(summary.papers).toBe(1);
    expect(warningsOf(summary)).toContain(
      'notes.txt:-: does not look like a digest (no "Daily Papers" header, no metadata blocks); skipped (use .jsonl for other sources)',
    );
  });

  it('skips other file types in a folder, counts them and names them', async () => {
    const { summary } = await ingest({ 'good.txt': GOOD, 'notes.pdf': '%PDF', 'sub/photo.png': 'x', 'sub/more.txt': `${HEADER}${entry('Nested Paper')}` });
    expect(summary).toMatchObject({ papers: 2, skippedFiles: 2 });
    expect(warningsOf(summary)).toContain('in:-: skipped 2 files that are not .txt, .jsonl, .ndjson or .jsonl.gz: notes.pdf, sub/photo.png');
  });

  it('fails on a path that does not exist, naming it', async () => {
    await expect(ingest({ 'good.txt': GOOD }, ['good.txt', 'missing.txt'])).rejects.toThrow(/no such file or folder: .*missing\.txt/);
  });

  it('reports a file that cannot be read and indexes the rest', async () => {
    const dir = scratchDir('unreadable');
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    const embedder = new FakeEmbedder();
    const summary = await buildIndex({ indexDir: path.join(dir, 'index'), inputs: [dir], model: FAKE_MODEL, loadEmbedder: async () => embedder });
    expect(summary.papers).toBe(1);
    expect(warningsOf(summary)).toContain('dangling.txt:-: cannot be read (ENOENT); skipped');
  });

  it('reports bad JSON Lines by line and ingests the good ones', async () => {
    const jsonl = [
      JSON.stringify({ title: 'Good JSONL Paper', abstract: abstract('retrieval'), upvotes: 4, date: '2025-01-02' }),
      JSON.stringify({ abstract: 'no title here' }),
      JSON.stringify({ title: 42, abstract: 'wrong type' }),
      '{"title": "broken',
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ title: 'Title Only JSONL Paper' }),
    ].join('\n');
    const { summary, index } = await ingest({ 'extra.jsonl': jsonl });
    expect(index.papers.map((paper) => paper.title).sort()).toEqual(['Good JSONL Paper', 'Title Only JSONL Paper']);
    expect(index.papers.find((paper) => paper.title === 'Good JSONL Paper')).toMatchObject({ upvotes: 4, publishedIso: '2025-01-02' });
    expect(warningsOf(summary)).toEqual([
      'extra.jsonl:2: "title" is missing or not a string; line skipped',
      'extra.jsonl:3: "title" is missing or not a string; line skipped',
      'extra.jsonl:4: not valid JSON; line skipped',
      'extra.jsonl:5: expected a JSON object; line skipped',
      'extra.jsonl:6: no "abstract"; indexed by title only',
    ]);
  });
});
