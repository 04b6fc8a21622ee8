import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../src/ingest/parse-digest.js';
import { SAMPLE_DIGESTS } from '../helpers/paths.js';

const HEADER = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nFeb 17\n\n';
const ABSTRACT = 'We study how attention heads store long-range information. '.repeat(8).trim();

function sample(name: string): string {
  return fs.readFileSync(path.join(SAMPLE_DIGESTS, name), 'utf8');
}

describe('parseDigest', () => {
  it('finds every entry of the four sample digests', () => {
    const counts = ['000_ff0cc63952a9f99a.txt', '001_4dd571cfbadb3e50.txt', '002_8edc51546f275d07.txt', '003_be81b5dcf9d38130.txt'].map(
      (name) => parseDigest(sample(name), name).entries.length,
    );
    expect(counts).toEqual([38, 34, 52, 66]);
  });

  it('reads the digest date from the page header', () => {
    expect(parseDigest(sample('000_ff0cc63952a9f99a.txt'), 'x').digestDate).toBe('Feb 17');
    expect(parseDigest(sample('003_be81b5dcf9d38130.txt'), 'x').digestDate).toBe('Oct 31');
  });

  it('reads author counts, dates with a year and upvotes', () => {
    const [first, second] = parseDigest(sample('000_ff0cc63952a9f99a.txt'), 'x').entries;
    expect(first).toMatchObject({ title: 'Robust-Multi-Task Gradient Boosting', authors: 3, published: 'Jul 15, 2025', publishedIso: '2025-07-15', upvotes: null });
    expect(second).toMatchObject({ authors: 3, published: 'Jun 17, 2024', publishedIso: '2024-06-17', upvotes: 1 });
  });

  it('keeps entries of a digest with no metadata blocks at all', () => {
    const entries = parseDigest(sample('002_8edc51546f275d07.txt'), 'x').entries;
    expect(entries.every((entry) => entry.published === null && entry.abstract.length > 100)).toBe(true);
  });

  it('reads an organisation instead of an author count, and a date without a year', () => {
    const text = `${HEADER}A Title\n\n${ABSTRACT}\n\nAlibabaTongyiLab TongyiLab\n·\nFeb 6 12\n`;
    const [entry] = parseDigest(text, 'x').entries;
    expect(entry).toMatchObject({ organisation: 'AlibabaTongyiLab TongyiLab', authors: null, published: 'Feb 6', publishedIso: '--02-06', upvotes: 12 });
  });

  it('parses a last entry with no trailing newline, CRLF line endings and a BOM', () => {
    const text = `\uFEFF${HEADER}First\n\n${ABSTRACT}\n\n  • 2 authors\n·\nAug 4 2\n\nSecond\n\n${ABSTRACT}`.replace(/\n/g, '\r\n');
    const parsed = parseDigest(text, 'x');
    expect(parsed.entries.map((entry) => entry.title)).toEqual(['First', 'Second']);
    expect(parsed.entries[1]!.abstract).toBe(ABSTRACT);
    expect(parsed.digestDate).toBe('Feb 17');
  });

  it('keeps a title with no abstract and says so', () => {
    const text = `${HEADER}Lonely Title\n\n  • 2 authors\n·\nAug 4\n\nNext Title\n\n${ABSTRACT}\n`;
    const parsed = parseDigest(text, 'd.txt');
    expect(parsed.entries.map((entry) => [entry.title, entry.abstract.length > 0])).toEqual([
      ['Lonely Title', false],
      ['Next Title', true],
    ]);
    expect(parsed.warnings[0]).toMatchObject({ file: 'd.txt', line: 13 });
  });

  it('tells a title-only posting from the next entry without metadata', () => {
    const text = `Only A Title\n\nSecond Title\n\n${ABSTRACT}\n`;
    const parsed = parseDigest(text, 'x');
    expect(parsed.entries.map((entry) => entry.title)).toEqual(['Only A Title', 'Second Title']);
  });
});
