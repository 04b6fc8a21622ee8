import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/ingest/build-corpus.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { SAMPLE_DIGESTS } from '../helpers/paths.js';

describe('buildCorpus', () => {
  const { sources } = readInputs([SAMPLE_DIGESTS]);

  it('turns the 190 sample entries into 137 distinct papers', () => {
    const { papers, entries } = buildCorpus(sources);
    expect(entries).toHaveLength(190);
    expect(papers).toHaveLength(137);
    expect(papers.filter((paper) => paper.digests.length > 1)).toHaveLength(34);
  });

  it('gives every paper all the entries that carried it', () => {
    const { papers, entries } = buildCorpus(sources);
    const razor = papers.find((paper) => paper.title.startsWith('RazorAttention'))!;
    expect(razor.digests).toEqual(['001_4dd571cfbadb3e50.txt', '002_8edc51546f275d07.txt', '003_be81b5dcf9d38130.txt']);
    expect(entries.filter((entry) => entry.paperId === razor.id).map((entry) => entry.id)).toEqual(razor.entryIds);
  });

  it('gives the same papers and ids whatever the order of the input files', () => {
    const expected = JSON.stringify(buildCorpus(sources));
    fc.assert(
      fc.property(fc.shuffledSubarray(sources, { minLength: sources.length }), (shuffled) => {
        expect(JSON.stringify(buildCorpus(shuffled))).toBe(expected);
      }),
      { numRuns: 10 },
    );
  });

  it('treats reposts that differ only in case, quotes and dashes as one paper', () => {
    const base = { line: 1, authors: null, organisation: null, published: null, publishedIso: null, upvotes: null };
    const { papers } = buildCorpus([
      { file: 'a.txt', digestDate: null, entries: [{ ...base, title: 'Don’t Stop -- Now', abstract: 'An “abstract”.' }] },
      { file: 'b.txt', digestDate: null, entries: [{ ...base, title: "don't stop - now", abstract: 'An "abstract".' }] },
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.digests).toEqual(['a.txt', 'b.txt']);
  });
});
