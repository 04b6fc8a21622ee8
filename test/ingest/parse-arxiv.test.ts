// The arXiv metadata import: detection, streaming in batches (plain and gzip), the --category
// filter keeping exactly the matching papers, the fields read, and bad lines reported per file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { matchesCategories, parseCategoryList } from '../../src/ingest/category-filter.js';
import { openArxivStream, sniffArxivFile, type ArxivStream } from '../../src/ingest/parse-arxiv.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { RawEntry } from '../../src/ingest/types.js';
import { buildIndex } from '../../src/cli/context.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'arxiv-sample.jsonl');

async function readAll(stream: ArxivStream): Promise<{ entries: RawEntry[]; batchSizes: number[] }> {
  const entries: RawEntry[] = [];
  const batchSizes: number[] = [];
  for await (const batch of stream.batches()) {
    batchSizes.push(batch.length);
    entries.push(...batch);
  }
  return { entries, batchSizes };
}

async function idsKept(categories: string[], file = FIXTURE): Promise<string[]> {
  const { entries } = await readAll(openArxivStream(file, 'arxiv-sample.jsonl', { categories }));
  return entries.map((entry) => entry.externalId!);
}

function writeScratch(name: string, content: string | Buffer): string {
  const file = path.join(scratchDir('arxiv'), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('--category', () => {
  it('keeps exactly the papers with any of the listed categories', async () => {
    expect(await idsKept(['cs.CL', 'cs.LG'])).toEqual(['2401.00001', '2401.00002', '2402.00005', '2403.00006']);
    expect(await idsKept(['stat.ML'])).toEqual(['2401.00002', '2402.00004']);
    expect(await idsKept(['hep-th'])).toEqual(['hep-th/9901001']);
  });

  it('takes cs.* for a whole archive and ignores case', async () => {
    expect(await idsKept(['cs.*'])).toEqual(['2401.00001', '2401.00002', '2401.00003', '2402.00005', '2403.00006', '2403.00007']);
    expect(await idsKept(['CS.cl'])).toEqual(['2401.00001', '2402.00005', '2403.00006']);
  });

  it('counts what it read, kept and left out', async () => {
    const stream = openArxivStream(FIXTURE, 'arxiv-sample.jsonl', { categories: ['cs.CL', 'cs.LG'] });
    await readAll(stream);
    expect(stream.counts).toMatchObject({ linesRead: 10, kept: 4, outsideCategories: 6, skipped: {}, withoutAbstract: 0, bytesRead: fs.statSync(FIXTURE).size });
    expect(stream.warnings).toEqual([]);
  });

  it('says when no paper matched, with the archive form when a bare archive was given', async () => {
    const stream = openArxivStream(FIXTURE, 'arxiv-sample.jsonl', { categories: ['cs'] });
    expect((await readAll(stream)).entries).toEqual([]);
    expect(stream.warnings.map((warning) => warning.message)).toEqual(['no paper in cs among 10 records; for a whole archive write it as cs.*']);
  });

  it('reads a list from the command line and refuses what is not a category', () => {
    expect(parseCategoryList('cs.CL,cs.LG')).toEqual(['cs.CL', 'cs.LG']);
    expect(parseCategoryList(' cs.CL, stat.ML  cond-mat.mes-hall,cs.* ')).toEqual(['cs.CL', 'stat.ML', 'cond-mat.mes-hall', 'cs.*']);
    expect(parseCategoryList('cs.LG,cs.CV', ['cs.CL', 'cs.LG'])).toEqual(['cs.CL', 'cs.LG', 'cs.CV']);
    expect(() => parseCategoryList('cs.CL;rm -rf')).toThrow(/"cs.CL;rm" is not an arXiv category/);
    expect(() => parseCategoryList(' , ')).toThrow(/--category is empty/);
    expect(matchesCategories(['math.AG'], ['math.*'])).toBe(true);
    expect(matchesCategories(['mathematics'], ['math.*'])).toBe(false);
  });
});

describe('openArxivStream', () => {
  it('reads the snapshot fields into an entry', async () => {
    const { entries } = await readAll(openArxivStream(FIXTURE, 'arxiv-sample.jsonl'));
    expect(entries[0]).toEqual({
      line: 1,
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      abstract:
        'A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders. All next-to-leading order perturbative contributions are included.',
      authors: 4,
      organisation: null,
      published: '2007-04-02',
      publishedIso: '2007-04-02',
      upvotes: null,
      externalId: '0704.0001',
      categories: ['hep-ph'],
    });
    const byId = new Map(entries.map((entry) => [entry.externalId, entry]));
    expect(byId.get('2401.00001')).toMatchObject({
      title: 'Sparse Attention Kernels for Long-Context Language Models',
      abstract: 'We study sparse attention for long contexts. Our kernels reach O(n log n) cost and a 3.1× speed-up – without loss of accuracy on 95% of the tasks.',
      authors: 3,
      categories: ['cs.CL', 'cs.LG'],
    });
    // Affiliations in parentheses are not authors, even with commas inside.
    expect(byId.get('hep-th/9901001')).toMatchObject({ title: 'Schrödinger Operators on Compact Manifolds', authors: 2, publishedIso: '1999-01-01' });
    expect(byId.get('2401.00003')?.abstract).toBe('A self-supervised method predicts depth from monocular video with a photometric loss.');
  });

  it('yields batches of the asked size, the last one shorter', async () => {
    const { entries, batchSizes } = await readAll(openArxivStream(FIXTURE, 'arxiv-sample.jsonl', { batchSize: 3 }));
    expect(batchSizes).toEqual([3, 3, 3, 1]);
    expect(entries.map((entry) => entry.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads a gzip file as it reads the plain one', async () => {
    const gz = writeScratch('arxiv-sample.jsonl.gz', zlib.gzipSync(fs.readFileSync(FIXTURE)));
    const plain = await readAll(openArxivStream(FIXTURE, 'same'));
    const zipped = await readAll(openArxivStream(gz, 'same'));
    expect(zipped.entries).toEqual(plain.entries);
    expect(zipped.entries).toHaveLength(10);
  });

  it('keeps the lines before a truncated gzip file ends, and says where it stopped', async () => {
    const lines = Array.from({ length: 400 }, () => fs.readFileSync(FIXTURE, 'utf8')).join('');
    const compressed = zlib.gzipSync(lines);
    const gz = writeScratch('cut.jsonl.gz', compressed.subarray(0, Math.floor(compressed.length / 2)));
    const stream = openArxivStream(gz, 'cut.jsonl.gz');
    const { entries } = await readAll(stream);
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.length).toBeLessThan(4000);
    expect(stream.warnings).toHaveLength(1);
    expect(stream.warnings[0]!.message).toMatch(/^reading stopped here \(unexpected end of file\); the lines before it are kept$/);
  });

  it('reports a repeated problem with its first lines, then once with the count', async () => {
    const good = fs.readFileSync(FIXTURE, 'utf8').split('\n')[1]!;
    const lines = [good, ...Array.from({ length: 5 }, () => '{"id": "2401.09999", "title": '), '', '[1, 2]', '{"id": 704.0001, "title": "Lost zeros", "abstract": "x"}', '{"id": "2401.00009", "title": "Title only", "categories": "cs.CL"}'];
    const file = writeScratch('bad.jsonl', `${lines.join('\n')}\n`);
    const stream = openArxivStream(file, 'bad.jsonl');
    const { entries } = await readAll(stream);
    expect(entries.map((entry) => entry.externalId)).toEqual(['2401.00001', '2401.00009']);
    expect(stream.warnings.map((warning) => `${warning.line ?? '-'}: ${warning.message}`)).toEqual([
      '2: not valid JSON; line skipped',
      '3: not valid JSON; line skipped',
      '4: not valid JSON; line skipped',
      '8: not a JSON object; line skipped',
      '9: no arXiv id; line skipped',
      '10: no "abstract"; indexed by title only',
      '-: 5 lines in all: not valid JSON; line skipped (the first at lines 2, 3, 4)',
    ]);
    expect(stream.counts).toMatchObject({ linesRead: 10, kept: 2, skipped: { 'not valid JSON': 5, 'not a JSON object': 1, 'no arXiv id': 1 }, withoutAbstract: 1 });
  });

  it('reports progress every 2,000 lines read, kept or not, and at the end', async () => {
    const lines = fs.readFileSync(FIXTURE, 'utf8').repeat(450);
    const seen: number[][] = [];
    const stream = openArxivStream(writeScratch('long.jsonl', lines), 'long.jsonl', {
      categories: ['hep-th'],
      onProgress: ({ counts }) => seen.push([counts.linesRead, counts.kept]),
    });
    await readAll(stream);
    expect(seen).toEqual([
      [2000, 200],
      [4000, 400],
      [4500, 450],
    ]);
  });

  it('takes the reduced export shape: categories as a list, a plain date, a versioned id', async () => {
    const record = { id: 'http://arxiv.org/abs/2506.09967v2', title: 'Resa: Transparent Reasoning Models via SAEs', abstract: 'How cost-effectively can we elicit strong reasoning?', label: 'cs.LG', categories: ['cs.LG', 'cs.AI'], date: '2025-06-11' };
    const { entries } = await readAll(openArxivStream(writeScratch('reduced.jsonl', `${JSON.stringify(record)}\n`), 'reduced.jsonl'));
    expect(entries).toMatchObject([{ externalId: '2506.09967', categories: ['cs.LG', 'cs.AI'], publishedIso: '2025-06-11', authors: null }]);
  });
});

describe('sniffArxivFile', () => {
  it('tells arXiv metadata from other JSON Lines, plain or gzip', () => {
    expect(sniffArxivFile(FIXTURE)).toEqual({ gzip: false });
    expect(sniffArxivFile(writeScratch('a.jsonl.gz', zlib.gzipSync(fs.readFileSync(FIXTURE))))).toEqual({ gzip: true });
    expect(sniffArxivFile(writeScratch('generic.jsonl', '{"title": "A", "abstract": "B"}\n'))).toBeNull();
    expect(sniffArxivFile(writeScratch('own-ids.jsonl', '{"id": "paper-1", "title": "A", "abstract": "B", "categories": ["nlp"]}\n'))).toBeNull();
    expect(sniffArxivFile(writeScratch('notes.jsonl', 'not json\n'))).toBeNull();
  });
});

describe('readInputs with arXiv files', () => {
  it('opens arXiv files in a folder as streams and reads digests as before', () => {
    const folder = scratchDir('arxiv-folder');
    fs.copyFileSync(path.join(SAMPLE_DIGESTS, fs.readdirSync(SAMPLE_DIGESTS).sort()[0]!), path.join(folder, 'digest.txt'));
    fs.writeFileSync(path.join(folder, 'arxiv.jsonl.gz'), zlib.gzipSync(fs.readFileSync(FIXTURE)));
    fs.writeFileSync(path.join(folder, 'archive.tar.gz'), 'not an input');
    fs.writeFileSync(path.join(folder, 'generic.jsonl.gz'), zlib.gzipSync('{"title": "A", "abstract": "B"}\n'));
    const read = readInputs([folder], { categories: ['cs.CL'] });
    expect(read.warnings.map((warning) => `${path.basename(warning.file)}: ${warning.message}`)).toEqual([
      `${path.basename(folder)}: skipped 1 file that is not .txt, .jsonl, .ndjson or .jsonl.gz: archive.tar.gz`,
      'generic.jsonl.gz: gzip file that is not arXiv metadata; skipped (only arXiv metadata is read compressed)',
    ]);
    expect(read.streams.map((stream) => path.basename(stream.file))).toEqual(['arxiv.jsonl.gz']);
    expect(read.streams[0]!.categories).toEqual(['cs.CL']);
    expect(read.sources.map((source) => path.basename(source.file))).toEqual(['digest.txt']);
    expect(read.skippedFiles).toBe(1);
  });
});

describe('buildIndex with an arXiv file', () => {
  it('indexes the kept papers with their arXiv ids and categories', async () => {
    const dir = scratchDir('arxiv-build');
    const summary = await buildIndex({
      indexDir: path.join(dir, 'index'),
      inputs: [FIXTURE],
      categories: ['cs.CL', 'cs.LG'],
      model: FAKE_MODEL,
      loadEmbedder: async () => new FakeEmbedder(),
    });
    expect(summary.papers).toBe(4);
    expect(summary.arxivImports).toEqual([
      {
        file: path.relative(process.cwd(), FIXTURE),
        categories: ['cs.CL', 'cs.LG'],
        counts: expect.objectContaining({ linesRead: 10, kept: 4, outsideCategories: 6 }),
        status: 'imported',
        resumedAfterLine: 0,
      },
    ]);
  });

  it('warns that --category has nothing to filter when no input is arXiv metadata', async () => {
    const dir = scratchDir('arxiv-build');
    const summary = await buildIndex({ indexDir: path.join(dir, 'index'), inputs: [SAMPLE_DIGESTS], categories: ['cs.CL'], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    expect(summary.warnings.map((warning) => warning.message)).toContain('--category cs.CL applies to arXiv metadata files only, and there is none among these inputs');
  });
});
